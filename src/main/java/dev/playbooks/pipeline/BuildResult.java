package dev.playbooks.pipeline;

import dev.playbooks.problem.Problem;
import java.util.List;
import java.util.Map;

/**
 * How a run went: every problem found, and for a successful run what was produced.
 *
 * @param pagesPerLanguage published playbooks per language code
 * @param draftsLeftOut    per language code, the drafts the site left out (none when built with drafts)
 * @param timings          milliseconds per phase, in the order the phases ran
 */
public record BuildResult(boolean succeeded, List<Problem> problems, Map<String, Integer> pagesPerLanguage,
                          Map<String, Integer> draftsLeftOut, int filesWritten, long millis,
                          Map<String, Long> timings) {

    public BuildResult(boolean succeeded, List<Problem> problems, Map<String, Integer> pagesPerLanguage,
                       int filesWritten, long millis) {
        this(succeeded, problems, pagesPerLanguage, Map.of(), filesWritten, millis, Map.of());
    }

    /** How many drafts the site left out, in all languages. */
    public int drafts() {
        return draftsLeftOut.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
