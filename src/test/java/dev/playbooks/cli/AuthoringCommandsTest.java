package dev.playbooks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.JsonReader;
import dev.playbooks.TestSite;
import dev.playbooks.pipeline.BuildResult;
import dev.playbooks.content.SourceReader;
import dev.playbooks.model.FrontMatter;
import dev.playbooks.model.Language;
import dev.playbooks.model.SourceFile;
import dev.playbooks.problem.Problems;
import dev.playbooks.site.SourceVersions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new}, {@code translate} and {@code translations} as an author runs them, on a real project. */
class AuthoringCommandsTest {
    @TempDir
    Path temp;

    TestSite site;
    final Console console = new Console();

    @BeforeEach
    void project() {
        site = TestSite.create(temp).withTrustPlaybooks();
    }

    private int run(String... args) {
        return console.run(site.root(), args);
    }

    private FrontMatter meta(String file, String language) {
        Problems problems = new Problems();
        var page = SourceReader.read(new SourceFile(site.path(file), file, new Language(language), "x"), problems);
        assertTrue(page.isPresent(), problems.sorted()::toString);
        return page.get().meta();
    }

    private String version(String file) {
        var page = SourceReader.read(new SourceFile(site.path(file), file, new Language("en"), "x"), new Problems())
                .orElseThrow();
        return SourceVersions.of(new Language("en"), page.meta(), page.body()).toString();
    }

    @Test
    void newWritesADraftWithCompleteFrontMatterAndAChecklistInTheLanguagesOwnWords() {
        assertEquals(0, run("new", "nl", "eigen-regie"));
        assertTrue(console.out().contains("Wrote content/nl/eigen-regie.md"), console.out());
        String text = site.read("content/nl/eigen-regie.md");
        for (String key : List.of("title:", "summary:", "translationKey:", "tags:", "audience:", "# updated:",
                "weight:", "draft:")) {
            assertTrue(text.contains("\n" + key), key + " missing in\n" + text);
        }
        assertTrue(text.contains("- [ ] Stap 1: één kleine, concrete actie"), text);
        FrontMatter meta = meta("content/nl/eigen-regie.md", "nl");
        assertEquals("Eigen regie", meta.title());
        assertEquals("eigen-regie", meta.translationKey());
        assertTrue(meta.draft());
        assertEquals(List.of("leaders", "professionals"), meta.audience());
        assertEquals(Optional.empty(), meta.updated(), "the date of its last commit will show");
        assertTrue(text.contains("\n# updated: " + LocalDate.now() + " "), text);
        assertEquals(11, meta.weight(), "after the language's heaviest playbook");

        BuildResult withDrafts = site.build(site.options().withDrafts(true).withStrict(true));
        assertTrue(withDrafts.succeeded(), withDrafts.problems()::toString);
        assertEquals(3, site.page("nl/eigen-regie/index.html").select("li.task-list-item").size());
    }

    @Test
    void aScaffoldPublishedWithItsPlaceholdersIsNamedLineByLine() {
        assertEquals(0, run("new", "en", "self-direction"));
        String file = "content/en/self-direction.md";
        String text = site.read(file).replace("draft: true", "draft: false")
                .replace("Explain the idea in a few short paragraphs", "Here is why, in my words");
        site.write(file, text);
        List<String> lines = List.of(text.split("\n"));
        BuildResult result = site.build();
        List<String> found = result.problems().stream().filter(p -> p.message().contains("placeholder text"))
                .map(p -> p.place() + " " + p.message().substring(0, p.message().indexOf("' is") + 1)).toList();
        assertEquals(List.of(
                file + ":" + (lines.indexOf("summary: \"One or two sentences: what does this playbook help you do?\"")
                        + 1) + ":1 'One or two sentences: what does this playbook help you do?'",
                file + ":" + (lines.indexOf("Start with the situation this playbook is for, and what changes when you "
                        + "follow it.") + 1) + ":1 'Start with the situation this playbook is for, and what changes "
                        + "when you follow it.'",
                file + ":" + (lines.indexOf("- [ ] Step 1: one small, concrete action") + 1)
                        + ":7 'Step 1: one small, concrete action'",
                file + ":" + (lines.indexOf("- [ ] Step 2: one small, concrete action") + 1)
                        + ":7 'Step 2: one small, concrete action'",
                file + ":" + (lines.indexOf("- [ ] Step 3: one small, concrete action") + 1)
                        + ":7 'Step 3: one small, concrete action'"), found);
        assertFalse(site.build(site.options().withStrict(true)).succeeded(), "an error under --strict");
        site.write(file, text.replace("draft: false", "draft: true"));
        assertTrue(site.build(site.options().withStrict(true)).succeeded(), "a draft may hold them while written");
    }

