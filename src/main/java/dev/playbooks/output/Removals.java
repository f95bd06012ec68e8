package dev.playbooks.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Removes folders, at once or on a thread of their own, and remembers what it could not remove. A failure is never
 * thrown: for a previous site it costs only disk space until the next commit, which tries again.
 */
final class Removals {
    /** Deletes one folder and what it holds. */
    interface Remover {
        void remove(Path folder) throws IOException;
    }

    private final Remover remover;
    /** Folders being removed: each is removed by one thread at a time, and {@link #await} waits for them. */
    private final Set<Path> removing = new HashSet<>();
    private final List<String> failures = new ArrayList<>();

    Removals(Remover remover) {
        this.remover = remover;
    }

    /** Removes the folders on this thread, except any that another thread is already removing. */
    void now(List<Path> folders) {
        removeAll(claim(folders));
    }

    /**
     * Removes the folders on a new thread. It is not a daemon, so a JVM that ends without {@code System.exit}
     * lets it finish; a process that exits calls {@link #await} first.
     */
    void inBackground(List<Path> folders) {
        List<Path> claimed = claim(folders);
        if (!claimed.isEmpty()) {
            new Thread(() -> removeAll(claimed), "playbooks-remove-previous-site").start();
        }
    }

    /**
     * Waits until no folder is being removed, or the limit passes, or this thread is interrupted. Returns (once)
     * a sentence for every folder that could not be removed, and every one still being removed.
     */
    synchronized List<String> await(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            for (long left = limit.toNanos(); !removing.isEmpty() && left > 0; left = deadline - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            // Stopping early is safe: what is left keeps its name, and the next build removes it.
            Thread.currentThread().interrupt();
        }
        List<String> unfinished = new ArrayList<>(failures);
        failures.clear();
        removing.forEach(folder -> unfinished.add("the removal of " + folder + " was still going; the next build "
                + "removes what is left"));
        return unfinished;
    }

    /**
     * Gives every folder still being removed to {@code finisher}, which returns whether it took the folder over;
     * {@link #await} then waits only for those it did not take.
     */
    synchronized void handOver(Predicate<Path> finisher) {
        removing.removeIf(finisher);
        notifyAll();
    }

    private synchronized List<Path> claim(List<Path> folders) {
        List<Path> claimed = new ArrayList<>();
        for (Path folder : folders) {
            if (removing.add(folder)) {
                claimed.add(folder);
            }
        }
        return claimed;
    }

    private void removeAll(List<Path> folders) {
        for (Path folder : folders) {
            try {
                remover.remove(folder);
            } catch (IOException e) {
                failed(folder, e);
            } finally {
                release(folder);
            }
        }
    }

    private synchronized void failed(Path folder, IOException failure) {
        failures.add("could not remove " + folder + " (" + failure + "); the next build tries again");
    }

    private synchronized void release(Path folder) {
        removing.remove(folder);
        notifyAll();
    }
}
