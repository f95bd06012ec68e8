package dev.playbooks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import dev.playbooks.content.SourceReader;
import dev.playbooks.model.Language;
import dev.playbooks.model.SourceFile;
import dev.playbooks.problem.Problem;
import dev.playbooks.problem.Problems;
import dev.playbooks.problem.Severity;
import dev.playbooks.site.SourceVersions;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A translation records the version of its source it was written from; the build notices when the source moves on. */
class TranslationFreshnessTest {
    @TempDir
    Path temp;

    TestSite site;

    @BeforeEach
    void aTranslationThatMatchesItsSource() {
        site = TestSite.create(temp).withTrustPlaybooks();
        site.playbook("nl", "vertrouwen", """
                title: "Vertrouwen op het werk"
                summary: "Hoe vertrouwen groeit."
                translationKey: trust
                translatedFrom: %s""".formatted(versionOf("content/en/trust.md")), """
                ## Één op één

                - [ ] Stel één vraag
                - [ ] Deel één doel
                """);
    }

    private String versionOf(String file) {
        var source = SourceReader.read(new SourceFile(site.path(file), file, new Language("en"), "x"), new Problems())
                .orElseThrow();
        return SourceVersions.of(new Language("en"), source.meta(), source.body()).toString();
    }

    private void editTheSource() {
        site.write("content/en/trust.md", site.read("content/en/trust.md").replace("Text.", "Text that changed."));
    }

    private static List<Problem> stale(BuildResult result) {
        return result.problems().stream().filter(p -> p.message().contains("translation is stale")).toList();
    }

    @Test
    void aCurrentTranslationIsQuietAndShowsNoNotice() {
        BuildResult result = site.build();
        assertTrue(result.succeeded(), result.problems()::toString);
        assertEquals(List.of(), result.problems());
        assertTrue(site.page("nl/vertrouwen/index.html").select(".stale-translation").isEmpty());
    }

    @Test
    void whitespaceAndFieldsATranslatorLeavesAloneDoNotMakeANewVersion() {
        String before = versionOf("content/en/trust.md");
        site.write("content/en/trust.md", site.read("content/en/trust.md")
                .replace("weight: 1", "weight: 5").replace("Text.", "Text.   ") + "\n\n");
        assertEquals(before, versionOf("content/en/trust.md"));
        editTheSource();
        assertFalse(before.equals(versionOf("content/en/trust.md")));
    }

    @Test
    void aSourceEditMakesTheTranslationStale() {
        editTheSource();
        BuildResult result = site.build();
        assertTrue(result.succeeded(), "stale is a warning");
        Problem problem = stale(result).get(0);
        assertEquals("content/nl/vertrouwen.md:5:1", problem.place());
        assertEquals(Severity.WARNING, problem.severity());
        assertTrue(problem.message().contains("content/en/trust.md has changed since en@"), problem.message());
        assertTrue(problem.hint().contains("translatedFrom: " + versionOf("content/en/trust.md")), problem.hint());
    }

    @Test
    void theStalePageTellsItsReadersInTheirLanguageAndLinksToTheSource() {
        editTheSource();
        site.build();
        Document nl = site.page("nl/vertrouwen/index.html");
        Element notice = nl.selectFirst(".stale-translation");
        assertTrue(notice.text().startsWith("Het origineel in het Engels is aangepast"), notice.text());
        Element link = notice.selectFirst("a");
        assertEquals("../../en/trust/index.html", link.attr("href"));
        assertEquals("en", link.attr("hreflang"));
        assertEquals("Lees het origineel in het Engels", link.text());
        assertTrue(site.page("en/trust/index.html").select(".stale-translation").isEmpty(), "the source is not stale");
    }

    @Test
    void strictLeavesStaleTranslationsAsWarningsButFailOnStaleMakesThemErrors() {
        editTheSource();
        BuildResult strict = site.build(site.options().withStrict(true));
        assertTrue(strict.succeeded(), strict.problems()::toString);
        assertEquals(Severity.WARNING, stale(strict).get(0).severity());

        BuildResult failing = site.build(site.options().withFailOnStale(true));
        assertFalse(failing.succeeded());
        assertEquals(Severity.ERROR, stale(failing).get(0).severity());
    }