    @Test
    void newNeverOverwritesAFile() {
        String before = site.read("content/en/trust.md");
        assertEquals(2, run("new", "en", "trust"));
        assertTrue(console.err().contains("error: content/en/trust.md already exists"), console.err());
        assertEquals(before, site.read("content/en/trust.md"));
    }

    @Test
    void newRefusesWhatCannotBecomeAPage() {
        assertEquals(2, run("new", "en", "Trust At Work"));
        assertTrue(console.err().contains("hint: use lower-case letters, digits and hyphens, e.g. 'trust-at-work'"));
        assertEquals(2, run("new", "de", "vertrauen"));
        assertTrue(console.err().contains("there is no language 'de'"), console.err());
        assertTrue(console.err().contains("use one of [en, nl]"), console.err());
        site.playbook("en", "handing-over", "title: Handing over\nsummary: S.\ntranslationKey: coaching", "Body.\n");
        assertEquals(2, run("new", "en", "coaching"));
        assertTrue(console.err().contains("translationKey 'coaching' is already used by content/en/handing-over.md"),
                console.err());
        assertEquals(0, run("new", "nl", "coaching"), "the same key in another language makes a translation");
    }

    @Test
    void translateCopiesTheSourceRecordingItsVersionAndRelinking() {
        site.delete("content/nl/vertrouwen.md");
        assertEquals(0, run("translate", "trust", "--to", "nl", "--as", "vertrouwen-op-het-werk"));
        String file = "content/nl/vertrouwen-op-het-werk.md";
        assertTrue(console.out().contains("Wrote " + file + ", a draft translation of content/en/trust.md"),
                console.out());
        FrontMatter meta = meta(file, "nl");
        assertEquals("trust", meta.translationKey());
        assertEquals(version("content/en/trust.md"), meta.translatedFrom().orElseThrow().toString());
        assertEquals("Trust at work", meta.title());
        assertEquals(List.of("trust", "autonomy"), meta.tags());
        assertTrue(meta.draft());
        assertTrue(site.read(file).contains("[delegation](../en/delegation.md#how-to-delegate)"),
                "a link to a page without a Dutch version goes to the English one");
    }

    @Test
    void translateRefusesWhenATranslationExistsOrTheFileDoes() {
        assertEquals(2, run("translate", "trust", "--to", "nl"));
        assertTrue(console.err().contains("content/nl/vertrouwen.md already translates content/en/trust.md"),
                console.err());
        site.write("content/nl/delegation.md", "mine");
        assertEquals(2, run("translate", "delegation", "--to", "nl"));
        assertTrue(console.err().contains("exists in more than one language"), console.err());
        assertEquals(2, run("translate", "delegation", "--from", "en", "--to", "nl"));
        assertTrue(console.err().contains("content/nl/delegation.md already exists"), console.err());
        assertEquals("mine", site.read("content/nl/delegation.md"));
        assertEquals(2, run("translate", "nowhere", "--to", "nl"));
        assertEquals(2, run("translate", "delegation", "--to", "en"));
    }

    @Test
    void aTranslationStartedByTranslateGoesStaleWhenItsSourceChanges() {
        site.delete("content/nl/vertrouwen.md");
        assertEquals(0, run("translate", "trust", "--to", "nl", "--as", "vertrouwen"));
        site.write("content/nl/vertrouwen.md", site.read("content/nl/vertrouwen.md")
                .replace("draft: true", "draft: false")
                .replace("(delegation.md#how-to-delegate)", "(../en/delegation.md#how-to-delegate)"));
        assertEquals(0, run("build"), console.err());
        assertFalse(console.err().contains("stale"));

        site.write("content/en/trust.md", site.read("content/en/trust.md").replace("Text.", "New text."));
        assertEquals(0, run("build", "--strict"), "stale is a warning, and --strict leaves it alone");
        assertTrue(console.err().contains("content/nl/vertrouwen.md:5:1: warning: this translation is stale"),
                console.err());
        assertEquals(1, run("build", "--fail-on-stale"));
        assertTrue(console.err().contains("error: this translation is stale"), console.err());
    }

