package dev.playbooks.content;

import dev.playbooks.model.FrontMatter;
import dev.playbooks.model.SourceFile;
import dev.playbooks.problem.Problems;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
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

    static Optional<String> readText(SourceFile source, Problems problems) {
        try {
            byte[] bytes = Files.readAllBytes(source.path());
            String text = StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return Optional.of(normalise(text));
        } catch (CharacterCodingException e) {
            problems.error(source.display(), 0, 0, "the file is not valid UTF-8 text",
                    "save it as UTF-8 in your editor");
        } catch (IOException e) {
            problems.error(source.display(), 0, 0, "cannot read the file: " + e.getMessage(),
                    "check that the file exists and is readable");
        }
        return Optional.empty();
    }

    /** One form for every editor: no byte-order mark, {@code \n} line ends. */
    static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Reads a past version of a file, its bytes as git keeps them, the way the file on disk is read. */
    public static Optional<PageSource> read(SourceFile source, byte[] bytes, Problems problems) {
        String text;
        try {
            text = normalise(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.error(source.display(), 0, 0, "this version of the file is not valid UTF-8 text", "");
            return Optional.empty();
        }
        return FrontMatterSplit.of(text, source.display(), problems).flatMap(split ->
                FrontMatterReader.read(split, source.display(), source.slug(), problems)
                        .map(meta -> new PageSource(source, meta, split.body(), split.bodyLine())));
    }
}
