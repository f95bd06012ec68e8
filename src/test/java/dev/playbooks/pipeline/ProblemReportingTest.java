package dev.playbooks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import dev.playbooks.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of author mistake, each through a real build on top of a good one: the problem names the file,
 * line and column, and the previous site is left byte-for-byte as it was.
 */
class ProblemReportingTest {
    @TempDir
    Path temp;

    TestSite site;
    Map<String, String> goodSite;

    @BeforeEach
    void buildAGoodSiteFirst() {
        site = TestSite.create(temp).withTrustPlaybooks();
        assertTrue(site.build().succeeded());
        goodSite = site.snapshotOfOutput();
        assertFalse(goodSite.isEmpty());
    }

    private Problem onlyError(BuildResult result) {
        assertFalse(result.succeeded());
        assertEquals(goodSite, site.snapshotOfOutput(), "a failed build must leave the previous site intact");
        var errors = result.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
        return errors.get(0);
    }

    @Test
    void aLinkToAMissingPageIsReportedAtTheLink() {
        site.playbook("en", "extra", "title: Extra\nsummary: More.", "Intro.\n\nSee [the guide](guide.md) now.\n");
        Problem problem = onlyError(site.build());
        assertEquals("content/en/extra.md:7:5", problem.place());
        assertTrue(problem.message().contains("'guide.md' links to a page that does not exist"));
    }

    @Test
    void aLinkToAMissingHeadingIsReportedWithTheNearestAnchor() {
        site.playbook("en", "extra", "title: Extra\nsummary: More.",
                "\n\nSee [how](delegation.md#how-to-delegat).\n");
        Problem problem = onlyError(site.build());
        assertEquals("content/en/extra.md:7:5", problem.place());
        assertTrue(problem.message().contains("has no heading with the anchor '#how-to-delegat'"));
        assertEquals("did you mean '#how-to-delegate'?", problem.hint());
    }

    @Test
    void aYamlSyntaxErrorIsReportedAtItsLine() {
        site.playbook("en", "extra", "title: Extra\nsummary: Trust: a guide", "Body.\n");
        Problem problem = onlyError(site.build());
        assertEquals("content/en/extra.md:3:15", problem.place());
        assertTrue(problem.hint().contains("must be quoted"), problem.hint());
    }

    @Test
    void aFieldOfTheWrongTypeIsReportedAtItsValue() {
        site.playbook("en", "extra", "title: Extra\nsummary: More.\ntags: trust", "Body.\n");
        Problem problem = onlyError(site.build());
        assertEquals("content/en/extra.md:4:7", problem.place());
        assertEquals("'tags' must be a list, found 'trust'", problem.message());
    }

    @Test
    void aDuplicateKeyIsReportedAtTheSecondOne() {
        site.playbook("en", "extra", "title: Extra\nsummary: More.\ntitle: Again", "Body.\n");
        Problem problem = onlyError(site.build());
        assertEquals("content/en/extra.md:4:1", problem.place());
        assertEquals("duplicate key 'title' (first given on line 2)", problem.message());
    }

    @Test
    void anAliasToACollectionIsRefusedAtTheAlias() {
        site.playbook("en", "extra", "title: Extra\nsummary: More.\ntags: &t [a, b]\naudience: *t", "Body.\n");
        Problem problem = onlyError(site.build());
        assertEquals("content/en/extra.md:5:11", problem.place());
        assertEquals("YAML alias to a list or mapping is not allowed", problem.message());
    }

    @Test
    void aMissingRequiredFieldIsReportedWithAnExample() {
        site.playbook("en", "extra", "title: Extra", "Body.\n");
        Problem problem = onlyError(site.build());
        assertEquals("content/en/extra.md:1", problem.place().substring(0, "content/en/extra.md:1".length()));
        assertEquals("front matter has no 'summary'", problem.message());
    }

    @Test
    void anUnknownKeyIsAWarningThatNamesTheNearestKey() {
        site.playbook("en", "extra", "title: Extra\nsummary: More.\nsumary: typo", "Body.\n");
        BuildResult result = site.build();
        assertTrue(result.succeeded(), "a warning alone does not fail the build");
        Problem warning = result.problems().get(0);
        assertEquals("content/en/extra.md:4:1: warning: unknown front matter key 'sumary'",
                warning.format().lines().findFirst().orElseThrow());
        assertEquals("did you mean 'summary'?", warning.hint());
        BuildResult strict = site.build(site.options().withStrict(true));
        assertFalse(strict.succeeded(), "--strict turns the warning into an error");
        assertTrue(strict.problems().get(0).isError());
    }