    @Test
    void translationsReportsEachLanguageAsTextForPeople() {
        site.playbook("nl", "delegeren", "title: Delegeren\nsummary: Overdragen.\ntranslationKey: delegation\n"
                + "translatedFrom: en@00000000", "- [ ] Eén\n");
        site.write("i18n/nl.yaml", site.read("i18n/nl.yaml").replace("  skip: \"Direct naar de inhoud\"\n", ""));
        assertEquals(0, run("translations"));
        String text = console.out();
        assertTrue(text.contains("en (English): 2 playbooks, 2 originals, 0 translations"), text);
        assertTrue(text.contains("nl (Dutch): 2 playbooks, 0 originals, 2 translations (0 up to date, 1 stale, "
                + "1 not tracked), 0 missing"), text);
        assertTrue(text.contains("stale        content/nl/delegeren.md: content/en/delegation.md changed since "
                + "en@00000000 (now " + version("content/en/delegation.md") + ")"), text);
        assertTrue(text.contains("not tracked  content/nl/vertrouwen.md: translation of content/en/trust.md; once it "
                + "matches, add translatedFrom: " + version("content/en/trust.md")), text);
        assertTrue(text.contains("checklist    content/nl/delegeren.md has 1 item, content/en/delegation.md has 0"),
                text);
        assertTrue(text.contains("UI strings   missing: nav.skip"), text);
    }

    @Test
    void translationsReportsAsJsonForCi() {
        site.delete("content/nl/vertrouwen.md");
        assertEquals(0, run("translations", "--json"));
        Map<String, Object> report = JsonReader.object(JsonReader.parse(console.out()));
        Map<String, Object> nl = JsonReader.object(JsonReader.object(report.get("languages")).get("nl"));
        assertEquals(0.0, nl.get("playbooks"));
        List<Object> missing = JsonReader.array(nl.get("missing"));
        assertEquals(2, missing.size());
        Map<String, Object> trust = missing.stream().map(JsonReader::object)
                .filter(entry -> entry.get("translationKey").equals("trust")).findFirst().orElseThrow();
        assertEquals("content/en/trust.md", trust.get("source"));
        assertEquals("Trust at work", trust.get("title"));
        assertEquals(List.of(), nl.get("uiStringsMissing"));
        assertEquals(List.of(), report.get("problems"));
    }

    @Test
    void translationsStillReportsWhenAFileIsBroken() {
        site.write("content/nl/vertrouwen.md", "no front matter");
        assertEquals(1, run("translations"));
        assertTrue(console.err().contains("content/nl/vertrouwen.md:1:1: error"), console.err());
        assertTrue(console.out().contains("missing      trust: content/en/trust.md"), console.out());
    }

    @Test
    void buildWritesAReportForCiAndASummaryTable() {
        site.playbook("en", "extra", "title: Extra\nsummary: More.\ntitel: typo", "Body.\n");
        Path report = temp.resolve("reports/build.json");
        assertEquals(0, run("build", "--report", report.toString()));
        assertTrue(console.out().contains("           | EN | NL\n-----------+----+----\n Playbooks |  3 |  1\n")
                || console.out().contains("| EN | NL"), console.out());
        assertTrue(console.out().contains(" Files written: "), console.out());
        Map<String, Object> json = JsonReader.object(JsonReader.parse(site.read(report.toString())));
        assertEquals(true, json.get("succeeded"));
        assertEquals(1.0, json.get("warnings"));
        Map<String, Object> problem = JsonReader.object(JsonReader.array(json.get("problems")).get(0));
        assertEquals("content/en/extra.md", problem.get("file"));
        assertEquals(4.0, problem.get("line"));
        assertEquals(1.0, problem.get("column"));
        assertEquals("warning", problem.get("severity"));
        assertEquals("did you mean 'title'?", problem.get("hint"));
        assertEquals(Map.of("en", 3.0, "nl", 1.0), json.get("pages"));
        Map<String, Object> timings = JsonReader.object(json.get("timings"));
        assertTrue(timings.keySet().containsAll(List.of("totalMillis", "loadMillis", "linkMillis", "renderMillis")));
    }

    @Test
    void aFailedBuildStillWritesItsReport() {
        site.playbook("en", "broken", "title: B\nsummary: S", "[x](nowhere.md)\n");
        Path report = temp.resolve("build.json");
        assertEquals(1, run("build", "--report", report.toString()));
        Map<String, Object> json = JsonReader.object(JsonReader.parse(site.read(report.toString())));
        assertEquals(false, json.get("succeeded"));
        assertEquals(1.0, json.get("errors"));
        assertEquals(5.0, JsonReader.object(JsonReader.array(json.get("problems")).get(0)).get("line"));
    }
}
