package dev.playbooks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds a small bilingual site through the real pipeline and templates and reads the pages back. */
class BilingualSiteTest {
    @TempDir
    Path temp;

    TestSite site;

    @BeforeEach
    void buildSite() {
        site = TestSite.create(temp).withTrustPlaybooks();
        BuildResult result = site.build(site.options().withBaseUrl("https://playbooks.example.org/"));
        assertTrue(result.succeeded(), () -> "build failed: " + result.problems());
    }

    @Test
    void everyPlaybookPageDeclaresItsLanguageAndCanonicalUrl() {
        Document en = site.page("en/trust/index.html");
        Document nl = site.page("nl/vertrouwen/index.html");
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("nl", nl.selectFirst("html").attr("lang"));
        assertEquals("https://playbooks.example.org/nl/vertrouwen/", nl.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void theReadingTimeCountsTheWordsOfHeadingsTextAndChecklistAtTwoHundredAMinute() {
        String words = "## Steps\n\n" + "trust ".repeat(397) + "\n\n- [ ] Ask twice\n";
        site.playbook("en", "long", "title: Long\nsummary: Many words.", words);
        site.playbook("en", "longer", "title: Longer\nsummary: One more.", words + "- [ ] Once more\n");
        assertTrue(site.build(site.options()).succeeded());
        assertTrue(site.page("en/long/index.html").text().contains("2 minutes read"), "400 words");
        assertTrue(site.page("en/longer/index.html").text().contains("3 minutes read"), "402 words");
    }

    @Test
    void alternatesNameEveryTranslationAndAnXDefault() {
        Document nl = site.page("nl/vertrouwen/index.html");
        assertEquals("https://playbooks.example.org/en/trust/",
                nl.selectFirst("link[rel=alternate][hreflang=en]").attr("href"));
        assertEquals("https://playbooks.example.org/nl/vertrouwen/",
                nl.selectFirst("link[rel=alternate][hreflang=nl]").attr("href"));
        assertEquals("https://playbooks.example.org/en/trust/",
                nl.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href"));
    }

    @Test
    void theLanguageSwitcherLandsOnTheTranslatedPlaybook() {
        Element toDutch = site.page("en/trust/index.html").selectFirst(".language-switcher a[hreflang=nl]");
        assertEquals("../../nl/vertrouwen/", toDutch.attr("href"));
        Element toEnglish = site.page("nl/vertrouwen/index.html").selectFirst(".language-switcher a[hreflang=en]");
        assertEquals("../../en/trust/", toEnglish.attr("href"));
    }

    @Test
    void anUntranslatedPlaybookSaysSoAndClaimsNoFalseAlternate() {
        Document delegation = site.page("en/delegation/index.html");
        assertTrue(delegation.select("link[hreflang=nl]").isEmpty(), "no hreflang for a missing translation");
        Element notice = delegation.selectFirst(".language-switcher .language-missing");
        assertEquals("nl", notice.attr("lang"), "the notice is for Dutch readers, so it is in Dutch");
        assertEquals("Nog niet beschikbaar in het Nederlands", notice.selectFirst("span").text());
        assertEquals("../../nl/", notice.selectFirst("a").attr("href"), "offers the Dutch home instead");
    }

    @Test
    void theHomePageOfALanguageShowsWhatIsNotTranslatedYet() {
        Element card = site.page("nl/index.html").selectFirst("#untranslated ~ .cards .card");
        assertEquals("en", card.attr("lang"));
        assertEquals("Delegation", card.selectFirst("h3").text());
        assertEquals("../en/delegation/", card.selectFirst("a").attr("href"));
        assertTrue(site.page("en/index.html").select("#untranslated").isEmpty(), "English has everything");
    }

    @Test
    void playbookPagesLinkToNeighboursAndRelatedPlaybooks() {
        Document trust = site.page("en/trust/index.html");
        assertEquals("../delegation/", trust.selectFirst(".pager a[rel=next]").attr("href"));
        assertTrue(trust.select(".pager a[rel=prev]").isEmpty(), "the first playbook has no previous one");
        assertEquals(List.of("Delegation"), trust.select(".see-also a").eachText(),
                "it links here and shares the tag autonomy, and is listed once");
        assertEquals("links here", trust.selectFirst(".see-also .see-also-why").text());
        assertEquals("Trust at work", trust.selectFirst(".breadcrumb [aria-current=page]").text());
    }

    @Test
    void checklistsBecomeLabelledBoxesWithProgressTextsForTheScript() {
        Document nl = site.page("nl/vertrouwen/index.html");
        Element item = nl.selectFirst("ul.checklist li[data-item=ask-one-question]");
        assertEquals("Stel één vraag", item.selectFirst("label .task-text").text());
        assertTrue(item.selectFirst("label input[type=checkbox]").hasAttr("disabled"), "inert until the script runs");
        assertEquals("1 van 2 stappen gedaan",
                nl.selectFirst(".checklist-strings [data-total=2][data-done=1]").text());
    }

    @Test
    void eachLanguageHasAChecklistsPage() {
        Document page = site.page("nl/checklists/index.html");
        Element group = page.selectFirst(".checklist-group");
        assertEquals("trust", group.attr("data-translation-key"));
        assertEquals(List.of("Stel één vraag", "Deel één doel"), group.select(".task-text").eachText());
        assertEquals("../vertrouwen/", group.selectFirst("h2 a").attr("href"));
    }

    @Test
    void relativeMarkdownLinksBecomeSiteLinksWithTheirAnchor() {
        Element link = site.page("en/trust/index.html").selectFirst(".playbook-body a:contains(delegation)");
        assertEquals("../delegation/#how-to-delegate", link.attr("href"));
        assertEquals("#een-op-een",
                site.page("nl/vertrouwen/index.html").selectFirst(".playbook-body a:contains(link)").attr("href"));
    }

    @Test
    void headingsGetDutchFriendlyIdsAndATableOfContents() {
        Document nl = site.page("nl/vertrouwen/index.html");
        assertEquals("Één op één", nl.getElementById("een-op-een").text());
        assertEquals(List.of("#een-op-een"), nl.select(".toc a").eachAttr("href"));
    }

    @Test
    void checklistItemsCarryStableIdsSharedAcrossLanguages() {
        assertEquals(List.of("ask-one-question", "share-one-goal"),
                site.page("en/trust/index.html").select("li.task-list-item").eachAttr("data-item"));
        assertEquals(List.of("ask-one-question", "share-one-goal"),
                site.page("nl/vertrouwen/index.html").select("li.task-list-item").eachAttr("data-item"),
                "the Dutch steps carry the English source's ids");
        assertEquals("trust", site.page("nl/vertrouwen/index.html").selectFirst("article").attr("data-translation-key"));
    }

    /** Each language's marks on its pages, its contents and its checklists page; code as typed. */
    @Test
    void quotesAndApostrophesAreSetAsEachLanguageSetsThem() {
        String body = "## \"Nee\" zeggen\n\nIt's 's avonds: \"Ja,\" zei ze. `it's \"code\"`\n\n- [ ] Zeg \"nee\"\n";
        site.playbook("en", "quotes", "title: Quotes\nsummary: Marks.", body);
        site.playbook("nl", "aanhalingstekens", "title: Aanhalingstekens\nsummary: Tekens.\ntranslationKey: quotes",
                body);
        site.write("content/nl/_index.md", "---\ntitle: Draaiboeken\nsummary: Alles.\n---\n\nZo'n \"gids\".\n");
        assertTrue(site.build(site.options()).succeeded());
        Document en = site.page("en/quotes/index.html");
        assertEquals("It’s ’s avonds: “Ja,” zei ze. it's \"code\"", en.selectFirst(".playbook-body p").text());
        assertEquals("“Nee” zeggen", en.getElementById("nee-zeggen").text());
        Document nl = site.page("nl/aanhalingstekens/index.html");
        assertEquals("It’s ’s avonds: ‘Ja,’ zei ze. it's \"code\"", nl.selectFirst(".playbook-body p").text());
        assertEquals(List.of("‘Nee’ zeggen"), nl.select(".toc a").eachText());
        assertEquals("Zeg ‘nee’", nl.selectFirst("li[data-item=zeg-nee] .task-text").text());
        assertTrue(site.page("nl/checklists/index.html").select(".task-text").eachText().contains("Zeg ‘nee’"));
        assertTrue(site.page("nl/index.html").text().contains("Zo’n ‘gids’."));
    }

    @Test
    void datesAreWrittenTheWayEachLanguageWritesThem() {
        assertEquals("Last updated November 22, 2026", site.page("en/trust/index.html").selectFirst("time").text());
        assertEquals("Bijgewerkt op 22 november 2026", site.page("nl/vertrouwen/index.html").selectFirst("time").text());
        assertEquals("2026-11-22", site.page("nl/vertrouwen/index.html").selectFirst("time").attr("datetime"));
    }

    @Test
    void theHomePageListsPlaybooksByWeightWithSummariesAndAPluralCount() {
        Document home = site.page("en/index.html");
        assertEquals(List.of("Trust at work", "Delegation"), home.select(".card-title").eachText());
        assertEquals("How trust grows.", home.selectFirst(".card p").text());
        assertTrue(home.selectFirst("#all_playbooks").text().contains("2 playbooks"));
        assertTrue(site.page("nl/index.html").selectFirst("#all_playbooks").text().contains("1 draaiboek"));
    }

    @Test
    void tagsHaveAnIndexAndAPageEachMergingSpellings() {
        Document index = site.page("en/tags/index.html");
        assertEquals(List.of("autonomy", "trust"), index.select(".tag-index a").eachText());
        Document autonomy = site.page("en/tags/autonomy/index.html");
        assertEquals(List.of("Trust at work", "Delegation"), autonomy.select(".card-title").eachText());
    }

    @Test
    void theRootPageOffersEveryLanguageWithPlainLinks() {
        Document root = site.page("index.html");
        assertEquals(List.of("en/", "nl/"), root.select("main a").eachAttr("href"));
        for (Element script : root.select("script")) {
            assertTrue(script.attr("src").startsWith("assets/") && script.data().isEmpty(), script.toString());
        }
        assertTrue(root.select("meta[http-equiv=refresh]").isEmpty(), "no redirect a reader cannot undo");
        assertEquals(List.of("en", "nl", "x-default"), root.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
        assertEquals("https://playbooks.example.org/nl/", root.selectFirst("link[hreflang=nl]").attr("href"));
        assertEquals("https://playbooks.example.org/", root.selectFirst("link[hreflang=x-default]").attr("href"));
    }

    @Test
    void notFoundPagesAreLocalisedAndLinkAbsolutely() {
        Document nl = site.page("nl/404.html");
        assertEquals("nl", nl.selectFirst("html").attr("lang"));
        assertEquals("Pagina niet gevonden", nl.selectFirst("h1").text());
        assertEquals("https://playbooks.example.org/nl/", nl.selectFirst("main a").attr("href"));
        assertTrue(Files.exists(site.out().resolve("404.html")));
    }

    @Test
    void theSitemapListsLanguageAlternates() {
        String sitemap = site.read("target/site/sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://playbooks.example.org/nl/vertrouwen/</loc>"));
        assertTrue(sitemap.contains(
                "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://playbooks.example.org/en/trust/\""));
    }

    @Test
    void eachLanguageHasAnAtomFeed() {
        String feed = site.read("target/site/nl/feed.xml");
        assertTrue(feed.contains("xml:lang=\"nl\""));
        assertTrue(feed.contains("<title>Vertrouwen op het werk</title>"));
        assertTrue(feed.contains("<updated>2026-11-22T00:00:00Z</updated>"));
    }

    @Test
    void aFeedCarriesTheFiftyPlaybooksUpdatedLast() {
        for (int day = 1; day <= 28; day++) {
            for (String month : List.of("09", "10")) {
                site.playbook("en", "p-" + month + "-" + day, "title: P " + month + " " + day + "\nsummary: S.\n"
                        + "updated: 2026-" + month + "-" + String.format("%02d", day), "Text.\n");
            }
        }
        assertTrue(site.build(site.options()).succeeded());
        org.jsoup.nodes.Document feed = org.jsoup.Jsoup.parse(site.read("target/site/en/feed.xml"), "",
                org.jsoup.parser.Parser.xmlParser());
        List<String> titles = feed.select("entry > title").eachText();
        assertEquals(SiteFiles.FEED_ENTRIES, titles.size());
        assertEquals(List.of("Trust at work", "P 10 28", "P 10 27"), titles.subList(0, 3));
        assertFalse(titles.contains("P 09 5"), "the oldest are left out");
    }

    @Test
    void pagesIntroduceThemselvesToBrowsersAndSharingCards() {
        Document nl = site.page("nl/vertrouwen/index.html");
        assertEquals("Hoe vertrouwen groeit.", nl.selectFirst("meta[name=description]").attr("content"));
        assertEquals("article", nl.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("Vertrouwen op het werk", nl.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals("https://playbooks.example.org/nl/vertrouwen/", nl.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals("nl_NL", nl.selectFirst("meta[property=og:locale]").attr("content"));
        assertEquals(List.of("en_US"), nl.select("meta[property=og:locale:alternate]").eachAttr("content"));
        assertEquals("summary", nl.selectFirst("meta[name=twitter:card]").attr("content"));
        assertEquals(2, nl.select("meta[name=theme-color][media]").size(), "light and dark");
        assertEquals("../../assets/favicon.svg", nl.selectFirst("link[rel=icon][type=image/svg+xml]").attr("href"));
        assertTrue(Files.isRegularFile(site.out().resolve("assets/favicon-32.png")));
        assertEquals("website", site.page("nl/index.html").selectFirst("meta[property=og:type]").attr("content"));
        assertTrue(site.page("en/delegation/index.html").select("meta[property=og:locale:alternate]").isEmpty(),
                "no translation, no alternate locale");
    }

    @Test
    void pagesCarryNoInlineScriptAndAContentSecurityPolicy() {
        Document page = site.page("en/trust/index.html");
        assertTrue(page.select("script:not([src])").isEmpty());
        assertFalse(page.select("meta[http-equiv=Content-Security-Policy]").isEmpty());
    }

    @Test
    void backlinksShowWhoReferencesAPlaybook() {
        assertEquals(List.of("Trust at work"),
                site.page("en/delegation/index.html").select(".see-also a[href]").eachText());
    }

    @Test
    void aPlaybookThatLinksTwiceOrToItselfIsListedOnceAndNeverAsItsOwnBacklink() {
        site.playbook("en", "again", "title: Again\nsummary: Links a lot.",
                "See [one](delegation.md), [two](trust.md), [three](delegation.md#how-to-delegate) and [me](again.md).\n");
        assertTrue(site.build(site.options()).succeeded());
        assertEquals(List.of("Again", "Trust at work"),
                site.page("en/delegation/index.html").select(".see-also a[href]").eachText().stream().sorted().toList());
        assertTrue(site.page("en/again/index.html").select(".see-also a[href]").isEmpty());
    }
}
