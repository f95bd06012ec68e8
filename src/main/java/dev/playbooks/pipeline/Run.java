package dev.playbooks.pipeline;

import dev.playbooks.content.ProjectLayout;
import dev.playbooks.content.SiteConfig;
import dev.playbooks.problem.Problem;
import dev.playbooks.problem.Problems;
import dev.playbooks.site.Hrefs;
import dev.playbooks.site.LinkStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the pipeline: its options, the problems it found, how long each phase took, and the threads that do
 * per-page work. Made fresh for each run and handed from phase to phase, so nothing of one run leaks into the next
 * except the {@link Snapshot} it leaves.
 */
final class Run implements AutoCloseable {
    final BuildOptions options;
    final ProjectLayout layout;
    /** What {@code playbooks.yaml} sets; its problems are each run's. */
    final SiteConfig config;
    final Progress progress;
    final Problems problems = new Problems();
    final Workers workers = new Workers();
    /**
     * Stale translations, when they are warnings: kept apart from the problems {@code --strict} promotes, as they are
     * not mistakes but a state the page itself tells its readers about.
     */
    final List<Problem> notices = Collections.synchronizedList(new ArrayList<>());
    /** What the author should know that is no problem at all, such as pages that show no date. */
    final List<BuildResult.Note> notes = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Long> timings = new LinkedHashMap<>();
    private final long start = System.nanoTime();
    private long lapStart = start;

    Run(BuildOptions options, ProjectLayout layout, SiteConfig config, Progress progress) {
        this.options = options;
        this.layout = layout;
        this.config = config;
        this.progress = progress;
        problems.addAll(config.problems());
    }

    /** Whether the run must end after the phase that just finished. */
    boolean mustStop() {
        return problems.mustStop(options.strict());
    }

    /** Ends a phase's timing; the next phase's starts. */
    void lap(String phase) {
        long now = System.nanoTime();
        timings.put(phase, (now - lapStart) / 1_000_000);
        lapStart = now;
    }

    /** How links are written: clean folder URLs for a site with a base URL, {@code index.html} ones from disk. */
    Hrefs hrefs() {
        return options.baseUrl()
                .map(url -> new Hrefs(LinkStyle.DIRECTORY, url))
                .orElseGet(() -> new Hrefs(LinkStyle.INDEX_FILE, BuildOptions.LOCAL_BASE_URL));
    }

    /** How the run went; what it produced counts only if it succeeded. */
    BuildResult result(Map<String, Integer> pagesPerLanguage, int filesWritten) {
        return result(pagesPerLanguage, Map.of(), filesWritten);
    }

    /** How the run went, with the drafts it left out per language. */
    BuildResult result(Map<String, Integer> pagesPerLanguage, Map<String, Integer> drafts, int filesWritten) {
        if (options.strict()) {
            problems.makeStrict();
        }
        problems.addAll(List.copyOf(notices));
        boolean succeeded = !problems.hasErrors();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BuildResult(succeeded, problems.sorted(), succeeded ? pagesPerLanguage : Map.of(),
                succeeded ? drafts : Map.of(), succeeded ? filesWritten : 0, millis,
                Collections.unmodifiableMap(new LinkedHashMap<>(timings)), List.copyOf(notes));
    }

    @Override
    public void close() {
        workers.close();
    }
}
