package dev.playbooks.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The open pages' reload channel: a Server-Sent Events stream per page, to which a rebuild sends one
 * {@code reload} event and then ends it (the reloaded page opens a new one; a page that did not reload
 * reconnects by itself). Each stream holds one server thread while it is open, so their number is capped.
 */
final class ReloadEvents {
    static final int MAX_STREAMS = 32;
    private static final long KEEP_ALIVE_SECONDS = 15;
    private static final String CLOSE = "";

    private final Set<BlockingQueue<String>> streams = ConcurrentHashMap.newKeySet();
    private volatile long sent;

    /** Tells every open page to reload. */
    void reload() {
        String event = "event: reload\ndata: " + (++sent) + "\n\n";
        streams.forEach(queue -> queue.offer(event));
    }

    int openStreams() {
        return streams.size();
    }

    /** Ends every stream, so that their threads return. */
    void closeAll() {
        streams.forEach(queue -> queue.offer(CLOSE));
    }

    /** Answers one page's request for the stream, and holds it open until the page or the server goes. */
    void stream(HttpExchange exchange) throws IOException {
        if (streams.size() >= MAX_STREAMS) {
            exchange.sendResponseHeaders(503, -1);
            return;
        }
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        streams.add(queue);
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            send(body, "retry: 500\n\n");
            while (true) {
                String event = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (CLOSE.equals(event)) {
                    return;
                }
                // A comment line now and then finds out when the page has gone away.
                send(body, event == null ? ": keep-alive\n\n" : event);
                if (event != null) {
                    // The page reloads and opens a new stream; ending this one now frees its thread at once.
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            streams.remove(queue);
            exchange.close();
        }
    }

    private static void send(OutputStream body, String text) throws IOException {
        body.write(text.getBytes(StandardCharsets.UTF_8));
        body.flush();
    }
}
