package dev.playbooks.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.i18n.LanguageRules;
import dev.playbooks.model.Heading;
import dev.playbooks.model.Language;
import dev.playbooks.model.Outline;
import dev.playbooks.problem.Problem;
import dev.playbooks.problem.Problems;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownEngineTest {
    private final MarkdownEngine engine = new MarkdownEngine(false);
    private final LanguageRules dutch = new LanguageRules(new Language("nl"));
    private final Problems problems = new Problems();

    private Outline outline(String body) {
        return engine.outline(body, 10, "content/nl/x.md", problems);
    }

    @Test
    void headingIdsAreDutchFriendlyUniqueAndAvoidTheLayoutsOwnIds() {
        Outline outline = outline("## Één op één\n\n## Één op één\n\n## Main\n\n### Stappen\n");
        assertEquals(List.of("een-op-een", "een-op-een-1", "main-1", "stappen"),
                outline.headings().stream().map(Heading::id).toList());
        assertEquals(List.of(10, 12, 14, 16), outline.headings().stream().map(Heading::line).toList());
        String html = engine.render("## Één op één\n\n## Één op één\n", LinkTargets.NONE);
        assertTrue(html.contains("<h2 id=\"een-op-een\">Één op één</h2>"), html);
        assertTrue(html.contains("<h2 id=\"een-op-een-1\">"), html);
    }

    @Test
    void checklistItemsAndLinksAreCollectedWithTheirPlaces() {
        Outline outline = outline("Zie [dit](trust.md#why) en [dat](https://example.org).\n\n- [ ] Eén\n- [x] Twee\n");
        assertEquals("trust.md#why", outline.links().get(0).destination());
        assertEquals(10, outline.links().get(0).line());
        assertEquals(5, outline.links().get(0).column());
        assertEquals(1, outline.links().size(), "external links are not site links");
        assertEquals(List.of("een", "twee"), outline.checklist().stream().map(c -> c.id()).toList());
        assertTrue(outline.checklist().get(1).done());
        assertEquals("Twee", outline.checklist().get(1).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](jav&#x61;script:alert(1))",
        "[x](java&#9;script:alert(1))",
        "![x](data:image/svg+xml;base64,AAAA)",
        "<javascript:alert(1)>",
        "[x][r]\n\n[r]: vbscript:msgbox",
    })
    void dangerousLinkSchemesAreErrorsAndNeverReachThePage(String markdown) {
        outline(markdown);
        List<Problem> found = problems.sorted();
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).isError());
        assertTrue(found.get(0).message().startsWith("links with the scheme"), found.get(0).message());
        String html = engine.render(markdown, LinkTargets.NONE);
        for (var element : org.jsoup.Jsoup.parse(html).select("[href], [src]")) {
            String url = (element.attr("href") + element.attr("src")).toLowerCase();
            assertFalse(url.contains("script") || url.startsWith("data:"), html);
        }
    }

    @Test
    void rawHtmlIsLeftOutWithAWarning() {
        String markdown = "Hello <b onclick=\"x()\">there</b>\n\n<script>alert(1)</script>\n";
        outline(markdown);
        assertEquals(2, problems.sorted().size());
        assertTrue(problems.sorted().stream().noneMatch(Problem::isError));
        String html = engine.render(markdown, LinkTargets.NONE);
        assertFalse(html.contains("<script") || html.contains("onclick"), html);
    }

    @Test
    void anExternalImageIsAWarningBecauseThePolicyBlocksIt() {
        outline("![chart](https://example.org/chart.png)\n");
        assertEquals(1, problems.sorted().size());
        assertTrue(problems.sorted().get(0).message().contains("will not load"));
    }

    @Test
    void rawHtmlPassesWhenTheSiteOptsIn() {
        assertTrue(new MarkdownEngine(true).render("<kbd>Ctrl</kbd>\n", LinkTargets.NONE).contains("<kbd>"));
    }

    @Test
    void siteLinksAreRewrittenThroughTheTargets() {
        String html = engine.render("[x](trust.md#why)",
                destination -> Optional.of("../trust/" + destination.substring(destination.indexOf('#'))));
        assertTrue(html.contains("<a href=\"../trust/#why\">x</a>"), html);
    }

    @Test
    void wordsAreCountedOnTheTextNotTheMarkup() {
        assertEquals(4, dutch.countWords(engine.renderWithText("## Kop\n\n**Eén** [twee](https://example.org) drie\n",
                LinkTargets.NONE).sections()));
    }
}
