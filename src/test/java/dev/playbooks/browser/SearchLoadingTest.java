package dev.playbooks.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbooks.TestSite;
import dev.playbooks.serve.LivePreview;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What search adds to a page a reader only reads: the box and the two small modules of text. The modules that
 * decode and rank arrive with the index (and the stemmer of its language after it) when the reader first focuses the
 * box, from beside search.js wherever the
 * page lies, and the page's Content-Security-Policy lets them all through, from disk as from {@code serve}.
 */
class SearchLoadingTest extends SearchFixtureBrowser {
    @Test
    void fromDisk() {
        assertTheSearchModulesWaitForTheReader(site.out().toUri(), "en/coaching/index.html", "en");
    }

    @Test
    void fromServe() throws IOException {
        try (LivePreview preview = LivePreview.start(site.options().withOutput(temp.resolve("serve")),
                InetAddress.getLoopbackAddress(), 0, result -> { })) {
            assertTheSearchModulesWaitForTheReader(preview.address(), "nl/leiding/", "nl");
        }
    }

    private static void assertTheSearchModulesWaitForTheReader(URI site, String page, String lang) {
        open(site.resolve(page).toString());
        assertEquals(List.of("fold", "snippet"), loadedModules());
        assertEquals(false, browser.executeScript("return 'playbooksSearchIndex' in window"));
        assertEquals(List.of("assets/checklists.js", "assets/search.js", "assets/search/fold.js",
                "assets/search/snippet.js", "assets/site.js", "assets/theme.js"), scripts(site));

        browser.findElement(By.className("search-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                browser.executeScript("return !!(window.playbooksSearchIndex || {})[arguments[0]]", lang).equals(true)
                        && loadedModules().contains("stem-" + lang));
        // The stemmer of the index's language comes with it, and no other.
        assertEquals(List.of("fold", "index", "query", "rank", "snippet", "stem-" + lang), loadedModules());
        assertEquals(List.of("assets/checklists.js", "assets/search.js", "assets/search/fold.js",
                "assets/search/index.js", "assets/search/query.js", "assets/search/rank.js",
                "assets/search/snippet.js", "assets/search/stem-" + lang + ".js", "assets/site.js", "assets/theme.js",
                lang + "/search-index.js"), scripts(site));
        assertEquals(List.of(), browser.executeScript("return window.blocked"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> loadedModules() {
        return (List<String>) browser.executeScript("return Object.keys(window.PlaybooksSearchModules || {}).sort()");
    }

    /** The site's scripts in the page, by their path in the site (serve's live-reload script is not the site's). */
    @SuppressWarnings("unchecked")
    private static List<String> scripts(URI site) {
        List<String> sources = (List<String>) browser.executeScript("return Array.from(document.scripts, s => s.src)");
        return sources.stream().map(source -> site.relativize(URI.create(source)).toString())
                .filter(path -> !path.startsWith("__playbooks/")).sorted().toList();
    }
}
