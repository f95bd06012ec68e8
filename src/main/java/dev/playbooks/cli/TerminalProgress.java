package dev.playbooks.cli;

import dev.playbooks.pipeline.Progress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows on a terminal how far a long build has come, on one line it keeps rewriting: nothing for a build that is
 * done within a couple of seconds, and nothing at all where no person watches (output not a terminal, or CI), so
 * logs hold only what matters.
 */
final class TerminalProgress implements Progress {
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long REFRESH_NANOS = 200_000_000L;

    private final PrintWriter terminal;
    private final long start = System.nanoTime();
    private long shownAt;
    private boolean shown;

    private TerminalProgress(PrintWriter terminal) {
        this.terminal = terminal;
    }

    /** Progress for a person at a terminal, or none. */
    static Progress on(PrintWriter terminal) {
        boolean watched = System.console() != null && System.getenv("CI") == null
                && !"dumb".equals(System.getenv("TERM"));
        return watched ? new TerminalProgress(terminal) : Progress.NONE;
    }

    @Override
    public void advanced(String step, int done, int total) {
        long now = System.nanoTime();
        boolean last = done == total;
        if (now - start < QUIET_NANOS || (!last && now - shownAt < REFRESH_NANOS)) {
            return;
        }
        shownAt = now;
        shown = true;
        String noun = step.equals("reading") ? "files" : "pages";
        String line = String.format(Locale.ROOT, "%s%s: %,d of %,d %s", Character.toUpperCase(step.charAt(0)),
                step.substring(1), done, total, noun);
        terminal.print("\r" + line + "\033[K");
        terminal.flush();
    }

    /** Takes the progress line away before the build's report is printed. */
    void clear() {
        if (shown) {
            terminal.print("\r\033[K");
            terminal.flush();
        }
    }
}
