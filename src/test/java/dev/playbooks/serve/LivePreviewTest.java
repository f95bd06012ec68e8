package dev.playbooks.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.ReloadListener;
import dev.playbooks.TestSite;
import dev.playbooks.pipeline.BuildResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} end to end: the real server on a free port, the real file watcher, the real pipeline. The test
 * edits files as an author would and waits (with a limit) for the reload event a browser would get.
 */
class LivePreviewTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    TestSite site;
    LivePreview preview;
    final List<BuildResult> builds = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    ReloadListener reloads;

    @BeforeEach
    void serve() throws Exception {
        site = TestSite.create(temp).withTrustPlaybooks();
        preview = LivePreview.start(site.options().withOutput(temp.resolve("target/serve")),
                InetAddress.getLoopbackAddress(), 0, builds::add);
        reloads = ReloadListener.open(preview.address());
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    private void awaitReload() throws InterruptedException {
        assertTrue(reloads.reloadWithin(WAIT), "no reload event within " + WAIT);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = preview.address().resolve(path);
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBuiltSiteIsServedWithCleanLinksOnTheLoopback() throws Exception {
        assertEquals("127.0.0.1", preview.address().getHost());
        HttpResponse<String> page = get("/en/trust/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>Trust at work</h1>"));
        assertTrue(page.body().contains("href=\"../delegation/#how-to-delegate\""), "served pages use folder URLs");
        assertTrue(page.body().contains("/__playbooks/live.js"));
        assertFalse(site.read("target/serve/en/trust/index.html").contains("__playbooks"),
                "the reload script is added as pages are sent, never written");
    }

    @Test
    void anEditIsRebuiltAndTheBrowserToldToReload() throws Exception {
        int before = builds.size();
        site.write("content/en/trust.md", site.read("content/en/trust.md").replace("Text.", "Freshly edited text."));
        awaitReload();
        assertTrue(get("/en/trust/").body().contains("Freshly edited text."));
        BuildResult update = builds.get(builds.size() - 1);
        assertTrue(builds.size() > before && update.succeeded());
        assertEquals(3, update.filesWritten(), "one edited playbook renders one page, its search text and index");
    }

    @Test
    void anEditorsSwapFileRebuildsNothingAndReloadsNothing() throws Exception {
        site.write("content/en/.trust.md.swp", "an editor's scratch file");
        site.write("content/en/notes.txt", "not a playbook");
        assertFalse(reloads.reloadWithin(Duration.ofSeconds(1)), "no reload for files that are not content");
        site.write("content/en/trust.md", site.read("content/en/trust.md").replace("Text.", "Real edit."));
        awaitReload();
        assertTrue(get("/en/trust/").body().contains("Real edit."));
    }

    @Test
    void brokenFrontMatterShowsItsPlaceInTheBrowserUntilItIsFixed() throws Exception {
        String good = site.read("content/en/trust.md");
        site.write("content/en/trust.md", good.replace("summary: \"How trust grows.\"", "summary: Trust: a guide"));
        awaitReload();
        HttpResponse<String> overlay = get("/en/trust/");
        assertEquals(500, overlay.statusCode());
        assertTrue(overlay.body().contains("content/en/trust.md:3:15"), overlay.body());
        assertTrue(overlay.body().contains("YAML syntax"), overlay.body());
        assertEquals(500, get("/nl/vertrouwen/").statusCode(), "every page shows the problem");

        site.write("content/en/trust.md", good.replace("Text.", "Fixed."));
        awaitReload();
        HttpResponse<String> page = get("/en/trust/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Fixed."));
    }

    @Test
    void aTemplateChangeRebuildsTheWholeSite() throws Exception {
        site.write("templates/404.ftlh", site.read("templates/404.ftlh").replace("<h1>", "<h1 class=\"changed\">"));
        awaitReload();
        assertTrue(get("/en/no-such-page/").body().contains("class=\"changed\""));
    }

    @Test
    void aBrokenTemplateIsShownAndTheServerKeepsRunning() throws Exception {
        String template = site.read("templates/playbook.ftlh");
        site.write("templates/playbook.ftlh", template.replace("${playbook.title}", "${playbook.title"));
        awaitReload();
        HttpResponse<String> overlay = get("/en/trust/");
        assertEquals(500, overlay.statusCode());
        assertTrue(overlay.body().contains("templates/playbook.ftlh:"), overlay.body());
        site.write("templates/playbook.ftlh", template);
        awaitReload();
        assertEquals(200, get("/en/trust/").statusCode());
    }
}
