package dev.playbooks.relevance;

import dev.playbooks.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The queries of {@code src/test/resources/search/relevance.tsv} (its top says how it is written), each with the
 * playbooks a reader would accept as the first result.
 */
public final class RelevanceSuite {
    public static final Path FILE = TestSite.REPO.resolve("src/test/resources/search/relevance.tsv");
    public static final String JUNK = "-";

    /** One query; {@code expected} is empty for junk, which must find nothing. */
    public record Query(int line, String lang, String text, Set<String> expected, String kind) {
        public boolean junk() {
            return expected.isEmpty();
        }

        @Override
        public String toString() {
            return lang + " \"" + text + "\"";
        }
    }

    private RelevanceSuite() {
    }

    public static List<Query> all() {
        try {
            List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
            List<Query> queries = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != 4) {
                    throw new IllegalStateException(FILE + ":" + (i + 1) + ": expected 4 tab-separated columns");
                }
                Set<String> expected = columns[2].equals(JUNK) ? Set.of()
                        : new LinkedHashSet<>(Arrays.asList(columns[2].split(",")));
                queries.add(new Query(i + 1, columns[0], columns[1], expected, columns[3]));
            }
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
