package dev.playbooks.relevance;

import dev.playbooks.TestSite;
import dev.playbooks.TsvFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

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

    /**
     * What a search answers to each query (slugs, best first), asked language by language: {@code open} readies a
     * language's page once before its queries.
     */
    public static Map<Query, List<String>> answers(List<Query> queries, Consumer<String> open,
                                                   Function<Query, List<String>> search) {
        Map<Query, List<String>> answers = new LinkedHashMap<>();
        String opened = null;
        for (Query query : queries) {
            if (!query.lang().equals(opened)) {
                open.accept(query.lang());
                opened = query.lang();
            }
            answers.put(query, search.apply(query));
        }
        return answers;
    }

    public static List<Query> all() {
        List<Query> queries = new ArrayList<>();
        for (TsvFile.Row row : TsvFile.rows(FILE, 4)) {
            String[] columns = row.columns();
            Set<String> expected = columns[2].equals(JUNK) ? Set.of()
                    : new LinkedHashSet<>(Arrays.asList(columns[2].split(",")));
            queries.add(new Query(row.line(), columns[0], columns[1], expected, columns[3]));
        }
        return queries;
    }
}
