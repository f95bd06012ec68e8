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
 * @param notes            what the author should know about the site that is no problem, such as pages without a date
 */
public record BuildResult(boolean succeeded, List<Problem> problems, Map<String, Integer> pagesPerLanguage,
                          Map<String, Integer> draftsLeftOut, int filesWritten, long millis,
                          Map<String, Long> timings, List<Note> notes) {

    /**
     * Something about the site as built that is not a mistake to fix, so neither {@code --strict} nor the exit code
     * minds it: one note for many files, naming them.
     */
    public record Note(String message, String hint, List<String> files) {
    }

    public BuildResult(boolean succeeded, List<Problem> problems, Map<String, Integer> pagesPerLanguage,
                       int filesWritten, long millis) {
        this(succeeded, problems, pagesPerLanguage, Map.of(), filesWritten, millis, Map.of(), List.of());
    }

    /** How many drafts the site left out, in all languages. */
    public int drafts() {
        return draftsLeftOut.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
