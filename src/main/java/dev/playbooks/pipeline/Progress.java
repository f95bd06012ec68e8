package dev.playbooks.pipeline;

/**
 * Told how far a run's per-page work has come, for a command line that shows it on a terminal. Called from the
 * run's own thread, in order.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = (step, done, total) -> {
    };

    /**
     * @param step what is being done, as a present participle a person reads: "reading", "rendering"
     * @param done how many items of the step are done, 1 to {@code total}
     */
    void advanced(String step, int done, int total);
}
