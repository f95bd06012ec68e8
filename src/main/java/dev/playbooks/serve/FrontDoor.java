package dev.playbooks.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;

/**
 * The address the author opens, in front of the JDK's HTTP server, which listens on a loopback port of its own. It
 * reads each connection's request line and headers, answers what the JDK's server cannot reach a handler with
 * ({@code OPTIONS *}, which it answers 404 with a page of its own) and what is no HTTP request at all, and hands
 * the rest on byte for byte, one request per connection. Whether a request may have the site is the handler's to
 * decide ({@link AllowedHosts}), for requests through here and straight to the inner port alike.
 */
final class FrontDoor implements AutoCloseable {
    /** A request's line and headers; browsers send a few KiB. */
    private static final int MAX_HEAD = 32 * 1024;
    /** How long a connection may take to send its request line and headers. */
    private static final int HEAD_MILLIS = 10_000;
    private static final byte[] END_OF_HEAD = {'\r', '\n', '\r', '\n'};

    private final ServerSocket socket;
    private final InetSocketAddress inner;
    private final ExecutorService threads;

    private FrontDoor(ServerSocket socket, InetSocketAddress inner, ExecutorService threads) {
        this.socket = socket;
        this.inner = inner;
        this.threads = threads;
    }

    static FrontDoor open(InetAddress address, int port, InetSocketAddress inner, ExecutorService threads)
            throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(address, port), 50);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        FrontDoor door = new FrontDoor(socket, inner, threads);
        threads.execute(door::accept);
        return door;
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                threads.execute(() -> answer(client));
            } catch (IOException e) {
                // Closed, or one connection that failed: the next accept tells which.
            }
        }
    }

    private void answer(Socket client) {
        try (client) {
            client.setSoTimeout(HEAD_MILLIS);
            byte[] head = readHead(client.getInputStream());
            if (head == null) {
                reply(client, "431 Request Header Fields Too Large", "");
                return;
            }
            String[] request = requestLine(head);
            if (request.length != 3 || !request[2].startsWith("HTTP/1.")) {
                reply(client, "400 Bad Request", "");
            } else if (request[1].equals("*")) {
                reply(client, request[0].equals("OPTIONS") ? "204 No Content" : "400 Bad Request",
                        "Allow: GET, HEAD, OPTIONS\r\n");
            } else {
                passOn(client, head);
            }
        } catch (IOException e) {
            // The browser went away, or took too long: nothing to answer.
        }
    }

    /** The bytes up to and including the blank line after the headers, or null past {@link #MAX_HEAD}. */
    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(1024);
        int matched = 0;
        while (matched < END_OF_HEAD.length) {
            int b = in.read();
            if (b < 0) {
                throw new SocketException("closed before the request was complete");
            }
            head.write(b);
            matched = b == END_OF_HEAD[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > MAX_HEAD) {
                return null;
            }
        }
        return head.toByteArray();
    }

    private static String[] requestLine(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.substring(0, text.indexOf("\r\n")).split(" ", -1);
    }

    private static void reply(Socket client, String status, String headers) throws IOException {
        OutputStream out = client.getOutputStream();
        out.write(("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: 0\r\nCache-Control: no-store\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /**
     * Sends the request on with {@code Connection: close}, so that the next request on this connection comes
     * through here too, then copies both ways until either side closes (a reload stream stays open for long).
     */
    private void passOn(Socket client, byte[] head) throws IOException {
        try (Socket server = new Socket()) {
            server.connect(inner, HEAD_MILLIS);
            client.setSoTimeout(0);
            server.getOutputStream().write(closing(head));
            server.getOutputStream().flush();
            threads.execute(() -> copy(client, server));
            copy(server, client);
        }
    }

    /** The head with any {@code Connection} header replaced by {@code Connection: close}. */
    private static byte[] closing(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String[] lines = text.substring(0, text.length() - 4).split("\r\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 20).append(lines[0]).append("\r\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].regionMatches(true, 0, "connection:", 0, "connection:".length())) {
                out.append(lines[i]).append("\r\n");
            }
        }
        return out.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void copy(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            // Either side went away; closing both ends the other copy.
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Nothing more to accept either way.
        }
    }
}
