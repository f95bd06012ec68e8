package dev.playbooks.pipeline;

import dev.playbooks.problem.Problem;
import java.util.List;
import java.util.Map;

/**
 * How a run went: every problem found, and for a successful run what was produced.
 *
 * @param pagesPerLanguage published playbooks per language code
 * @param timings          milliseconds per phase, in the order the phases ran
 */
public record BuildResult(boolean succeeded, List<Problem> problems, Map<String, Integer> pagesPerLanguage,
                          int filesWritten, long millis, Map<String, Long> timings) {

    public BuildResult(boolean succeeded, List<Problem> problems, Map<String, Integer> pagesPerLanguage,
                       int filesWritten, long millis) {
        this(succeeded, problems, pagesPerLanguage, filesWritten, millis, Map.of());
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
