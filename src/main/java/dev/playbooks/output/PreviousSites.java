package dev.playbooks.output;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The previous sites of every output folder this process commits, swapped out and to be removed: at once, on a
 * thread of their own, and, for what is still going when the process ends, by {@code rm} in a process of its own.
 * Removing a site of 20,000 pages takes seconds that the author need not wait for: the new site is in place, and the
 * old one loses its marker first, so it can never be taken for a site; whatever is left, the next commit removes.
 */
public final class PreviousSites {
    private static final Removals REMOVALS = new Removals(OutputFolder::deleteTree);
    /** How long the shell that starts {@code rm} may take; it only forks. */
    private static final Duration SHELL_LIMIT = Duration.ofSeconds(5);

    private PreviousSites() {
    }

    static void removeNow(List<Path> folders) {
        REMOVALS.now(folders);
    }

    static void removeInBackground(List<Path> folders) {
        REMOVALS.inBackground(folders);
    }

    /**
     * Waits up to {@code limit} for the previous sites being removed in the background. Returns a sentence for each
     * that could not be removed, or was still being removed when the limit passed.
     */
    public static List<String> await(Duration limit) {
        return REMOVALS.await(limit);
    }

    /**
     * What a process calls before {@code System.exit}, which would stop a removal halfway: hands the previous sites
     * still being removed to {@code rm}, and waits up to {@code limit} only for any it could not hand over (where
     * there is no {@code rm}). Returns as {@link #await} does.
     */
    public static List<String> finishApart(Duration limit) {
        REMOVALS.handOver(PreviousSites::removeInOwnProcess);
        return await(limit);
    }

    /**
     * Starts {@code rm -rf} on a previous site; like {@link OutputFolder#deleteTree} it removes links inside, never
     * what they lead to. Whether it started. The only program this package runs, and an optional one: where it
     * cannot be started, the process waits for its own removal instead.
     *
     * <p>A shell starts {@code rm} in the background and ends at once, and is waited for: the VM, as it exits, waits
     * up to 300 ms for any thread inside a native call, and the thread that waits for a child process to end is one.
     */
    static boolean removeInOwnProcess(Path folder) {
        if (File.separatorChar != '/') {
            return false;
        }
        try {
            // The removing thread drops the marker first, but may not have come to it yet.
            Files.deleteIfExists(folder.resolve(OutputFolder.MARKER));
            Process shell = new ProcessBuilder("sh", "-c", "rm -rf -- \"$1\" &", "sh", folder.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return shell.waitFor(SHELL_LIMIT.toMillis(), TimeUnit.MILLISECONDS) && shell.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
