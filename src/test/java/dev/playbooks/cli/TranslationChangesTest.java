package dev.playbooks.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.GitRepo;
import dev.playbooks.JsonReader;
import dev.playbooks.TestSite;
import dev.playbooks.content.SourceReader;
import dev.playbooks.model.Language;
import dev.playbooks.model.SourceFile;
import dev.playbooks.problem.Problems;
import dev.playbooks.site.SourceVersions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code translations --diff} and {@code --accept} as a translator runs them, on a real git repository the test
 * makes: a source with three sections, a translation made from its first commit, and a second commit that changes
 * one sentence of one section.
 */
class TranslationChangesTest {
    private static final String SOURCE_FRONT = """
            title: "Trust at work"
            summary: "How trust grows."
            translationKey: trust
            tags: [trust]""";
    private static final String SOURCE_BODY = """
            Trust is built in small steps.

            ## Why trust matters

            People who are trusted take on more.

            ## How trust grows

            Trust grows when people keep small promises and say early when they cannot.

            ## Checklist

            - [ ] Keep one promise this week
            """;

    @TempDir
    Path temp;

    /** A folder in no repository. */
    @TempDir
    Path elsewhere;

    TestSite site;
    GitRepo repo;
    String firstVersion;
    String firstCommit;
    String secondCommit;
    final Console console = new Console();

    @BeforeEach
    void aTranslationMadeFromTheFirstCommitAndASourceChangedInTheSecond() {
        site = TestSite.create(temp);
        site.write(".gitignore", "target/\n");
        site.playbook("en", "trust", SOURCE_FRONT, SOURCE_BODY);
        firstVersion = version("content/en/trust.md");
        site.write("content/nl/vertrouwen.md", "---\r\ntitle: \"Vertrouwen op het werk\"\r\n"
                + "summary: \"Hoe vertrouwen groeit.\"\r\ntranslationKey: trust\r\ntranslatedFrom: \"" + firstVersion
                + "\"   # English, first version\r\n---\r\nVertrouwen bouw je in kleine stappen.\r\n\r\n"
                + "## Waarom vertrouwen telt\r\n\r\nTekst.\r\n\r\n## Hoe vertrouwen groeit\r\n\r\nTekst.\r\n\r\n"
                + "## Checklist\r\n\r\n- [ ] Houd deze week één belofte\r\n");
        repo = GitRepo.init(temp);
        repo.commitAll("Trust, in English and Dutch", "2026-03-01T10:00:00+01:00");
        firstCommit = repo.git(null, "rev-parse", "--short=7", "HEAD").strip();
        site.playbook("en", "trust", SOURCE_FRONT, SOURCE_BODY.replace("small promises and", "small promises, and"));
        repo.commitAll("Trust: a comma", "2026-03-04T18:00:00+01:00", "2026-03-05T09:00:00+01:00");
        secondCommit = repo.git(null, "rev-parse", "--short=7", "HEAD").strip();
    }

    private String version(String file) {
        var page = SourceReader.read(new SourceFile(site.path(file), file, new Language("en"), "x"), new Problems())
                .orElseThrow();
        return SourceVersions.of(new Language("en"), page.meta(), page.body()).toString();
    }

    private int run(String... args) {
        return runIn(site.root(), args);
    }

    private int runIn(Path project, String... args) {
        return console.run(project, args);
    }

