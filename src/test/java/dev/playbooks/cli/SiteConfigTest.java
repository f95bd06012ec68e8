package dev.playbooks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code playbooks.yaml}: the site's address and repository, written once, as a build uses them. */
class SiteConfigTest {
    @TempDir
    Path temp;

    TestSite site;
    final Console console = new Console();

    @BeforeEach
    void project() {
        site = TestSite.create(temp).withTrustPlaybooks();
    }

    private int build(String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "build";
        System.arraycopy(options, 0, args, 1, options.length);
        return console.run(site.root(), args);
    }

    @Test
    void theBaseUrlIsUsedUnlessTheCommandLineGivesOne() {
        site.write("playbooks.yaml", "baseUrl: https://playbooks.example.org/guide\n");
        assertEquals(0, build());
        Document page = site.page("en/trust/index.html");
        assertEquals("https://playbooks.example.org/guide/en/trust/", page.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(site.read("target/site/sitemap.xml").contains("https://playbooks.example.org/guide/en/trust/"));
        assertTrue(!console.out().contains("in a browser"), "a site for an address is not opened from disk");

        assertEquals(0, build("--base-url", "https://staging.example.org/"));
        assertEquals("https://staging.example.org/en/trust/",
                site.page("en/trust/index.html").selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void everyPlaybookLinksToItsOwnFileInTheRepository() {
        site.write("playbooks.yaml", """
                repository:
                  url: https://github.com/example/playbooks/
                  branch: trunk
                  folder: site
                """);
        assertEquals(0, build());
        assertEquals(Map.of(
                        "en/trust/index.html", "https://github.com/example/playbooks/edit/trunk/site/content/en/trust.md",
                        "nl/vertrouwen/index.html",
                        "https://github.com/example/playbooks/edit/trunk/site/content/nl/vertrouwen.md"),
                Map.of("en/trust/index.html", editLink("en/trust/index.html").attr("href"),
                        "nl/vertrouwen/index.html", editLink("nl/vertrouwen/index.html").attr("href")));
        assertEquals("Deze pagina bewerken", editLink("nl/vertrouwen/index.html").text());

        site.write("playbooks.yaml", "repository:\n  url: https://gitlab.com/example/playbooks\n");
        assertEquals(0, build());
        assertEquals("https://gitlab.com/example/playbooks/-/edit/main/content/en/trust.md",
                editLink("en/trust/index.html").attr("href"));

        Files.exists(site.path("playbooks.yaml"));
        site.delete("playbooks.yaml");
        assertEquals(0, build());
        assertNull(editLink("en/trust/index.html"), "no repository, no link");
    }

    private Element editLink(String page) {
        return site.page(page).selectFirst(".edit-page a");
    }

    @Test
    void anUnknownKeyIsAWarningNamingTheKeyMeant() {
        site.write("playbooks.yaml", "# the site\nbaseURL: https://playbooks.example.org/\n");
        assertEquals(0, build());
        assertTrue(console.err().contains("playbooks.yaml:2:1: warning: unknown key 'baseURL'\n"
                + "    hint: did you mean 'baseUrl'?"), console.err());
        assertEquals(2, build("--strict"), "under --strict, a mistake in what stands for options");
    }

    @Test
    void aBadAddressStopsTheBuildAtItsLineAsAUsageError() {
        assertEquals(0, build());
        Map<String, String> before = site.snapshotOfOutput();
        site.write("playbooks.yaml", "repository:\n  url: https://github.com/example/playbooks\n"
                + "baseUrl: ftp://user:secret@example.org/\n");
        assertEquals(2, build());
        assertTrue(console.err().startsWith("playbooks.yaml:3:10: error: baseUrl must be an http or https "
                + "address\n"), console.err());
        assertEquals(before, site.snapshotOfOutput(), "the previous site stays");
        site.write("playbooks.yaml", "baseUrl: https://user:secret@example.org/\n");
        assertEquals(2, build(), "a password would be published in every page");
    }

    @Test
    void aSiteBuiltForDiskWorksFromDiskNotFoundPageIncluded() {
        assertEquals(0, build());
        Document notFound = site.page("en/404.html");
        assertEquals("../assets/site.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("index.html", notFound.selectFirst(".site-header a").attr("href"));
        assertNull(notFound.selectFirst("link[rel=canonical]"), "no address to name");
        assertTrue(site.page("en/trust/index.html").select("link[rel=alternate][hreflang]").isEmpty());
        for (Element link : notFound.select("a[href], link[href], script[src]")) {
            String href = link.hasAttr("src") ? link.attr("src") : link.attr("href");
            assertTrue(!href.startsWith("http://localhost"), link.toString());
        }
    }
}
