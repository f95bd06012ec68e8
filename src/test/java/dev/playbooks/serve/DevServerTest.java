package dev.playbooks.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import dev.playbooks.problem.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server over a really built site, spoken to with raw HTTP so that requests arrive exactly as written. */
class DevServerTest {
    @TempDir
    Path temp;

    TestSite site;
    DevServer server;
    final Map<Socket, BufferedReader> readers = new HashMap<>();

    @BeforeEach
    void serveABuiltSite() throws IOException {
        site = TestSite.create(temp.resolve("project")).withTrustPlaybooks();
        assertTrue(site.build().succeeded());
        Files.writeString(temp.resolve("secret.txt"), "not for the web");
        Files.writeString(site.root().resolve("content/en/private.txt"), "not for the web either");
        server = DevServer.start(site.out(), InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Sends one request as written and returns the status line, headers and body. */
    private Response request(String method, String target) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.address().getPort()), 2000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            int split = text.indexOf("\r\n\r\n");
            return new Response(status, text.substring(0, split), text.substring(split + 4));
        }
    }

    /** The server's own address, as a browser that opened it names it in every request. */
    private String host() {
        return "127.0.0.1:" + server.address().getPort();
    }

    private record Response(int status, String headers, String body) {
        String header(String name) {
            return headers.lines().filter(line -> line.toLowerCase().startsWith(name.toLowerCase() + ":"))
                    .map(line -> line.substring(name.length() + 1).strip()).findFirst().orElse("");
        }
    }

    @Test
    void pagesAreServedWithTheReloadScriptThatTheFilesDoNotContain() throws IOException {
        Response page = request("GET", "/en/trust/");
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"));
        assertTrue(page.body().contains("<h1>Trust at work</h1>"));
        assertTrue(page.body().contains("<script src=\"/__playbooks/live.js\" defer></script>\n</head>"));
        assertFalse(site.read("target/site/en/trust/index.html").contains("__playbooks"));
        assertEquals(200, request("GET", "/__playbooks/live.js").status());
        assertEquals(200, request("GET", "/en/trust/index.html").status());
        assertEquals("text/css; charset=utf-8", request("GET", "/assets/site.css").header("Content-Type"));
    }

    @Test
    void aFolderWithoutItsSlashIsRedirected() throws IOException {
        Response response = request("GET", "/en/trust?x=1");
        assertEquals(301, response.status());
        assertEquals("/en/trust/?x=1", response.header("Location"));
    }

    @Test
    void aMissingPageGetsTheLanguagesNotFoundPage() throws IOException {
        Response response = request("GET", "/nl/bestaat-niet/");
        assertEquals(404, response.status());
        assertTrue(response.body().contains("Pagina niet gevonden"), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/en/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt",
        "/en/%2e%2e%2f%2e%2e%2fsecret.txt", "/..%2fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt",
        "/%252e%252e/secret.txt", "/en/trust/%00", "../secret.txt", "/./secret.txt", "/%c0%ae%c0%ae/secret.txt",
        "//etc/passwd", "/etc/passwd", "/%2fetc/passwd", "http://127.0.0.1/../secret.txt",
        "/.playbooks-output", "/../project/content/en/trust.md", "/../../../../../../etc/passwd"})
    void pathsThatLeaveTheSiteAreRefused(String target) throws IOException {
        Response response = request("GET", target);
        assertTrue(List.of(400, 404, 421).contains(response.status()), target + " answered " + response.status());
        assertFalse(response.body().contains("not for the web"), target);
        assertFalse(response.body().contains("root:"), target);
    }

    @Test
    void aLinkOutOfTheSiteIsNotFollowed() throws IOException {
        Files.createSymbolicLink(site.out().resolve("leak.txt"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(site.out().resolve("leak"), temp);
        assertEquals(404, request("GET", "/leak.txt").status());
        assertEquals(404, request("GET", "/leak/secret.txt").status());
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws IOException {
        assertEquals(405, request("POST", "/en/trust/").status());
        Response head = request("HEAD", "/en/trust/");
        assertEquals(200, head.status());
        assertEquals("", head.body());
    }

    @Test
    void problemsReplacePagesButNotStylesheetsUntilTheyAreCleared() throws IOException {
        server.showProblems(List.of(Problem.error("content/en/trust.md", 3, 15, "YAML syntax: <oops>", "quote it")));
        Response overlay = request("GET", "/en/trust/");
        assertEquals(500, overlay.status());
        assertTrue(overlay.body().contains("<code class=\"place\">content/en/trust.md:3:15</code>"));
        assertTrue(overlay.body().contains("YAML syntax: &lt;oops&gt;"), "the author's text is escaped");
        assertTrue(overlay.body().contains("/__playbooks/live.js"), "the overlay reloads itself once fixed");
        assertEquals(500, request("GET", "/nowhere/").status());
        assertEquals(200, request("GET", "/assets/site.css").status());

        server.showProblems(List.of());
        assertEquals(200, request("GET", "/en/trust/").status());
    }

    @Test
    void anOpenReloadStreamDoesNotHoldUpOtherRequests() throws Exception {
        try (Socket first = openStream(); Socket second = openStream()) {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                assertEquals(200, request("GET", "/en/trust/").status());
                assertEquals(200, request("GET", "/nl/vertrouwen/").status());
            });
            assertEquals(2, server.openReloadStreams());
            server.reload();
            assertEquals("event: reload", nextEvent(first));
            assertEquals("event: reload", nextEvent(second));
        }
    }

    private Socket openStream() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort());
        socket.setSoTimeout(5000);
        socket.getOutputStream().write(("GET /__playbooks/events HTTP/1.1\r\nHost: " + host() + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        readers.put(socket, reader);
        String line;
        while ((line = reader.readLine()) != null && !line.contains("retry:")) {
            // Skip the status line, the headers and the chunk size until the stream has started.
        }
        return socket;
    }

    private String nextEvent(Socket socket) throws IOException {
        BufferedReader reader = readers.get(socket);
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("event:")) {
                return line;
            }
        }
        return "";
    }
}
