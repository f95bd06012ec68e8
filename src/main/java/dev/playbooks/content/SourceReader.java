package dev.playbooks.content;

import dev.playbooks.model.FrontMatter;
import dev.playbooks.model.SourceFile;
import dev.playbooks.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/** Reads one Markdown file: strict UTF-8, line ends normalised, front matter split off and checked. */
public final class SourceReader {
    private SourceReader() {
    }

    public static Optional<PageSource> read(SourceFile source, Problems problems) {
        Optional<String> text = readText(source, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return FrontMatterSplit.of(text.get(), source.display(), problems).flatMap(split -> {
            Optional<FrontMatter> meta = FrontMatterReader.read(split, source.display(), source.slug(), problems);
            return meta.map(m -> new PageSource(source, m, split.body(), split.bodyLine()));
        });
    }

    /** The file's text, at most a limited size, strict UTF-8 without control characters, line ends normalised. */
    static Optional<String> readText(SourceFile source, Problems problems) {
        return SourceText.read(source, problems);
    }

    /**
     * A file's bytes, read no further than a file of content may be long; empty when they cannot be read or there
     * are more, which {@link #read(SourceFile, Problems)} then reports.
     */
    public static Optional<byte[]> bytes(SourceFile source) {
        try (InputStream in = Files.newInputStream(source.path())) {
            byte[] bytes = in.readNBytes(SourceText.MAX_BYTES + 1);
            return bytes.length > SourceText.MAX_BYTES ? Optional.empty() : Optional.of(bytes);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The text of a file as {@link #read} takes it apart, of the very bytes it read before without a problem: they
     * need no checking again.
     */
    public static String checkedText(byte[] bytes) {
        return SourceText.normalise(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Reads a past version of a file, its bytes as git keeps them, the way the file on disk is read. */
    public static Optional<PageSource> read(SourceFile source, byte[] bytes, Problems problems) {
        Optional<String> text = SourceText.of(bytes, source.display(), problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return FrontMatterSplit.of(text.get(), source.display(), problems).flatMap(split ->
                FrontMatterReader.read(split, source.display(), source.slug(), problems)
                        .map(meta -> new PageSource(source, meta, split.body(), split.bodyLine())));
    }
}
