package dev.playbooks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import dev.playbooks.content.ProjectLayout;
import dev.playbooks.content.UiStringReader;
import dev.playbooks.model.UiString;
import dev.playbooks.problem.Problems;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tag page's language versions, built through the real pipeline: the tag the author paired it with in the UI
 * strings, else the tag spelled alike, else none, as for an untranslated page.
 */
class TagPairsSiteTest {
    private static final String BASE = "https://playbooks.example.org/";

    @TempDir
    Path temp;

    TestSite site;

    @BeforeEach
    void writeSite() {
        site = TestSite.create(temp).withTrustPlaybooks();
        site.playbook("en", "coaching", "title: Coaching\nsummary: Asking.\ntags: [coaching, feedback]", "Ask.\n");
        site.playbook("nl", "coachen", "title: Coachen\nsummary: Vragen.\ntags: [Coaching, feedback]", "Vraag.\n");
    }

    /** Adds {@code tagPairs}, with the pairs given as indented lines, to a language's UI strings. */
    static void statePairs(TestSite site, String language, String pairs) {
        String file = "i18n/" + language + ".yaml";
        site.write(file, site.read(file) + "tagPairs:\n" + pairs);
    }

    private void build() {
        BuildResult result = site.build(site.options().withBaseUrl(BASE));
        assertTrue(result.succeeded(), () -> "build failed: " + result.problems());
        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
    }

    private Element switcherLink(String page, String language) {
        return site.page(page).selectFirst(".language-switcher a[rel=alternate][hreflang=" + language + "]");
    }

    private static String alternate(Document page, String language) {
        Element link = page.selectFirst("link[rel=alternate][hreflang=" + language + "]");
        return link == null ? null : link.attr("href");
    }

    private void assertTrustAndVertrouwenLeadToEachOther() {
        assertEquals("../../../en/tags/trust/", switcherLink("nl/tags/vertrouwen/index.html", "en").attr("href"));
        assertEquals("../../../nl/tags/vertrouwen/", switcherLink("en/tags/trust/index.html", "nl").attr("href"));
    }

    @Test
    void aPairedTagPageLeadsToItsTopicInTheOtherLanguageBothWays() {
        statePairs(site, "nl", "  en:\n    vertrouwen: trust\n");
        build();
        assertTrustAndVertrouwenLeadToEachOther();
        Document dutch = site.page("nl/tags/vertrouwen/index.html");
        assertEquals(BASE + "en/tags/trust/", alternate(dutch, "en"));
        assertEquals(BASE + "nl/tags/vertrouwen/", alternate(dutch, "nl"));
        assertEquals(BASE + "en/tags/trust/", alternate(dutch, "x-default"));
        assertEquals(BASE + "nl/tags/vertrouwen/", alternate(site.page("en/tags/trust/index.html"), "nl"));
    }

    @Test
    void aPairStatedInTheOtherLanguagesFileHoldsAsWell() {
        statePairs(site, "en", "  nl:\n    Trust: Vertrouwen\n");
        build();
        assertTrustAndVertrouwenLeadToEachOther();
    }

    @Test
    void anUnpairedTagPageSaysItIsNotAvailableAndClaimsNoAlternate() {
        statePairs(site, "nl", "  en:\n    vertrouwen: trust\n");
        build();
        Document autonomie = site.page("nl/tags/autonomie/index.html");
        assertNull(alternate(autonomie, "en"));
        assertEquals(BASE + "nl/tags/autonomie/", alternate(autonomie, "x-default"));
        Element notice = autonomie.selectFirst(".language-switcher .language-missing");
        assertEquals("en", notice.attr("lang"));
        assertEquals("../../../en/", notice.selectFirst("a").attr("href"), "offers the English home instead");
    }

    @Test
    void tagsSpelledAlikeAreOneTopicWithoutAPair() {
        build();
        assertEquals("../../../en/tags/coaching/", switcherLink("nl/tags/coaching/index.html", "en").attr("href"));
        assertEquals("../../../nl/tags/feedback/", switcherLink("en/tags/feedback/index.html", "nl").attr("href"));
    }

    @Test
    void aTagPairedOtherwiseIsNotTheSameTopicAsItsNamesake() {
        site.playbook("en", "comments", "title: Comments\nsummary: Words.\ntags: [comments]", "Say.\n");
        statePairs(site, "nl", "  en:\n    feedback: comments\n");
        build();
        assertEquals("../../../en/tags/comments/", switcherLink("nl/tags/feedback/index.html", "en").attr("href"));
        assertNull(switcherLink("en/tags/feedback/index.html", "nl"), "Dutch 'feedback' is about comments");
        assertNull(alternate(site.page("en/tags/feedback/index.html"), "nl"));
    }

    @Test
    void pairsAreNeitherUiStringsNorMissingFromTheOtherLanguage() {
        statePairs(site, "nl", "  en:\n    vertrouwen: trust\n");
        build();
        Map<String, UiString> strings = UiStringReader.read(site.path("i18n/nl.yaml"), ProjectLayout.at(site.root()),
                new Problems());
        assertTrue(strings.containsKey("tag.title"));
        assertTrue(strings.keySet().stream().noneMatch(key -> key.startsWith("tagPairs")), strings.keySet()::toString);
    }

    @Test
    void theSitemapListsTheAlternatesOfPairedTagPages() {
        statePairs(site, "nl", "  en:\n    vertrouwen: trust\n");
        build();
        String sitemap = site.read("target/site/sitemap.xml");
        String dutch = "<url><loc>" + BASE + "nl/tags/vertrouwen/</loc>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"" + BASE + "en/tags/trust/\"/>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"nl\" href=\"" + BASE + "nl/tags/vertrouwen/\"/></url>";
        assertTrue(sitemap.contains(dutch), sitemap);
        assertTrue(sitemap.contains("<url><loc>" + BASE + "nl/tags/autonomie/</loc></url>"), "unpaired: none");
    }
}
