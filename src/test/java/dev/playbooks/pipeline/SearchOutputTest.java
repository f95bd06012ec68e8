package dev.playbooks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build writes for search, read back from the output folder. */
class SearchOutputTest {
    @TempDir
    Path temp;

    private TestSite built(UnaryOperator<BuildOptions> options) {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        BuildResult result = site.build(options.apply(site.options()));
        assertTrue(result.succeeded(), () -> "build failed: " + result.problems());
        return site;
    }

    @Test
    void eachLanguageGetsAnIndexAndEachPlaybookAFragment() {
        TestSite site = built(options -> options);
        for (String file : List.of("assets/search.js", "en/search-index.js", "nl/search-index.js",
                "en/search/trust.js", "en/search/delegation.js", "nl/search/vertrouwen.js")) {
            assertTrue(Files.isRegularFile(site.out().resolve(file)), file);
        }
        String dutch = site.read("target/site/nl/search-index.js");
        assertTrue(dutch.contains("[\"vertrouwen\",\"Vertrouwen op het werk\",\"een-op-een\",\"Één op één\"]"), dutch);
        assertTrue(dutch.contains("\"suffix\":\"index.html\""), "a site from disk links to index.html files");
        assertTrue(site.read("target/site/nl/search/vertrouwen.js").contains("Stel één vraag"), "checklist text");
    }

    @Test
    void everyPageLoadsTheScriptAndPointsItAtItsLanguagesIndexUnderItsPolicy() throws IOException {
        TestSite site = built(options -> options);
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site.out())) {
            pages = files.filter(f -> f.toString().endsWith(".html")).filter(f -> !f.endsWith("404.html"))
                    .filter(f -> !f.equals(site.out().resolve("index.html"))).toList();
        }
        assertTrue(pages.size() >= 8, pages::toString);
        for (Path file : pages) {
            Document page = site.page(site.out().relativize(file).toString());
            String where = site.out().relativize(file).toString();
            assertTrue(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")
                    .contains("default-src 'self'"), where);
            for (Element script : page.select("script")) {
                assertTrue(script.hasAttr("src") && script.data().isEmpty(), where + ": no inline script");
            }
            assertEquals(site.out().resolve("assets/search.js"), resolve(file, page.selectFirst("script[src$=search.js]").attr("src")));
            String lang = page.selectFirst("html").attr("lang");
            if (page.body().hasClass("page-search")) {
                Element form = page.getElementById("search_page");
                assertEquals(null, page.getElementById("search"), where + ": the results page has its own field");
                assertEquals("search_page_input", page.selectFirst(".search-button").attr("aria-controls"), where);
                assertEquals(site.out().resolve(lang + "/search-index.js"), resolve(file, form.attr("data-index")));
                Element other = form.selectFirst("[data-lang]");
                assertEquals(site.out().resolve(other.attr("data-lang") + "/search/index.html"),
                        resolve(file, other.attr("data-results")), where);
                continue;
            }
            Element form = page.getElementById("search");
            Element dialog = form.parent();
            assertEquals("dialog", dialog.tagName(), where + ": search opens over the page");
            assertFalse(dialog.hasAttr("open"), where + ": closed until a reader opens it, which takes JavaScript");
            assertEquals(dialog.id(), page.selectFirst(".search-button").attr("aria-controls"), where);
            assertEquals(site.out().resolve(lang + "/search-index.js"), resolve(file, form.attr("data-index")), where);
            assertEquals(site.out().resolve(lang + "/search/index.html"), resolve(file, form.attr("data-results")), where);
            for (Element button : form.select("button[data-lang]")) {
                Path index = resolve(file, button.attr("data-index"));
                assertEquals(site.out().resolve(button.attr("data-lang") + "/search-index.js"), index, where);
                assertEquals(site.out().resolve(button.attr("data-lang") + "/search/index.html"),
                        resolve(file, button.attr("data-results")), where);
                assertEquals(String.valueOf(button.attr("data-lang").equals(lang)), button.attr("aria-pressed"));
            }
            assertEquals(2, form.select("button[data-lang]").size(), where);
        }
    }

    @Test
    void eachLanguageHasAResultsPageAndTheRootPageSearchesEachLanguage() {
        TestSite site = built(options -> options);
        for (String lang : List.of("en", "nl")) {
            Document results = site.page(lang + "/search/index.html");
            assertEquals(lang, results.selectFirst("html").attr("lang"));
            assertTrue(results.body().hasClass("page-search"));
            assertEquals("q", results.getElementById("search_page_input").attr("name"));
            String other = lang.equals("en") ? "nl" : "en";
            assertTrue(results.selectFirst(".language-switcher a[hreflang=" + other + "]").attr("href")
                    .endsWith("/" + other + "/search/index.html"),
                    "the other language's results page is its translation");
        }
        Document root = site.page("index.html");
        for (String lang : List.of("en", "nl")) {
            Element form = root.selectFirst("section[data-lang=" + lang + "] form.language-search");
            assertEquals(site.out().resolve(lang + "/search/index.html"),
                    resolve(site.out().resolve("index.html"), form.attr("action")));
            assertEquals("q", form.selectFirst("input").attr("name"));
        }
        assertEquals("Zoek in de draaiboeken", root.selectFirst("section[data-lang=nl] label").text());
    }

    @Test
    void theSearchBoxSpeaksThePagesLanguage() {
        TestSite site = built(options -> options);
        Element dutch = site.page("nl/vertrouwen/index.html").getElementById("search");
        assertEquals("Zoeken", dutch.selectFirst("label").text());
        assertEquals("Geen resultaten voor ‘{query}’", dutch.attr("data-none"));
        assertEquals("{count} resultaten", dutch.attr("data-many"));
        assertEquals("Zoek in de draaiboeken in het Engels", dutch.selectFirst("button[data-lang=en]").attr("title"));
        Element english = site.page("en/trust/index.html").getElementById("search");
        assertEquals("No results for “{query}”", english.attr("data-none"));
    }

    @Test
    void aSiteForAServerLinksToFoldersAndNotFoundPagesUseAbsoluteAddresses() {
        TestSite site = built(options -> options.withBaseUrl("https://playbooks.example.org/"));
        assertTrue(site.read("target/site/en/search-index.js").contains("\"suffix\":\"\""));
        Document notFound = site.page("nl/404.html");
        assertEquals("https://playbooks.example.org/assets/search.js", notFound.selectFirst("script[src$=search.js]").attr("src"));
        assertEquals("https://playbooks.example.org/nl/search-index.js",
                notFound.getElementById("search").attr("data-index"));
    }

    @Test
    void checkWritesNoIndex() {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        assertTrue(site.build(site.options().withWrite(false)).succeeded());
        assertFalse(Files.exists(site.out()));
    }

    private static Path resolve(Path page, String href) {
        return Path.of(page.toUri().resolve(URI.create(href))).normalize();
    }
}
