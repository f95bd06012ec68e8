package dev.playbooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Listens to {@code serve}'s reload stream the way an open page does: after each reload event it connects again,
 * as the reloaded page would. Every wait has a limit.
 */
public final class ReloadListener {
    private final URI events;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private BlockingQueue<String> lines;

    private ReloadListener(URI events) {
        this.events = events;
    }

    /** Connects to the server at {@code address} and waits until the stream is open. */
    public static ReloadListener open(URI address) throws InterruptedException {
        ReloadListener listener = new ReloadListener(address.resolve("/__playbooks/events"));
        listener.connect();
        return listener;
    }

    private void connect() throws InterruptedException {
        BlockingQueue<String> fresh = new LinkedBlockingQueue<>();
        // The stream is read on a thread of its own: a plain thenAccept runs on this thread when the response is
        // already there, and this thread would then read the endless stream instead of waiting for its first line.
        http.sendAsync(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAcceptAsync(response -> {
                    try (Stream<String> body = response.body()) {
                        body.forEach(fresh::add);
                    }
                }, ReloadListener::onOwnThread);
        String first = fresh.poll(20, TimeUnit.SECONDS);
        if (first == null || !first.startsWith("retry:")) {
            throw new IllegalStateException("the reload stream did not open: " + first);
        }
        lines = fresh;
    }

    private static void onOwnThread(Runnable reading) {
        Thread thread = new Thread(reading, "reload-stream");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether a reload event comes within {@code wait}; if it does, connects again as the reloaded page would. */
    public boolean reloadWithin(Duration wait) throws InterruptedException {
        return reloadedAt(wait) >= 0;
    }

    /**
     * The {@link System#nanoTime()} at which a reload event came, or -1 when none came within {@code wait}. After
     * an event it connects again, as the reloaded page would.
     */
    public long reloadedAt(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line != null && line.startsWith("event: reload")) {
                long at = System.nanoTime();
                connect();
                return at;
            }
        }
        return -1;
    }
}
