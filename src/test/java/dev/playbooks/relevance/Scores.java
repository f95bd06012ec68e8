package dev.playbooks.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well a search answered the suite: Success@1 and Success@3 (the share of queries whose first, or one of whose
 * first three, results is a playbook the suite accepts), MRR@10 (the mean of 1/rank of the first accepted result
 * within ten, 0 without one), over the queries that are not junk; and how many junk queries found anything.
 */
public record Scores(int queries, double successAt1, double successAt3, double mrrAt10, int junk, int junkWithResults,
                     List<String> misses) {

    /** Scores the results (slugs, best first) each query got. */
    public static Scores of(Map<RelevanceSuite.Query, List<String>> results) {
        int scored = 0;
        int first = 0;
        int top3 = 0;
        double reciprocal = 0;
        int junk = 0;
        int noisy = 0;
        List<String> misses = new ArrayList<>();
        for (Map.Entry<RelevanceSuite.Query, List<String>> entry : results.entrySet()) {
            RelevanceSuite.Query query = entry.getKey();
            List<String> found = entry.getValue();
            if (query.junk()) {
                junk++;
                if (!found.isEmpty()) {
                    noisy++;
                    misses.add(query + " (junk) → " + found);
                }
                continue;
            }
            scored++;
            int rank = rankOfFirstAccepted(query, found);
            if (rank == 1) {
                first++;
            } else {
                misses.add(query + " → " + (found.isEmpty() ? "nothing" : found.subList(0, Math.min(3, found.size())))
                        + (rank > 0 ? " (rank " + rank + ")" : ""));
            }
            if (rank >= 1 && rank <= 3) {
                top3++;
            }
            if (rank >= 1 && rank <= 10) {
                reciprocal += 1.0 / rank;
            }
        }
        return new Scores(scored, ratio(first, scored), ratio(top3, scored), scored == 0 ? 0 : reciprocal / scored,
                junk, noisy, misses);
    }

    private static int rankOfFirstAccepted(RelevanceSuite.Query query, List<String> found) {
        for (int i = 0; i < found.size(); i++) {
            if (query.expected().contains(found.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "S@1 %.3f, S@3 %.3f, MRR@10 %.3f over %d queries; junk with results: %d of %d",
                successAt1, successAt3, mrrAt10, queries, junkWithResults, junk);
    }
}
