package dev.playbooks.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.pipeline.BuildResult;
import dev.playbooks.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Bodies and templates written to hang, crash or leak: each stopped with its place, the site untouched. */
class MarkdownAndTemplateHostileTest extends HostileSiteTest {

    /** The playbook template with its heading showing {@code expression} instead of the title. */
    private void headingShows(String expression) {
        String template = hostile.site.read("templates/playbook.ftlh");
        hostile.site.write("templates/playbook.ftlh", template.replace("<h1>${playbook.title}</h1>",
                "<h1>" + expression + "</h1>"));
    }

    private void body(String body) {
        hostile.site.playbook("en", "bad", "title: T\nsummary: S", "Intro.\n\n" + body);
    }

    @Test
    void manyUnclosedLinksAreRefusedAtTheirParagraphInTime() {
        body("[a](b".repeat(50_000) + "\n");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Problem problem = hostile.refused("content/en/bad.md:7:1");
            assertTrue(problem.message().contains("over and over"), problem.message());
        });
    }

    @Test
    void tooManyEmphasisMarkersInOneParagraphAreRefused() {
        body("a**b" + "c* ".repeat(50_000) + "\n");
        assertTrue(hostile.refused("content/en/bad.md:7:1").message().contains("'*' or '_' markers"));
    }

    @Test
    void blockQuotesNestedTooDeeplyAreRefusedAtTheLine() {
        body("Fine.\n\n" + "> ".repeat(50_000) + "a\n");
        hostile.refused("content/en/bad.md:9:1");
    }

    @Test
    void aControlCharacterInTheBodyIsRefusedAtItsColumn() {
        body("Text with an escape \u001b[2J here.\n");
        hostile.refused("content/en/bad.md:7:21");
    }

    @Test
    void aNulInTheBodyIsRefusedAtItsColumn() {
        body("abc\u0000de\n");
        hostile.refused("content/en/bad.md:7:4");
    }

    @Test
    void anEndlessTemplateLoopIsStoppedWithinThePageBudget() {
        String template = hostile.site.read("templates/tag.ftlh");
        hostile.site.write("templates/tag.ftlh", "<#list 1.. as i></#list>\n" + template);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Problem problem = hostile.refused("templates/tag.ftlh");
            assertTrue(problem.message().contains("more than 5 s"), problem.message());
            assertTrue(problem.message().contains("(rendering en/tags/"), problem.message());
        });
    }

    @Test
    void aTemplateThatWritesWithoutEndIsStoppedBySize() {
        String template = hostile.site.read("templates/tags.ftlh");
        hostile.site.write("templates/tags.ftlh", "<#list 1.. as i>xxxxxxxxxxxxxxxx</#list>\n" + template);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                assertTrue(hostile.refused("templates/tags.ftlh").message().contains("larger than 16 MiB")));
    }

    @Test
    void aTemplateCannotReachReflection() {
        headingShows("${playbook.getClass().getName()}");
        BuildResult result = hostile.build();
        assertFalse(result.succeeded());
        Problem problem = result.problems().get(0);
        assertTrue(problem.place().startsWith("templates/playbook.ftlh:"), problem.place());
        assertTrue(problem.message().contains("'getClass' is not a field of Playbook"), problem.message());
        hostile.assertUnchanged();
    }

    @Test
    void aMissingFieldNamesTheFieldsThereAndTheNearest() {
        headingShows("${playbook.titel}");
        BuildResult result = hostile.build();
        Problem problem = result.problems().get(0);
        assertTrue(problem.hint().startsWith("did you mean 'title'? a Playbook has [title, summary"), problem.hint());
        assertTrue(problem.message().contains("(rendering en/delegation/index.html and 2 other pages)"));
        hostile.assertUnchanged();
    }

    @Test
    void aMissingVariableNamesTheVariablesThereAndTheNearest() {
        headingShows("${playbok.title}");
        Problem problem = hostile.build().problems().get(0);
        assertTrue(problem.hint().contains("did you mean 'playbook'?"), problem.hint());
        assertTrue(problem.hint().contains("translation"), problem.hint());
        hostile.assertUnchanged();
    }

    @Test
    void aMissingIncludeNamesNoPlaceOnThisMachine() {
        String template = hostile.site.read("templates/tags.ftlh");
        hostile.site.write("templates/tags.ftlh", "<#include \"nowhere.ftlh\">\n" + template);
        Problem problem = hostile.refused("templates/tags.ftlh:1:1");
        String all = problem.message() + problem.hint();
        assertFalse(all.contains(temp.toString()), all);
        assertFalse(all.contains(temp.toAbsolutePath().toString()), all);
    }

    @Test
    void aTemplateLinkedOutOfTheProjectIsAProblemNotACrash() throws Exception {
        Path outside = Files.writeString(temp.resolve("evil.ftlh"), "${\"x\"}");
        Files.delete(hostile.site.path("templates/404.ftlh"));
        Files.createSymbolicLink(hostile.site.path("templates/404.ftlh"), outside);
        BuildResult result = hostile.build();
        assertFalse(result.succeeded());
        var here = result.problems().stream().filter(p -> p.place().equals("templates/404.ftlh")).toList();
        assertFalse(here.isEmpty(), result.problems()::toString);
        for (Problem problem : result.problems()) {
            assertTrue(problem.message().contains("outside"), problem.message());
            assertFalse((problem.message() + problem.hint()).contains(temp.toString()), problem::toString);
        }
        hostile.assertUnchanged();
    }

    @Test
    void rawHtmlUnderAllowHtmlIsSanitisedAndEachRemovalIsAWarningAtItsLine() {
        body("<div onclick=\"steal()\" style=\"color:red\"><b>kept</b></div>\n\n"
                + "<script>alert(1)</script>\n\n"
                + "A <a href=\"javascript:alert(2)\">link</a> and <marquee>moving</marquee>.\n\n"
                + "| a | b |\n|---|---|\n| <em>x</em> | <i onmouseover=\"y()\">z</i> |\n");
        BuildResult result = hostile.build(hostile.site.options().withAllowHtml(true));
        assertTrue(result.succeeded(), result.problems()::toString);
        var warnings = result.problems().stream().filter(p -> p.file().equals("content/en/bad.md"))
                .map(p -> p.place() + " " + p.message()).toList();
        assertTrue(warnings.contains("content/en/bad.md:7:1 raw HTML: 'onclick' on <div> is removed from the page"),
                warnings::toString);
        assertTrue(warnings.contains("content/en/bad.md:7:1 raw HTML: 'style' on <div> is removed from the page"),
                warnings::toString);
        assertTrue(warnings.contains("content/en/bad.md:9:1 raw HTML: <script> is removed from the page"),
                warnings::toString);
        assertTrue(warnings.contains("content/en/bad.md:11:3 raw HTML: <a> is removed from the page"),
                warnings::toString);
        assertTrue(warnings.contains("content/en/bad.md:11:46 raw HTML: <marquee> is removed from the page"),
                warnings::toString);
        assertTrue(warnings.contains("content/en/bad.md:15:16 raw HTML: 'onmouseover' on <i> is removed from the "
                + "page"), warnings::toString);
        var page = hostile.site.page("en/bad/index.html").selectFirst("main");
        String html = page.html();
        assertFalse(html.contains("onclick") || html.contains("onmouseover") || html.contains("alert")
                || html.contains("javascript:") || html.contains("style=") || html.contains("marquee"), html);
        assertEquals("kept", page.selectFirst("b").text());
        assertEquals("x", page.selectFirst("td em").text());
    }
}
