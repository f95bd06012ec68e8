package dev.playbooks.i18n;

import dev.playbooks.TestSite;
import dev.playbooks.TsvFile;
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
        List<Vector> vectors = new ArrayList<>();
        for (TsvFile.Row row : TsvFile.rows(FILE, 3)) {
            String[] columns = row.columns();
            String words = unescape(columns[2]);
            vectors.add(new Vector(row.line(), unescape(columns[0]), unescape(columns[1]),
                    words.isEmpty() ? List.of() : Arrays.asList(words.split(" "))));
        }
        return vectors;
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