    @Test
    void aUiStringMissingInOneLanguageNamesTheFileAndKey() {
        site.write("i18n/nl.yaml", site.read("i18n/nl.yaml").replaceFirst("  tags: \"Onderwerpen\"\n", ""));
        Problem problem = onlyError(site.build());
        assertEquals("i18n/nl.yaml:1:1", problem.place());
        assertEquals("UI string 'nav.tags' is missing in this language", problem.message());
    }

    /** States pairs under {@code tagPairs} in a language's UI strings; returns the line of their first language. */
    private int statePairs(String language, String pairs) {
        String file = "i18n/" + language + ".yaml";
        String strings = site.read(file);
        site.write(file, strings + "tagPairs:\n" + pairs);
        return (int) strings.lines().count() + 2;
    }

    /** The one error of pairs stated in Dutch, found {@code lines} below their first language, at {@code column}. */
    private Problem onlyErrorOfDutchPairs(String pairs, int lines, int column) {
        int first = statePairs("nl", pairs);
        Problem problem = onlyError(site.build());
        assertEquals("i18n/nl.yaml:" + (first + lines) + ":" + column, problem.place());
        return problem;
    }

    @Test
    void aPairedTagThatNoPlaybookCarriesIsReportedAtItWithTheNearestTagOfItsLanguage() {
        int first = statePairs("nl", "  en:\n    autonomy: autonomy\n    vertrouwen: trusted\n");
        BuildResult result = site.build();
        assertFalse(result.succeeded());
        assertEquals(goodSite, site.snapshotOfOutput(), "a failed build must leave the previous site intact");
        assertEquals(List.of(
                Problem.error("i18n/nl.yaml", first + 1, 5, "no playbook in nl has the tag 'autonomy'",
                        "did you mean 'autonomie'?"),
                Problem.error("i18n/nl.yaml", first + 2, 17, "no playbook in en has the tag 'trusted'",
                        "did you mean 'trust'?")), result.problems());
    }

    @Test
    void aPairWithALanguageTheSiteDoesNotHaveIsReportedAtTheLanguage() {
        Problem problem = onlyErrorOfDutchPairs("  fr:\n    vertrouwen: confiance\n    autonomie: autonomie\n", 0, 3);
        assertEquals("'fr' is not a language of this site", problem.message());
        assertEquals("group the pairs under the code of another language of the site: [en]", problem.hint());
    }

    @Test
    void aTagPairedWithTwoTagsOfOneLanguageIsReportedAtTheSecondPair() {
        int english = statePairs("en", "  nl:\n    autonomy: vertrouwen\n");
        int dutch = statePairs("nl", "  en:\n    vertrouwen: trust\n");
        Problem problem = onlyError(site.build());
        assertEquals("i18n/nl.yaml:" + (dutch + 1) + ":5", problem.place());
        assertEquals("'vertrouwen' is paired with 'trust' here and with 'autonomy' at i18n/en.yaml:" + (english + 1)
                + ":5", problem.message());
    }

    @Test
    void twoTagsPairedWithOneTagAreReportedAtThatTag() {
        Problem problem = onlyErrorOfDutchPairs("  en:\n    vertrouwen: trust\n    autonomie: Trust\n", 2, 16);
        int first = (int) site.read("i18n/nl.yaml").lines().takeWhile(l -> !l.contains("vertrouwen: trust")).count();
        assertEquals("'Trust' is paired with 'autonomie' here and with 'vertrouwen' at i18n/nl.yaml:" + (first + 1)
                + ":5", problem.message());
    }

    @Test
    void aPairStatedInBothFilesIsAWarning() {
        int english = statePairs("en", "  nl:\n    trust: vertrouwen\n");
        int dutch = statePairs("nl", "  en:\n    vertrouwen: trust\n");
        BuildResult result = site.build();
        assertTrue(result.succeeded(), "a warning alone does not fail the build");
        assertEquals(1, result.problems().size(), () -> result.problems().toString());
        Problem warning = result.problems().get(0);
        assertEquals("i18n/nl.yaml:" + (dutch + 1) + ":5", warning.place());
        assertEquals("the pair 'vertrouwen' and 'trust' is stated twice", warning.message());
        assertTrue(warning.hint().startsWith("it is also stated at i18n/en.yaml:" + (english + 1) + ":5"),
                warning.hint());
        assertFalse(site.build(site.options().withStrict(true)).succeeded(), "--strict turns it into an error");
    }

