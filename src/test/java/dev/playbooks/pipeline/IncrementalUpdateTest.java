package dev.playbooks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import dev.playbooks.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code serve} relies on: after any edit, {@link Pipeline#update} leaves the output folder exactly as a
 * fresh full build of the same files would, while rendering only the pages the edit affects.
 */
class IncrementalUpdateTest {
    @TempDir
    Path temp;

    TestSite site;
    Pipeline builder;

    @BeforeEach
    void buildOnce() throws IOException {
        site = TestSite.create(temp).withTrustPlaybooks();
        buildAfresh();
    }

    /** Builds the whole site, as the first run of {@code serve} does. */
    void buildAfresh() throws IOException {
        builder = new Pipeline(site.options()).keepingSnapshots();
        assertTrue(builder.run().succeeded());
    }

    /** Brings the site up to date after the files {@code changed} were saved, created or deleted. */
    BuildResult update(Set<Path> changed) throws IOException {
        return builder.update(changed);
    }

    /** Applies an update and checks the output against a full build into a folder of its own. */
    private BuildResult updateAndCompare(String... changed) {
        try {
            Set<Path> paths = new java.util.HashSet<>();
            for (String file : changed) {
                paths.add(site.path(file));
            }
            BuildResult update = update(paths);
            Path fresh = temp.resolve("fresh");
            BuildResult full = new Pipeline(site.options().withOutput(fresh)).run();
            assertEquals(full.succeeded(), update.succeeded(), () -> update.problems().toString());
            assertEquals(full.problems(), update.problems());
            if (full.succeeded()) {
                Map<String, String> expected = TestSite.snapshotOf(fresh);
                Map<String, String> actual = site.snapshotOfOutput();
                assertEquals(expected.keySet(), actual.keySet());
                expected.forEach((file, hash) -> assertEquals(hash, actual.get(file), file + " differs"));
                assertEquals(TestSite.foldersOf(fresh), TestSite.foldersOf(site.out()), "the same folders, none empty");
            }
            return update;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anEditedBodyRendersOnlyThatPage() {
        site.write("content/en/trust.md", site.read("content/en/trust.md").replace("\nText.\n", "\nNew text.\n"));
        BuildResult result = updateAndCompare("content/en/trust.md");
        // The page alone (no other page, list, feed or sitemap shows the body), its text for search snippets, and
        // its language's search index.
        assertEquals(3, result.filesWritten());
        assertTrue(site.read("target/site/en/trust/index.html").contains("New text."));
    }

    @Test
    void wordsThatComeAndGoOverSeveralEditsLeaveTheSearchIndexAsAFullBuildWritesIt() {
        String trust = site.read("content/en/trust.md");
        for (String text : java.util.List.of("Zebras graze.", "Aardvarks dig; zebras graze.", "Text.")) {
            site.write("content/en/trust.md", trust.replace("\nText.\n", "\n" + text + "\n"));
            updateAndCompare("content/en/trust.md");
        }
    }

    @Test
    void aNewTitleReachesTheListsAndThePagesItLinksTo() {
        site.playbook("en", "delegation", """
                title: "Handing over"
                summary: "Handing over work."
                translationKey: delegation
                tags: [Autonomy]
                weight: 2""", "Back to [trust](trust.md).\n\n## How to delegate\n\nHand it over.\n");
        updateAndCompare("content/en/delegation.md");
        assertTrue(site.page("en/trust/index.html").select(".see-also a").text().contains("Handing over"));
    }

    @Test
    void tagsThatAppearOrVanishGetOrLoseTheirPages() {
        site.playbook("en", "delegation", """
                title: "Delegation"
                summary: "Handing over work."
                translationKey: delegation
                tags: [Handover]
                weight: 2""", "Back to [trust](trust.md).\n\n## How to delegate\n\nHand it over.\n");
        updateAndCompare("content/en/delegation.md");
        assertTrue(Files.exists(site.out().resolve("en/tags/handover/index.html")));
    }

    @Test
    void playbooksThatAppearAndGoAreAddedAndRemoved() {
        site.playbook("en", "coaching", "title: Coaching\nsummary: Asking.\ntags: [trust]", "See [trust](trust.md).\n");
        updateAndCompare("content/en/coaching.md");
        assertTrue(Files.exists(site.out().resolve("en/coaching/index.html")));
        site.delete("content/en/coaching.md");
        updateAndCompare("content/en/coaching.md");
        assertFalse(Files.exists(site.out().resolve("en/coaching")));
    }

    @Test
    void draftsComeAndGoWithTheirFlag() {
        String published = site.read("content/nl/vertrouwen.md");
        site.write("content/nl/vertrouwen.md", published.replace("weight: 1", "weight: 1\ndraft: true"));
        updateAndCompare("content/nl/vertrouwen.md");
        assertFalse(Files.exists(site.out().resolve("nl/vertrouwen")));
        site.write("content/nl/vertrouwen.md", published);
        updateAndCompare("content/nl/vertrouwen.md");
        assertTrue(Files.exists(site.out().resolve("nl/vertrouwen/index.html")));
    }

    @Test
    void aNewTranslationKeyChangesBothLanguageSwitchers() {
        site.playbook("nl", "vertrouwen", """
                title: "Vertrouwen op het werk"
                summary: "Hoe vertrouwen groeit."
                translationKey: delegation""", "## Één op één\n\n- [ ] Stel één vraag\n- [ ] Deel één doel\n");
        updateAndCompare("content/nl/vertrouwen.md");
    }

    @Test
    void aSourceEditMakesItsTranslationStaleOnThePage() {
        String recorded = dev.playbooks.site.SourceVersions.of(new dev.playbooks.model.Language("en"),
                readMeta("content/en/delegation.md"), readBody("content/en/delegation.md")).toString();
        site.playbook("nl", "delegeren", "title: Delegeren\nsummary: Werk overdragen.\ntranslationKey: delegation\n"
                + "translatedFrom: " + recorded, "## Hoe\n\nDraag het over.\n");
        updateAndCompare("content/nl/delegeren.md");
        assertTrue(site.page("nl/delegeren/index.html").select(".stale-translation").isEmpty());

        site.playbook("en", "delegation", """
                title: "Delegation"
                summary: "Handing over work."
                translationKey: delegation
                tags: [Autonomy]
                weight: 2""", "Back to [trust](trust.md).\n\n## How to delegate\n\nHand it over, then step back.\n");
        BuildResult result = updateAndCompare("content/en/delegation.md");
        assertTrue(result.succeeded());
        Problem stale = result.problems().stream().filter(p -> p.message().contains("stale")).findFirst().orElseThrow();
        assertEquals("content/nl/delegeren.md:5:1", stale.place());
        assertEquals("../../en/delegation/index.html",
                site.page("nl/delegeren/index.html").selectFirst(".stale-translation a").attr("href"));
    }

    @Test
    void orderSummariesTagSpellingsLinksAndTranslationsEachReachEveryPageThatShowsThem() {
        String delegation = site.read("content/en/delegation.md");
        site.write("content/en/delegation.md", delegation.replace("weight: 2", "weight: 0"));
        updateAndCompare("content/en/delegation.md");
        site.write("content/en/delegation.md", delegation.replace("Handing over work.", "Letting go of work."));
        updateAndCompare("content/en/delegation.md");
        site.write("content/en/delegation.md", delegation.replace("weight: 2", "weight: 0")
                .replace("[Autonomy]", "[AUTONOMY, trust]"));
        updateAndCompare("content/en/delegation.md");
        site.write("content/en/delegation.md", delegation.replace("Back to [trust](trust.md).", "No links."));
        updateAndCompare("content/en/delegation.md");
        site.write("content/en/delegation.md", delegation);
        updateAndCompare("content/en/delegation.md");
        site.playbook("nl", "delegeren", "title: Delegeren\nsummary: Werk overdragen.\ntranslationKey: delegation",
                "Terug naar [vertrouwen](vertrouwen.md).\n");
        updateAndCompare("content/nl/delegeren.md");
        site.delete("content/nl/delegeren.md");
        updateAndCompare("content/nl/delegeren.md");
    }

    @Test
    void aDraftSourceThatChangesMakesItsPublishedTranslationStale() {
        site.write("content/en/delegation.md", site.read("content/en/delegation.md").replace("weight: 2",
                "weight: 2\ndraft: true"));
        site.write("content/en/trust.md", site.read("content/en/trust.md").replace("(delegation.md#how-to-delegate)",
                "(trust.md#why-trust-matters)"));
        String recorded = dev.playbooks.site.SourceVersions.of(new dev.playbooks.model.Language("en"),
                readMeta("content/en/delegation.md"), readBody("content/en/delegation.md")).toString();
        site.playbook("nl", "delegeren", "title: Delegeren\nsummary: Werk overdragen.\ntranslationKey: delegation\n"
                + "translatedFrom: " + recorded, "## Hoe\n\nDraag het over.\n");
        updateAndCompare("content/en/delegation.md", "content/en/trust.md", "content/nl/delegeren.md");

        site.write("content/en/delegation.md", site.read("content/en/delegation.md").replace("Hand it over.",
                "Hand it over, then step back."));
        updateAndCompare("content/en/delegation.md");
        assertFalse(site.page("nl/delegeren/index.html").select(".stale-translation").isEmpty());
    }

    @Test
    void aHomeIntroductionIsPickedUp() {
        site.write("content/en/_index.md", "---\ntitle: Welcome\nsummary: All about trust.\n---\nHello.\n");
        updateAndCompare("content/en/_index.md");
        site.write("content/en/_index.md", "---\ntitle: Welcome back\nsummary: All about trust.\n---\nHello.\n");
        updateAndCompare("content/en/_index.md");
        assertEquals("Welcome back", site.page("en/index.html").selectFirst("h1").text());
    }

    @Test
    void aBrokenFileFailsTheUpdateAndLeavesTheSiteUntilItIsFixed() {
        Map<String, String> good = site.snapshotOfOutput();
        site.write("content/en/trust.md", "---\ntitle: Trust\nsummary: [unclosed\n---\nBody\n");
        BuildResult broken = updateAndCompare("content/en/trust.md");
        assertFalse(broken.succeeded());
        assertEquals("content/en/trust.md", broken.problems().get(0).file());
        assertEquals(good, site.snapshotOfOutput());

        site.playbook("en", "trust", "title: Trust again\nsummary: Fixed.\ntranslationKey: trust",
                "## Why trust matters\n");
        assertTrue(updateAndCompare("content/en/trust.md").succeeded());
    }

    @Test
    void aBrokenLinkInAnUnchangedPageIsFoundWhenItsTargetLosesAHeading() {
        site.playbook("en", "delegation", "title: Delegation\nsummary: Handing over work.\ntranslationKey: delegation",
                "Back to [trust](trust.md).\n\n## Other heading\n");
        BuildResult result = updateAndCompare("content/en/delegation.md");
        assertFalse(result.succeeded());
        assertTrue(result.problems().stream().anyMatch(p -> p.file().equals("content/en/trust.md")));
    }

    @Test
    void soundLinksOfAnUnchangedPageAreCheckedAgainWhenTheirTargetBecomesADraftOrGoes() {
        String delegation = site.read("content/en/delegation.md");
        site.write("content/en/delegation.md", delegation.replace("weight: 2", "weight: 2\ndraft: true"));
        assertTrue(updateAndCompare("content/en/delegation.md").problems().stream()
                .anyMatch(p -> p.file().equals("content/en/trust.md") && p.message().contains("draft")));
        site.write("content/en/delegation.md", delegation);
        assertTrue(updateAndCompare("content/en/delegation.md").succeeded());

        site.delete("content/en/delegation.md");
        assertTrue(updateAndCompare("content/en/delegation.md").problems().stream()
                .anyMatch(p -> p.file().equals("content/en/trust.md") && p.message().contains("does not exist")));
        site.write("content/en/delegation.md", delegation);
        assertTrue(updateAndCompare("content/en/delegation.md").succeeded());
    }

    @Test
    void aTemplateChangeRebuildsEverything() {
        site.write("templates/404.ftlh", site.read("templates/404.ftlh") + "\n");
        BuildResult result = updateAndCompare("templates/404.ftlh");
        assertTrue(result.filesWritten() > 10, "a full build writes every file");
    }

    /**
     * Nothing but the data a template gets decides whether its page is written again: a template that shows more
     * than the shipped one (here how many playbooks carry each of the page's tags, which changes when another
     * playbook takes or drops the tag) needs no change to the pipeline to stay up to date.
     */
    @Test
    void aTemplateMayShowAnyPartOfWhatItGets() throws IOException {
        site.write("templates/playbook.ftlh", site.read("templates/playbook.ftlh").replace("<#if playbook.next??>",
                "<p class=\"tag-counts\"><#list playbook.tags as tag>${tag.name} (${tag.count}) </#list></p>\n"
                        + "<#if playbook.next??>"));
        buildAfresh();
        String delegation = site.read("content/en/delegation.md");
        site.write("content/en/delegation.md", delegation.replace("[Autonomy]", "[Autonomy, trust]"));
        BuildResult result = updateAndCompare("content/en/delegation.md");
        assertEquals("trust (2) autonomy (2)", site.page("en/trust/index.html").selectFirst(".tag-counts").text());
        assertTrue(result.filesWritten() < 20, "the pages that show the tags, not all: " + result.filesWritten());
        site.write("content/en/delegation.md", delegation.replace("[Autonomy]", "[]"));
        updateAndCompare("content/en/delegation.md");
        assertEquals("trust (1) autonomy (1)", site.page("en/trust/index.html").selectFirst(".tag-counts").text());
    }

    /** The Dutch trust playbook records no source: a change to the English checklist still reaches its item ids. */
    @Test
    void aSourcesChecklistEditReachesTheIdsItsTranslationsItemsCarry() {
        String trust = site.read("content/en/trust.md");
        site.write("content/en/trust.md", trust.replace("- [x] Share one goal", "- [x] Share one clear goal"));
        updateAndCompare("content/en/trust.md");
        assertEquals(List.of("ask-one-question", "share-one-clear-goal"),
                site.page("nl/vertrouwen/index.html").select("li[data-item]").eachAttr("data-item"));
        site.write("content/en/trust.md", trust.replace("- [x] Share one goal", "- [x] Share one goal\n- [ ] Listen"));
        updateAndCompare("content/en/trust.md");
        assertEquals(List.of("stel-een-vraag", "deel-een-doel"),
                site.page("nl/vertrouwen/index.html").select("li[data-item]").eachAttr("data-item"));
    }

    @Test
    void anImageThatChangesIsPublishedAgainAndOnlyThePagesThatShowItFollow() {
        site.write("content/images/ladder.svg", MediaTest.LADDER);
        site.write("content/en/delegation.md", site.read("content/en/delegation.md")
                .replace("Hand it over.", "Hand it over.\n\n![The ladder](../images/ladder.svg)"));
        updateAndCompare("content/images/ladder.svg", "content/en/delegation.md");
        site.write("content/images/ladder.svg", MediaTest.LADDER.replace("400 200", "400 300"));
        BuildResult result = updateAndCompare("content/images/ladder.svg");
        // The new picture, the one page that shows it, and with that page its text and its language's index.
        assertEquals(4, result.filesWritten());
        site.delete("content/images/ladder.svg");
        assertFalse(updateAndCompare("content/images/ladder.svg").succeeded(), "a picture that went is missed");
    }

    @Test
    void aNewLanguageIsLinkedIntoEveryPage() {
        site.write("i18n/de.yaml", site.read("i18n/en.yaml"));
        site.playbook("de", "vertrauen", "title: Vertrauen\nsummary: Wie Vertrauen wächst.\ntranslationKey: trust",
                "## Warum\n\nText.\n");
        updateAndCompare("i18n/de.yaml", "content/de/vertrauen.md", "content/de");
        assertTrue(Files.exists(site.out().resolve("de/vertrauen/index.html")));
        site.delete("content/de/vertrauen.md");
        site.delete("content/de");
        updateAndCompare("content/de/vertrauen.md", "content/de");
        assertFalse(Files.exists(site.out().resolve("de")));
    }

    private String switcherToEnglish(String page) {
        org.jsoup.nodes.Element link =
                site.page(page).selectFirst(".language-switcher a[rel=alternate][hreflang=en]");
        return link == null ? "" : link.attr("href");
    }

    @Test
    void aTagPairStatedInTheUiStringsReachesTheTagPagesOfBothLanguages() {
        site.write("i18n/nl.yaml", site.read("i18n/nl.yaml") + "tagPairs:\n  en:\n    vertrouwen: trust\n");
        updateAndCompare("i18n/nl.yaml");
        assertEquals("../../../en/tags/trust/index.html", switcherToEnglish("nl/tags/vertrouwen/index.html"));
    }

    /**
     * Whether a tag page has a version in another language depends on other playbooks than its own: a tag that a
     * pair names, taken or dropped by another playbook, must reach it all the same.
     */
    @Test
    void aTagThatAPairNamesComesAndGoesOnTheTagPageOfTheOtherLanguage() {
        site.playbook("en", "independence", "title: Independence\nsummary: Soon.\ndraft: true\ntags: [independence]",
                "Soon.\n");
        site.write("i18n/nl.yaml", site.read("i18n/nl.yaml") + "tagPairs:\n  en:\n    autonomie: independence\n");
        assertTrue(updateAndCompare("i18n/nl.yaml", "content/en/independence.md").succeeded(),
                "a pair may name a tag only a draft carries yet");
        assertEquals("", switcherToEnglish("nl/tags/autonomie/index.html"));

        String delegation = site.read("content/en/delegation.md");
        site.write("content/en/delegation.md", delegation.replace("[Autonomy]", "[Autonomy, independence]"));
        updateAndCompare("content/en/delegation.md");
        assertEquals("../../../en/tags/independence/index.html", switcherToEnglish("nl/tags/autonomie/index.html"));

        site.write("content/en/delegation.md", delegation);
        updateAndCompare("content/en/delegation.md");
        assertEquals("", switcherToEnglish("nl/tags/autonomie/index.html"));

        site.delete("content/en/independence.md");
        BuildResult nowhere = updateAndCompare("content/en/independence.md");
        assertFalse(nowhere.succeeded());
        assertEquals("no playbook in en has the tag 'independence'", nowhere.problems().get(0).message());
    }

    @Test
    void aFileBrokenInOneUpdateIsReportedUntilItIsFixedWhateverElseIsSaved() {
        String trust = site.read("content/en/trust.md");
        site.write("content/en/trust.md", "---\ntitle: Trust\nsummary: [unclosed\n---\nBody\n");
        assertFalse(updateAndCompare("content/en/trust.md").succeeded());
        // Another file is saved: the broken one must still be reported, not taken from before it broke.
        site.write("content/en/delegation.md", site.read("content/en/delegation.md") + "\nMore.\n");
        BuildResult other = updateAndCompare("content/en/delegation.md");
        assertFalse(other.succeeded());
        assertEquals("content/en/trust.md", other.problems().get(0).file());
        site.write("content/en/trust.md", trust);
        assertTrue(updateAndCompare("content/en/trust.md").succeeded());
    }

    private dev.playbooks.model.FrontMatter readMeta(String file) {
        return source(file).meta();
    }

    private String readBody(String file) {
        return source(file).body();
    }

    private dev.playbooks.content.PageSource source(String file) {
        return dev.playbooks.content.SourceReader.read(new dev.playbooks.model.SourceFile(site.path(file), file,
                new dev.playbooks.model.Language("en"), "x"), new dev.playbooks.problem.Problems()).orElseThrow();
    }
}
