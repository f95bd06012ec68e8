package dev.playbooks.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs per-page work on every core. The threads get a large stack because deeply nested Markdown recurses deeply;
 * what still overflows is reported for its file by the caller.
 */
final class Workers implements AutoCloseable {
    private static final long STACK_BYTES = 16L * 1024 * 1024;
    private static final long PROGRESS_EVERY_MILLIS = 100;
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
     * Like {@link #map(List, Function)}, telling {@code progress} of the items done as {@code step}. Each thread
     * takes the next item as it finishes one: handing each item over through the pool costs more than a small
     * item's work (linking a file of the last site, looking a file up in the build cache), and fixed runs of items
     * would give one thread all the pages an edit makes again, which are neighbours.
     */
    <T, R> List<R> map(List<T> items, Function<T, R> work, String step, Progress progress) {
        int size = items.size();
        Object[] results = new Object[size];
        Throwable[] failures = new Throwable[size];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>(threads);
        for (int thread = 0; thread < Math.min(threads, size); thread++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
                    try {
                        results[i] = work.apply(items.get(i));
                    } catch (RuntimeException | Error e) {
                        failures[i] = e;
                    }
                    done.incrementAndGet();
                }
            }));
        }
        for (Future<?> future : futures) {
            awaitTelling(future, () -> progress.advanced(step, done.get(), size));
        }
        if (size > 0) {
            progress.advanced(step, size, size);
        }
        for (Throwable failure : failures) {
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw (RuntimeException) failure;
            }
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return Collections.unmodifiableList(list);
    }

    /** Waits for {@code future}, telling how far the work has come every so often meanwhile. */
    private static void awaitTelling(Future<?> future, Runnable tell) {
        while (true) {
            try {
                await(future, PROGRESS_EVERY_MILLIS);
                return;
            } catch (TimeoutException e) {
                tell.run();
            }
        }
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

    private static <R> R await(Future<R> future, long millis) throws TimeoutException {
        try {
            return future.get(millis, TimeUnit.MILLISECONDS);
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