    @Test
    void tagPairsThatAreNotPairsAreReportedWhereTheShapeBreaks() {
        Problem problem = onlyErrorOfDutchPairs("  en: trust\n", 0, 7);
        assertEquals("'tagPairs.en' must be a set of key: value pairs, found a single value", problem.message());
    }

    @Test
    void aMalformedMessagePatternNamesItsLine() {
        String english = site.read("i18n/en.yaml");
        String good = "\"{count, plural, one {# playbook} other {# playbooks}}\"";
        site.write("i18n/en.yaml", english.replace(good, "\"{count, plural, one {# playbook} other {# playbooks}\""));
        Problem problem = onlyError(site.build());
        long line = english.lines().takeWhile(l -> !l.contains(good)).count() + 1;
        assertEquals("i18n/en.yaml:" + line, problem.place().substring(0, problem.place().lastIndexOf(':')));
        assertTrue(problem.message().contains("'tags.count' is not a valid ICU message pattern"));
    }

    @Test
    void aTemplateThatUsesAnUnknownUiStringIsReportedAtTheTemplateLine() {
        site.write("templates/tags.ftlh", site.read("templates/tags.ftlh").replace("t(\"tags.intro\")",
                "t(\"tags.introduction\")"));
        Problem problem = onlyError(site.build());
        assertTrue(problem.place().startsWith("templates/tags.ftlh:4:"), problem.place());
        assertEquals("UI string 'tags.introduction' is not defined", problem.message());
    }

    @Test
    void aTemplateSyntaxErrorIsReportedAtItsLineAndColumn() {
        site.write("templates/tag.ftlh", site.read("templates/tag.ftlh").replace("<h1>${page.title}</h1>",
                "<h1>${page.title</h1>"));
        Problem problem = onlyError(site.build());
        assertTrue(problem.place().startsWith("templates/tag.ftlh:3:"), problem.place());
    }

    @Test
    void aTemplateRuntimeErrorIsReportedOnceNotAsTextInAPage() {
        String template = site.read("templates/playbook.ftlh");
        long line = template.lines().takeWhile(l -> !l.contains("<h1>${playbook.title}</h1>")).count() + 1;
        site.write("templates/playbook.ftlh", template.replace("<h1>${playbook.title}</h1>",
                "<h1>${playbook.nonsense}</h1>"));
        Problem problem = onlyError(site.build());
        assertTrue(problem.place().startsWith("templates/playbook.ftlh:" + line + ":"), problem.place());
        assertTrue(problem.message().startsWith("playbook.nonsense: 'nonsense' is not a field of Playbook"),
                problem.message());
        assertTrue(problem.message().endsWith("(rendering en/delegation/index.html and 2 other pages)"),
                problem.message());
        assertTrue(problem.hint().contains("a Playbook has [title, summary, "), problem.hint());
        assertFalse(problem.message().contains("\n"), "one line, no stack trace");
    }

    @Test
    void aLinkToADraftIsAnErrorUnlessDraftsAreBuilt() {
        site.playbook("en", "secret", "title: Secret\nsummary: Not yet.\ndraft: true", "Soon.\n");
        site.playbook("en", "extra", "title: Extra\nsummary: More.", "See [the secret](secret.md).\n");
        Problem problem = onlyError(site.build());
        assertEquals("content/en/extra.md:5:5", problem.place());
        assertTrue(problem.message().contains("links to a draft"));
        assertTrue(site.build(site.options().withDrafts(true)).succeeded());
        assertTrue(site.page("en/secret/index.html").select("h1").text().contains("Secret"));
    }

    @Test
    void draftsAppearNowhereByDefault() {
        site.playbook("en", "secret", "title: Secret\nsummary: Not yet.\ndraft: true\ntags: [hidden]", "Soon.\n");
        assertTrue(site.build().succeeded());
        assertFalse(site.out().resolve("en/secret").toFile().exists());
        assertFalse(site.out().resolve("en/tags/hidden").toFile().exists());
        assertFalse(site.read("target/site/sitemap.xml").contains("secret"));
        assertFalse(site.read("target/site/en/index.html").contains("Secret"));
    }

    @Test
    void everyProblemOfARunIsReportedTogetherInFileOrder() {
        site.playbook("nl", "b-fout", "title: B\nsummary: x\nweight: zwaar", "Tekst.\n");
        site.playbook("en", "a-broken", "title: A", "[x](nowhere.md)\n");
        BuildResult result = site.build();
        assertEquals("content/en/a-broken.md", result.problems().get(0).file());
        assertEquals("content/nl/b-fout.md:4:9", result.problems().get(1).place());
        assertEquals(2, result.problems().size(), () -> result.problems().toString());
    }
}
