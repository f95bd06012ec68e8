package dev.playbooks.i18n;

import dev.playbooks.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one file of folding and word-break examples that the Java side and the browser's search script are both
 * held to (see {@code src/test/resources/search/folding-vectors.tsv}).
 */
public final class FoldingVectors {
    public static final Path FILE = TestSite.REPO.resolve("src/test/resources/search/folding-vectors.tsv");
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    /** One example: what goes in, the folded text, and the words. */
    public record Vector(int line, String input, String folded, List<String> words) {
        @Override
        public String toString() {
            return "line " + line + ": " + input;
        }
    }

    private FoldingVectors() {
    }

    public static List<Vector> all() {
        try {
            List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
            List<Vector> vectors = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != 3) {
                    throw new IllegalStateException(FILE + ":" + (i + 1) + ": expected 3 tab-separated columns");
                }
                String words = unescape(columns[2]);
                vectors.add(new Vector(i + 1, unescape(columns[0]), unescape(columns[1]),
                        words.isEmpty() ? List.of() : Arrays.asList(words.split(" "))));
            }
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String text) {
        Matcher escape = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(out, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        escape.appendTail(out);
        return out.toString();
    }
}
