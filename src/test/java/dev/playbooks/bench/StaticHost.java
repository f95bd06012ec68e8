package dev.playbooks.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * A folder served on the loopback as a plain static host serves it: gzip for text when the browser asks for it,
 * binary files as they are (Pagefind's are compressed already), and nothing cached, so that every page a benchmark
 * opens downloads what a first visit downloads. It counts the bytes of the bodies it sends, so that what a page
 * downloads is measured here, whichever part of it asks (Pagefind fetches from a worker, whose requests the page's
 * resource timings do not list).
 */
final class StaticHost implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json", "application/json",
            "svg", "image/svg+xml", "png", "image/png", "xml", "application/xml; charset=utf-8");

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Path root;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong lastRequest = new AtomicLong(System.nanoTime());

    StaticHost(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Starts counting afresh. */
    void resetCount() {
        sent.set(0);
    }

    /** The bytes sent since {@link #resetCount}, once no request has come for {@code quietMillis}. */
    long sentWhenQuiet(long quietMillis) throws InterruptedException {
        while (System.nanoTime() - lastRequest.get() < quietMillis * 1_000_000) {
            Thread.sleep(quietMillis / 5);
        }
        return sent.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        lastRequest.set(System.nanoTime());
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            String type = TYPES.getOrDefault(extension, "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            String accepts = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            boolean text = type.startsWith("text/") || type.startsWith("application/json")
                    || type.startsWith("image/svg") || type.startsWith("application/xml");
            if (text && accepts != null && accepts.contains("gzip")) {
                body = gzip(body);
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            sent.addAndGet(body.length);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
            out.write(content);
        }
        return packed.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
