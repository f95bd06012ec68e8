package dev.playbooks.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.playbooks.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The preview server: sends the files of one output folder and nothing else, adds a small reload script to every
 * page it sends (the files themselves never contain it), keeps the open pages' reload streams, and shows the
 * problems of a failed build in place of any page until a build succeeds. Requests are answered by a pool of
 * threads, so an open reload stream never holds up another request.
 */
public final class DevServer implements AutoCloseable {
    static final String PREFIX = "/__playbooks/";
    static final String LIVE_SCRIPT = PREFIX + "live.js";
    static final String OVERLAY_CSS = PREFIX + "overlay.css";
    static final String EVENTS = PREFIX + "events";
    /** For the overlay, which is ours: scripts, styles and connections from this server only. */
    private static final String POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'";

    private final HttpServer server;
    private final FrontDoor door;
    private final ExecutorService threads;
    private final SiteFolder site;
    private final AllowedHosts hosts;
    private final ReloadEvents reloads = new ReloadEvents();
    private final byte[] liveScript = resource("live.js");
    private final byte[] overlayCss = resource("overlay.css");
    private volatile List<Problem> failure = List.of();

    private DevServer(HttpServer server, FrontDoor door, ExecutorService threads, Path folder) {
        this.server = server;
        this.door = door;
        this.threads = threads;
        this.site = new SiteFolder(folder);
        this.hosts = AllowedHosts.of(door.address());
    }

    /**
     * Starts serving {@code folder} on {@code address} (use {@link InetAddress#getLoopbackAddress()} unless the
     * author asked otherwise) and {@code port} (0 picks a free one).
     */
    public static DevServer start(Path folder, InetAddress address, int port) throws IOException {
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "playbooks-serve-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FrontDoor door;
        try {
            door = FrontDoor.open(address, port, server.getAddress(), threads);
        } catch (IOException e) {
            threads.shutdownNow();
            throw e;
        }
        DevServer dev = new DevServer(server, door, threads, folder);
        server.setExecutor(threads);
        server.createContext("/", dev::handle);
        server.start();
        return dev;
    }

    /** Where the server answers, e.g. {@code http://127.0.0.1:8080/}. */
    public URI address() {
        InetSocketAddress bound = door.address();
        String host = bound.getAddress().isAnyLocalAddress() ? "localhost" : bound.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + bound.getPort() + "/");
    }

    /** From now on pages show these problems (a failed build), or the site again when the list is empty. */
    public void showProblems(List<Problem> problems) {
        failure = List.copyOf(problems);
    }

    /** Tells every open page to load itself again. */
    public void reload() {
        reloads.reload();
    }

    /** How many open pages are listening for reloads now. */
    public int openReloadStreams() {
        return reloads.openStreams();
    }

    @Override
    public void close() {
        door.close();
        reloads.closeAll();
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!isForThisServer(exchange)) {
                refuse(exchange, 421);
                return;
            }
            String method = exchange.getRequestMethod();
            if (method.equals("OPTIONS")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD, OPTIONS");
                refuse(exchange, 204);
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD, OPTIONS");
                send(exchange, 405, "text/plain; charset=utf-8", bytes("Only GET and HEAD are answered.\n"));
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (rawPath != null && rawPath.startsWith(PREFIX)) {
                if (rawPath.equals(EVENTS) && !isSameOrigin(exchange.getRequestHeaders())) {
                    refuse(exchange, 403);
                    return;
                }
                own(exchange, rawPath);
                return;
            }
            Optional<RequestPath> path = RequestPath.parse(rawPath);
            if (path.isEmpty()) {
                send(exchange, 400, "text/plain; charset=utf-8", bytes("Bad request path.\n"));
                return;
            }
            serve(exchange, path.get());
        }
    }

    /**
     * Exactly one {@code Host}, naming this server (and, for a request written with a full URL, that URL too): a
     * page of another site whose name was made to resolve here names its own, and gets nothing.
     */
    private boolean isForThisServer(HttpExchange exchange) {
        List<String> host = exchange.getRequestHeaders().get("Host");
        if (host == null || host.size() != 1 || !hosts.allows(host.get(0).strip())) {
            return false;
        }
        URI uri = exchange.getRequestURI();
        return uri.getRawAuthority() == null || hosts.allows(uri.getRawAuthority());
    }

    /**
     * The reload stream is for the pages this server sent. Browsers name the page's origin on a request from
     * another site ({@code Origin}, {@code Sec-Fetch-Site}); either, when given, must say it is this server.
     */
    private boolean isSameOrigin(Headers headers) {
        String site = headers.getFirst("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        List<String> origin = headers.get("Origin");
        return origin == null || origin.size() == 1 && hosts.isOwnOrigin(origin.get(0).strip());
    }

    /** A status without a body: nothing of the site for a request that may not have it. */
    private static void refuse(HttpExchange exchange, int status) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, -1);
    }

    /** The server's own files: the reload script, the overlay's style, and the reload stream. */
    private void own(HttpExchange exchange, String rawPath) throws IOException {
        switch (rawPath) {
            case LIVE_SCRIPT -> send(exchange, 200, "text/javascript; charset=utf-8", liveScript);
            case OVERLAY_CSS -> send(exchange, 200, "text/css; charset=utf-8", overlayCss);
            case EVENTS -> {
                if (exchange.getRequestMethod().equals("HEAD")) {
                    send(exchange, 200, "text/event-stream; charset=utf-8", new byte[0]);
                } else {
                    reloads.stream(exchange);
                }
            }
            default -> send(exchange, 404, "text/plain; charset=utf-8", bytes("Not found.\n"));
        }
    }

    private void serve(HttpExchange exchange, RequestPath path) throws IOException {
        SiteFolder.Found found = site.find(path);
        if (found instanceof SiteFolder.Found.Folder) {
            String query = exchange.getRequestURI().getRawQuery();
            exchange.getResponseHeaders().set("Location",
                    exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query));
            send(exchange, 301, "text/plain; charset=utf-8", bytes("Moved.\n"));
            return;
        }
        List<Problem> problems = failure;
        boolean html = !(found instanceof SiteFolder.Found.File file) || SiteFolder.isHtml(file.contentType());
        if (!problems.isEmpty() && html) {
            exchange.getResponseHeaders().set("Content-Security-Policy", POLICY);
            send(exchange, 500, "text/html; charset=utf-8", bytes(Overlay.page(problems)));
        } else if (found instanceof SiteFolder.Found.File file) {
            sendFile(exchange, 200, file.path(), file.contentType());
        } else {
            Optional<Path> notFound = site.notFoundPage(path);
            if (notFound.isPresent()) {
                sendFile(exchange, 404, notFound.get(), "text/html; charset=utf-8");
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", bytes("Not found.\n"));
            }
        }
    }

    private void sendFile(HttpExchange exchange, int status, Path file, String contentType) throws IOException {
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (IOException e) {
            // Replaced between finding and reading it: a rebuild is under way, and a reload follows.
            send(exchange, 503, "text/plain; charset=utf-8", bytes("The site is being rebuilt.\n"));
            return;
        }
        send(exchange, status, contentType, SiteFolder.isHtml(contentType) ? withLiveScript(body) : body);
    }

    /** Adds the reload script to a page as it is sent, just before {@code </head>}. */
    static byte[] withLiveScript(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + LIVE_SCRIPT + "\" defer></script>\n";
        int head = html.toLowerCase(Locale.ROOT).indexOf("</head>");
        String withScript = head < 0 ? html + tag : html.substring(0, head) + tag + html.substring(head);
        return bytes(withScript);
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : (body.length == 0 ? -1 : body.length));
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DevServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