    @Test
    void diffShowsExactlyTheChangedSectionAndTheCommitsSince() {
        assertEquals(0, run("translations", "--diff"), console.err());
        assertEquals("""
                content/nl/vertrouwen.md is stale: content/en/trust.md has changed since %s (now %s).
                  %s is the text of commit %s (2026-03-01, "Trust, in English and Dutch"); changed since by:
                    %s 2026-03-04 Trust: a comma
                  ## How trust grows
                    content/en/trust.md:15
                      ~ Trust grows when people keep small promises{+,+} and say early when they cannot.
                  Once the translation says the same (or if none of this needs translating): playbooks translations \
                --accept vertrouwen --to nl
                """.formatted(firstVersion, version("content/en/trust.md"), firstVersion, firstCommit, secondCommit),
                console.out().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void diffOfOnePlaybookTakesAnyOfItsNamesAndSuggestsOneForATypo() {
        assertEquals(0, run("translations", "--diff", "trust"));
        assertTrue(console.out().contains("## How trust grows"), console.out());
        assertEquals(0, run("translations", "--diff", "vertrouwen"));
        assertTrue(console.out().contains("## How trust grows"), console.out());
        assertEquals(2, run("translations", "--diff", "trsut"));
        assertTrue(console.err().contains("error: there is no playbook 'trsut'"), console.err());
        assertTrue(console.err().contains("did you mean 'trust'?"), console.err());
    }

    @Test
    void theJsonReportCarriesTheSameChanges() {
        assertEquals(0, run("translations", "--json", "--diff"), console.err());
        Map<String, Object> nl = JsonReader.object(JsonReader.object(
                JsonReader.object(JsonReader.parse(console.out())).get("languages")).get("nl"));
        Map<String, Object> changes = JsonReader.object(
                JsonReader.object(JsonReader.array(nl.get("stale")).get(0)).get("changes"));
        assertEquals(true, changes.get("available"));
        assertEquals("2026-03-01", JsonReader.object(changes.get("since")).get("date"));
        assertEquals("Trust: a comma",
                JsonReader.object(JsonReader.array(changes.get("commitsSince")).get(0)).get("subject"));
        assertEquals(false, changes.get("uncommitted"));
        List<Object> sections = JsonReader.array(changes.get("sections"));
        assertEquals(1, sections.size());
        Map<String, Object> section = JsonReader.object(sections.get(0));
        assertEquals("## How trust grows", section.get("section"));
        Map<String, Object> hunk = JsonReader.object(JsonReader.array(section.get("hunks")).get(0));
        assertEquals(15.0, hunk.get("line"));
        assertEquals(List.of("Trust grows when people keep small promises and say early when they cannot."),
                hunk.get("removed"));
        assertEquals(List.of("Trust grows when people keep small promises, and say early when they cannot."),
                hunk.get("added"));
        assertEquals(0, run("translations", "--json"));
        assertFalse(console.out().contains("\"changes\""), "git is asked only with --diff");
    }

    @Test
    void changesNotCommittedYetAreShownAndSaidToBeSo() {
        site.playbook("en", "trust", SOURCE_FRONT.replace("Trust at work", "Trust in the workplace"),
                SOURCE_BODY.replace("small promises and", "small promises, and"));
        assertEquals(0, run("translations", "--diff"));
        String text = console.out();
        assertTrue(text.contains("    changes not committed yet"), text);
        assertTrue(text.replace(System.lineSeparator(), "\n").contains("  title:\n    content/en/trust.md:2\n"
                + "      - Trust at work\n      + Trust in the workplace\n  ## How trust grows\n"), text);
    }

    @Test
    void aShallowCloneOrNoRepositoryGivesThePlainMessage() throws IOException {
        site.write("content/en/trust.md", site.read("content/en/trust.md").replace("take on more", "do more"));
        repo.commitAll("Trust: shorter", "2026-03-06T10:00:00+01:00");
        Path clone = temp.resolve("clone");
        repo.shallowClone(clone, 2);
        assertEquals(0, runIn(clone, "translations", "--diff"), console.err());
        assertTrue(console.out().contains("  What changed cannot be shown: no commit this clone holds has "
                + "content/en/trust.md at " + firstVersion + ": its history is shallow (fetch the whole of it with "
                + "'git fetch --unshallow')."), console.out());

        Path copy = elsewhere;
        for (String file : List.of("content/en/trust.md", "content/nl/vertrouwen.md", "i18n/en.yaml", "i18n/nl.yaml")) {
            Files.createDirectories(copy.resolve(file).getParent());
            Files.copy(site.path(file), copy.resolve(file));
        }
        assertEquals(0, runIn(copy, "translations", "--diff"), console.err());
        assertTrue(console.out().contains("  What changed cannot be shown: the project is not in a git repository, "
                + "so the text of " + firstVersion + " cannot be looked up."), console.out());
    }

    @Test
    void acceptRewritesOnlyTheVersionAndTheReadersNoticeDisappears() throws IOException {
        assertEquals(0, run("build"));
        assertEquals(1, site.page("nl/vertrouwen/index.html").select(".stale-translation").size());
        byte[] before = Files.readAllBytes(site.path("content/nl/vertrouwen.md"));
        String now = version("content/en/trust.md");

        assertEquals(0, run("translations", "--accept", "trust", "--to", "nl"), console.err());
        assertTrue(console.out().startsWith("content/nl/vertrouwen.md:5: translatedFrom: " + firstVersion + " -> "
                + now + " (content/en/trust.md as it is now)"), console.out());
        byte[] expected = new String(before, StandardCharsets.UTF_8).replace(firstVersion, now)
                .getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, Files.readAllBytes(site.path("content/nl/vertrouwen.md")),
                "the quotes, the comment and the CRLF line ends stay");

        assertEquals(0, run("build"));
        assertFalse(console.err().contains("stale"), console.err());
        assertTrue(site.page("nl/vertrouwen/index.html").select(".stale-translation").isEmpty());
        assertEquals(0, run("translations", "--diff"));
        assertTrue(console.out().startsWith("No stale translations"), console.out());

        assertEquals(0, run("translations", "--accept", "vertrouwen", "--to", "nl"));
        assertTrue(console.out().contains("already records " + now), console.out());
        assertArrayEquals(expected, Files.readAllBytes(site.path("content/nl/vertrouwen.md")));
    }

    @Test
    void acceptAddsTheVersionToATranslationThatRecordsNoneAndRefusesWhatItCannotAccept() {
        site.write("content/nl/vertrouwen.md", site.read("content/nl/vertrouwen.md")
                .replaceAll("translatedFrom: .*\r\n", ""));
        assertEquals(0, run("translations", "--accept", "trust", "--to", "nl"), console.err());
        assertTrue(console.out().startsWith("content/nl/vertrouwen.md:5: added translatedFrom: "
                + version("content/en/trust.md")), console.out());
        assertTrue(site.read("content/nl/vertrouwen.md").contains("translationKey: trust\r\ntranslatedFrom: "
                + version("content/en/trust.md") + "\r\n---\r\n"), site.read("content/nl/vertrouwen.md"));

        assertEquals(2, run("translations", "--accept", "trust", "--to", "en"));
        assertTrue(console.err().contains("content/en/trust.md is the source its translations are made from"),
                console.err());
        assertEquals(2, run("translations", "--accept", "trust", "--to", "de"));
        assertTrue(console.err().contains("there is no language 'de'"), console.err());
        assertEquals(2, run("translations", "--accept", "trust"));
        assertTrue(console.err().contains("--accept SLUG and --to LANG go together"), console.err());
    }
}