    @Test
    void bringingTheTranslationUpToDateClearsIt() {
        editTheSource();
        site.write("content/nl/vertrouwen.md", site.read("content/nl/vertrouwen.md")
                .replaceAll("translatedFrom: .*", "translatedFrom: " + versionOf("content/en/trust.md")));
        assertEquals(List.of(), site.build().problems());
    }

    @Test
    void aDraftTranslationIsNotReportedUntilItIsPublished() {
        editTheSource();
        site.write("content/nl/vertrouwen.md", site.read("content/nl/vertrouwen.md")
                .replace("translationKey: trust", "translationKey: trust\ndraft: true"));
        assertEquals(List.of(), stale(site.build()));
        assertEquals(1, stale(site.build(site.options().withDrafts(true))).size());
    }

    @Test
    void aMalformedVersionIsAnErrorAtItsValue() {
        site.write("content/nl/vertrouwen.md", site.read("content/nl/vertrouwen.md")
                .replaceAll("translatedFrom: .*", "translatedFrom: english"));
        BuildResult result = site.build();
        assertFalse(result.succeeded());
        Problem problem = result.problems().get(0);
        assertEquals("content/nl/vertrouwen.md:5:17", problem.place());
        assertTrue(problem.message().contains("such as en@3f2a9c1d, found 'english'"), problem.message());
    }

    @Test
    void aSourceInAnotherGroupOrTheOwnLanguageIsReported() {
        site.write("content/nl/vertrouwen.md", site.read("content/nl/vertrouwen.md")
                .replaceAll("translatedFrom: .*", "translatedFrom: de@0123abcd"));
        Problem orphan = site.build().problems().get(0);
        assertEquals(Severity.WARNING, orphan.severity());
        assertTrue(orphan.message().contains("no playbook in content/de/ has translationKey 'trust'"));

        site.write("content/nl/vertrouwen.md", site.read("content/nl/vertrouwen.md")
                .replaceAll("translatedFrom: .*", "translatedFrom: nl@0123abcd"));
        BuildResult result = site.build();
        assertFalse(result.succeeded());
        assertTrue(result.problems().get(0).message().contains("names this page's own language"));
    }

    @Test
    void aTranslationsChecklistItemsCarryItsSourcesIdsSoTicksFollowTheStepsAcrossLanguages() {
        assertTrue(site.build().succeeded());
        List<String> english = site.page("en/trust/index.html").select("li[data-item]").eachAttr("data-item");
        assertEquals(List.of("ask-one-question", "share-one-goal"), english);
        assertEquals(english, site.page("nl/vertrouwen/index.html").select("li[data-item]").eachAttr("data-item"));
    }

    @Test
    void aChecklistThatNoLongerLinesUpWithItsSourcesIsNamedAtItsItemButIsNoMistake() {
        site.write("content/en/trust.md", site.read("content/en/trust.md")
                .replace("- [ ] Ask one question", "- [ ] Listen first\n- [ ] Ask one question"));
        BuildResult strict = site.build(site.options().withStrict(true));
        assertTrue(strict.succeeded(), "a translation that lags behind is a state of the site: " + strict.problems());
        Problem mismatch = strict.problems().stream().filter(p -> p.message().contains("checklist has"))
                .findFirst().orElseThrow();
        assertEquals("content/nl/vertrouwen.md:10:1", mismatch.place(), "its last item, where the missing step would go");
        assertEquals(Severity.WARNING, mismatch.severity());
        assertEquals("this checklist has 2 items where its source content/en/trust.md has 3, so a reader's ticks no "
                + "longer follow the steps between the two languages", mismatch.message());
        assertEquals(List.of("stel-een-vraag", "deel-een-doel"),
                site.page("nl/vertrouwen/index.html").select("li[data-item]").eachAttr("data-item"),
                "its own ids until the lists match again, rather than ticks on the wrong steps");
        assertFalse(site.build(site.options().withFailOnStale(true)).succeeded());
    }
}
