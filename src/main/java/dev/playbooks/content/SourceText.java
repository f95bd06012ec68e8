package dev.playbooks.content;

import dev.playbooks.model.SourceFile;
import dev.playbooks.problem.Problems;
import dev.playbooks.text.Controls;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;

/**
 * An author's text file as the generator reads it: at most {@value #MAX_BYTES} bytes (checked before it is read,
 * so a huge file costs nothing), strict UTF-8, one kind of line end, and no control characters. Each mistake is
 * reported where it is, line and column, as an editor counts them.
 */
final class SourceText {
    /** A playbook is some 10 KB; a file of 1 MiB is a book, or a mistake. */
    static final int MAX_BYTES = 1024 * 1024;
    /** Past this many, one more report of the same kind says nothing new. */
    private static final int MAX_REPORTED = 5;

    private SourceText() {
    }

    static Optional<String> read(SourceFile source, Problems problems) {
        try {
            long size = Files.size(source.path());
            if (size > MAX_BYTES) {
                return tooLarge(source, size, problems);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(source.path())) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                return tooLarge(source, bytes.length, problems);
            }
            return of(bytes, source.display(), problems);
        } catch (IOException e) {
            problems.error(source.display(), 0, 0, "cannot read the file: " + e.getMessage(),
                    "check that the file exists and is readable");
            return Optional.empty();
        }
    }

    /** The text of a file's bytes (as read from disk, or as git keeps a past version), checked the same way. */
    static Optional<String> of(byte[] bytes, String file, Problems problems) {
        // A file with control characters is not read further: every other check would trip over them again.
        return decode(bytes, file, problems).map(SourceText::normalise)
                .filter(text -> !reportControls(text, file, problems));
    }

    private static Optional<String> tooLarge(SourceFile source, long size, Problems problems) {
        problems.error(source.display(), 0, 0, String.format(Locale.ROOT,
                        "the file is %.1f MiB; a file of content may be at most %d MiB", size / 1048576.0,
                        MAX_BYTES / (1024 * 1024)),
                "split it into several playbooks, or move large data into a download");
        return Optional.empty();
    }

    /** Strict UTF-8; the first malformed byte is reported at its line and column. */
    private static Optional<String> decode(byte[] bytes, String file, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            problems.error(file, line, column, String.format(Locale.ROOT,
                            "the file is not valid UTF-8 text: byte 0x%02X cannot start or continue a character here",
                            bytes[bad] & 0xff),
                    "save the file as UTF-8 in your editor, or retype the character at this place");
            return Optional.empty();
        }
        out.flip();
        return Optional.of(out.toString());
    }

    /** One form for every editor: no byte-order mark, {@code \n} line ends. */
    static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Reports each forbidden character at its place; returns whether there was any. */
    private static boolean reportControls(String text, String file, Problems problems) {
        int reported = 0;
        int line = 1;
        int lineStart = 0;
        int scanned = 0;
        for (int at = Controls.indexOfForbidden(text, 0); at >= 0; at = Controls.indexOfForbidden(text, at + 1)) {
            for (int i = text.indexOf('\n', scanned); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
                line++;
                lineStart = i + 1;
            }
            scanned = at;
            if (++reported > MAX_REPORTED) {
                problems.error(file, line, at - lineStart + 1, "more invisible control characters follow",
                        "search the file for them, e.g. with your editor's 'show invisibles'");
                return true;
            }
            int codePoint = text.codePointAt(at);
            problems.error(file, line, at - lineStart + 1,
                    "the invisible control character " + Controls.name(codePoint) + " is not allowed",
                    "delete it (it often comes with text pasted from elsewhere); it changes how text shows, or "
                            + "breaks the page and its feed");
        }
        return reported > 0;
    }
}
