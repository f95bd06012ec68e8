package dev.playbooks.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.pipeline.BuildResult;
import dev.playbooks.serve.LivePreview;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code serve} spoken to with raw HTTP as a page of another site, or a DNS-rebinding attacker, would: only
 * requests that name this server get anything, the reload stream only same-origin ones, and a file being edited
 * into something pathological costs a bounded rebuild while pages keep being served.
 */
class ServeHostileTest extends HostileSiteTest {
    LivePreview preview;
    final List<BuildResult> builds = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        preview = LivePreview.start(hostile.site.options().withOutput(temp.resolve("project/target/serve")),
                InetAddress.getLoopbackAddress(), 0, builds::add);
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    private String own() {
        return "127.0.0.1:" + preview.address().getPort();
    }

    /** Sends the request as written; returns what came back until the server closed or went quiet. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), preview.address().getPort()), 2000);
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder text = new StringBuilder();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (SocketTimeoutException e) {
                // A stream that stays open: what came so far is the answer.
            }
            return text.toString();
        }
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    private void assertRefusedWithNothing(String response, int status) {
        assertEquals(status, status(response), response);
        assertEquals("", body(response), "a refusal carries nothing of the site");
        assertTrue(response.toLowerCase().contains("content-length: 0") || !response.contains("chunked"), response);
    }

    @Test
    void aPageIsServedToARequestThatNamesTheServer() throws IOException {
        String response = raw("GET /en/trust/ HTTP/1.1\r\nHost: " + own() + "\r\n\r\n");
        assertEquals(200, status(response));
        assertTrue(body(response).contains("Trust at work"));
    }

    @Test
    void aForeignHostGetsNothing() throws IOException {
        assertRefusedWithNothing(raw("GET /en/trust/ HTTP/1.1\r\nHost: attacker.example:" + preview.address().getPort()
                + "\r\n\r\n"), 421);
    }

    @Test
    void theRightNameOnAnotherPortGetsNothing() throws IOException {
        assertRefusedWithNothing(raw("GET /en/trust/ HTTP/1.1\r\nHost: 127.0.0.1:1\r\n\r\n"), 421);
    }

    @Test
    void aRequestWithoutHostGetsNothing() throws IOException {
        assertRefusedWithNothing(raw("GET /en/trust/ HTTP/1.0\r\n\r\n"), 421);
    }

    @Test
    void twoHostsGetNothing() throws IOException {
        assertRefusedWithNothing(raw("GET /en/trust/ HTTP/1.1\r\nHost: " + own() + "\r\nHost: evil.example\r\n\r\n"),
                421);
    }

    @Test
    void aFullUrlNamingAnotherHostGetsNothing() throws IOException {
        assertRefusedWithNothing(raw("GET http://evil.example/en/trust/ HTTP/1.1\r\nHost: " + own() + "\r\n\r\n"),
                421);
    }

    @Test
    void theLoopbackNamesAreAllServed() throws IOException {
        int port = preview.address().getPort();
        for (String host : new String[] {"localhost:" + port, "[::1]:" + port, "LOCALHOST:" + port}) {
            assertEquals(200, status(raw("GET /en/trust/ HTTP/1.1\r\nHost: " + host + "\r\n\r\n")), host);
        }
    }

    @Test
    void theReloadStreamRefusesAForeignOrigin() throws IOException {
        assertRefusedWithNothing(raw("GET /__playbooks/events HTTP/1.1\r\nHost: " + own()
                + "\r\nOrigin: https://attacker.example\r\n\r\n"), 403);
    }

    @Test
    void theReloadStreamRefusesACrossSiteFetch() throws IOException {
        assertRefusedWithNothing(raw("GET /__playbooks/events HTTP/1.1\r\nHost: " + own()
                + "\r\nSec-Fetch-Site: cross-site\r\n\r\n"), 403);
    }

    @Test
    void theReloadStreamOpensForItsOwnPages() throws IOException {
        String response = raw("GET /__playbooks/events HTTP/1.1\r\nHost: " + own() + "\r\nOrigin: http://" + own()
                + "\r\nSec-Fetch-Site: same-origin\r\n\r\n");
        assertEquals(200, status(response), response);
        assertTrue(response.contains("retry:"), response);
    }

    @Test
    void optionsStarIsAnsweredWithTheMethodsAndNoBody() throws IOException {
        String response = raw("OPTIONS * HTTP/1.1\r\nHost: " + own() + "\r\n\r\n");
        assertRefusedWithNothing(response, 204);
        assertTrue(response.contains("Allow: GET, HEAD, OPTIONS"), response);
    }

    @Test
    void optionsOnAPathIsAnsweredWithoutCorsOrBody() throws IOException {
        String response = raw("OPTIONS /en/trust/ HTTP/1.1\r\nHost: " + own()
                + "\r\nOrigin: https://attacker.example\r\nAccess-Control-Request-Method: GET\r\n\r\n");
        assertRefusedWithNothing(response, 204);
        assertFalse(response.toLowerCase().contains("access-control-allow"), response);
    }

    @Test
    void aRequestHeadWithoutEndIsRefused() throws IOException {
        String response = raw("GET /en/trust/ HTTP/1.1\r\nHost: " + own() + "\r\nX: " + "a".repeat(40_000) + "\r\n\r\n");
        assertRefusedWithNothing(response, 431);
    }

    @Test
    void aPathologicalEditIsRefusedWhilePagesKeepBeingServed() throws Exception {
        int before = builds.size();
        hostile.site.playbook("en", "trust", "title: Trust at work\nsummary: S", "[a](b".repeat(50_000) + "\n");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            while (builds.size() == before) {
                assertEquals(200, status(raw("GET /en/delegation/ HTTP/1.1\r\nHost: " + own() + "\r\n\r\n")));
                Thread.sleep(50);
            }
        });
        BuildResult failed = builds.get(builds.size() - 1);
        assertFalse(failed.succeeded());
        assertEquals("content/en/trust.md:5:1", failed.problems().get(0).place());
        hostile.site.playbook("en", "trust", "title: Trust at work\nsummary: S", "Fixed.\n");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            while (!builds.get(builds.size() - 1).succeeded()) {
                Thread.sleep(50);
            }
        });
    }
}
