package dev.playbooks.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs per-page work on every core. The threads get a large stack because deeply nested Markdown recurses deeply;
 * what still overflows is reported for its file by the caller.
 */
final class Workers implements AutoCloseable {
    private static final long STACK_BYTES = 16L * 1024 * 1024;
    /** How many runs of items each thread gets: enough that one slow run does not keep the others waiting. */
    private static final int RUNS_PER_THREAD = 16;
    private final ExecutorService pool;
    private final int threads;

    Workers() {
        AtomicInteger count = new AtomicInteger();
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(null, task, "playbooks-worker-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Applies {@code work} to each item in parallel; results keep the items' order. When some item fails, the
     * first failure is thrown once every item is done, so that nothing still writes into a folder the caller is
     * about to discard.
     */
    <T, R> List<R> map(List<T> items, Function<T, R> work) {
        return map(items, work, "", Progress.NONE);
    }

    /**
     * Like {@link #map(List, Function)}, telling {@code progress} of each item done as {@code step}. Items go to the
     * threads in runs of several: handing each over on its own costs more than a small item's work (linking a file
     * of the last site, looking a file up in the build cache).
     */
    <T, R> List<R> map(List<T> items, Function<T, R> work, String step, Progress progress) {
        int run = Math.max(1, items.size() / (threads * RUNS_PER_THREAD));
        List<Future<List<Outcome<R>>>> futures = new ArrayList<>(items.size() / run + 1);
        for (int from = 0; from < items.size(); from += run) {
            List<T> part = items.subList(from, Math.min(items.size(), from + run));
            futures.add(pool.submit(() -> apply(part, work)));
        }
        List<R> results = new ArrayList<>(items.size());
        Throwable failure = null;
        for (Future<List<Outcome<R>>> future : futures) {
            for (Outcome<R> outcome : await(future)) {
                if (outcome.failure() != null) {
                    failure = failure == null ? outcome.failure() : failure;
                    results.add(null);
                } else {
                    results.add(outcome.result());
                }
            }
            progress.advanced(step, results.size(), items.size());
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
        return results;
    }

    /** What one item gave: its result, or how it failed. */
    private record Outcome<R>(R result, Throwable failure) {
    }

    /** Every item of a run, each whatever became of the one before. */
    private static <T, R> List<Outcome<R>> apply(List<T> items, Function<T, R> work) {
        List<Outcome<R>> outcomes = new ArrayList<>(items.size());
        for (T item : items) {
            try {
                outcomes.add(new Outcome<>(work.apply(item), null));
            } catch (RuntimeException | Error e) {
                outcomes.add(new Outcome<>(null, e));
            }
        }
        return outcomes;
    }

    /** A piece of work that writes files. */
    @FunctionalInterface
    interface Job {
        void run() throws IOException;
    }

    /** Runs the jobs in parallel and waits for all of them; the first failure is thrown, as it was. */
    void runAll(List<Job> jobs) throws IOException {
        try {
            map(jobs, job -> {
                try {
                    job.run();
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
