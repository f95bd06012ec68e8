package dev.playbooks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code playbooks serve} as a process: it starts, serves, and stops cleanly when asked to. */
class ServeCommandTest {
    private static final Pattern SERVING = Pattern.compile("Serving .* at (http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    Path temp;

    @Test
    void servesUntilStoppedThenReleasesThePort() throws Exception {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.playbooks.cli.Main", "serve", "--port", "0", "--project", site.root().toString())
                .redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(line -> {
                    output.add(line);
                    lines.add(line);
                });
            } catch (IOException e) {
                // The process has gone.
            }
        });
        reader.start();
        try {
            URI address = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (address == null && System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                Matcher serving = line == null ? null : SERVING.matcher(line);
                if (serving != null && serving.find()) {
                    address = URI.create(serving.group(1));
                }
            }
            assertTrue(address != null, () -> "serve did not start: " + output);
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(address.resolve("/en/trust/")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(Files.exists(site.root().resolve("target/serve/en/trust/index.html")),
                    "serve writes into a folder of its own");

            // SIGTERM runs the same shutdown hook as Ctrl-C (SIGINT), which a test cannot send portably. The
            // handle sends it without closing our end of the output, unlike Process.destroy().
            process.toHandle().destroy();
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "serve did not stop");
            reader.join(5000);
            assertTrue(output.contains("Stopped."), output::toString);
            int port = address.getPort();
            assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void usageMistakesExitWithTwoBeforeAnythingIsServed() {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        StringWriter err = new StringWriter();
        PrintWriter errors = new PrintWriter(err, true);
        PrintWriter out = new PrintWriter(new StringWriter(), true);
        assertEquals(2, Main.run(new String[] {"serve", "--port", "70000", "--project", site.root().toString()},
                out, errors));
        assertTrue(err.toString().contains("--port must be between 0 and 65535"), err.toString());
        assertEquals(2, Main.run(new String[] {"serve", "--port", "0", "--project", site.root().toString(), "--out",
                site.root().resolve("content").toString()}, out, errors));
        assertTrue(err.toString().contains("holds the author's files"), err.toString());
        assertFalse(err.toString().contains("at dev.playbooks"));
    }
}
