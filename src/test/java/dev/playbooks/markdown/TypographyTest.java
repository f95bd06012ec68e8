package dev.playbooks.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.i18n.LanguageRules;
import dev.playbooks.model.ChecklistItem;
import dev.playbooks.model.Heading;
import dev.playbooks.model.Language;
import dev.playbooks.model.Outline;
import dev.playbooks.model.SectionText;
import dev.playbooks.problem.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Straight quotes and apostrophes become each language's marks, in the page and in its text, never in code. */
class TypographyTest {
    private final MarkdownEngine english = engine("en");
    private final MarkdownEngine dutch = engine("nl");
    private final MarkdownEngine asTyped = new MarkdownEngine(false);

    private static MarkdownEngine engine(String language) {
        return new MarkdownEngine(false, new LanguageRules(new Language(language)).quotes());
    }

    /** The HTML of one paragraph, without its {@code <p>} tags. */
    private static String inline(MarkdownEngine engine, String markdown) {
        String html = engine.render(markdown + "\n", LinkTargets.NONE).strip();
        assertTrue(html.startsWith("<p>") && html.endsWith("</p>"), html);
        return html.substring(3, html.length() - 4);
    }

    @Test
    void englishSetsDoubleQuotesOutsideSingleOnesInsideAndCurlyApostrophes() {
        assertEquals("She said “don’t ‘panic’” and left.", inline(english, "She said \"don't 'panic'\" and left."));
        assertEquals("In two years’ time, it’s the team’s call.",
                inline(english, "In two years' time, it's the team's call."));
    }

    @Test
    void dutchSetsSingleQuotesOutsideDoubleOnesInside() {
        assertEquals("Ze zei: ‘Ik reken op je.’", inline(dutch, "Ze zei: \"Ik reken op je.\""));
        assertEquals("‘Hij vroeg “waarom?” en wachtte.’", inline(dutch, "\"Hij vroeg 'waarom?' en wachtte.\""));
    }

    @Test
    void dutchApostrophesInAndBeforeWordsAreApostrophes() {
        assertEquals("’s Avonds staan de auto’s en foto’s klaar, zo’n cd’tje ook.",
                inline(dutch, "'s Avonds staan de auto's en foto's klaar, zo'n cd'tje ook."));
        assertEquals("Naar ’s-Hertogenbosch, ’t is ver.", inline(dutch, "Naar 's-Hertogenbosch, 't is ver."));
    }

    /** The extension would pair 's with the apostrophe that ends Kees', as if they quoted the words between. */
    @Test
    void anElisionIsNotPairedWithALaterApostropheAsAQuotation() {
        assertEquals("’s Ochtends leest ze Kees’ verslag.", inline(dutch, "'s Ochtends leest ze Kees' verslag."));
        assertEquals("’s Middags zegt ze ‘nee’.", inline(dutch, "'s Middags zegt ze \"nee\"."));
    }

    @Test
    void codeSpansAndCodeBlocksKeepTheirStraightQuotesInEveryLanguage() {
        for (MarkdownEngine engine : List.of(english, dutch)) {
            assertEquals("Type <code>don't \"quote\"</code>, don’t",
                    inline(engine, "Type `don't \"quote\"`, don't").replace("&quot;", "\""));
            String blocks = engine.render("```\nsay 'hi' \"now\"\n```\n\n    it's \"indented\"\n", LinkTargets.NONE);
            assertTrue(blocks.contains("say 'hi' &quot;now&quot;") && blocks.contains("it's &quot;indented&quot;"),
                    blocks);
            assertEquals("", engine.renderWithText("```\nsay 'hi'\n```\n", LinkTargets.NONE).sections().stream()
                    .map(SectionText::text).filter(text -> text.contains("’")).findAny().orElse(""));
        }
    }

    @Test
    void linksKeepTheirDestinationsAndTitlesWhileTheirTextGetsTheMarks() {
        assertEquals("<a href=\"https://example.org/it's\" title=\"a &quot;title&quot;\">it’s “here”</a>",
                inline(english, "[it's \"here\"](https://example.org/it's \"a \\\"title\\\"\")"));
    }

    @Test
    void dashesEllipsesAndAngleQuotesStayAsTyped() {
        assertEquals("2015--2016 --- wait... &lt;&lt;not guillemets&gt;&gt;",
                inline(dutch, "2015--2016 --- wait... <<not guillemets>>"));
    }

    @Test
    void unmatchedDoubleQuotesStayStraight() {
        assertEquals("a 5\" screen", inline(english, "a 5\" screen").replace("&quot;", "\""));
    }

    /** Headings in the contents, checklist items on the checklists page, and search snippets show what the page does. */
    @Test
    void theTextOfHeadingsItemsAndSectionsCarriesTheMarks() {
        String body = "## \"Nee\" zeggen\n\nDat is 's avonds lastig.\n\n- [ ] Vraag: \"Wat heb ik geleerd?\"\n";
        Outline outline = dutch.outline(body, 1, "content/nl/x.md", new Problems());
        assertEquals("‘Nee’ zeggen", outline.headings().get(0).text());
        assertEquals("Vraag: ‘Wat heb ik geleerd?’", outline.checklist().get(0).text());
        SectionText section = dutch.renderWithText(body, LinkTargets.NONE).sections().get(1);
        assertEquals("‘Nee’ zeggen", section.heading());
        assertEquals("Dat is ’s avonds lastig.", section.text());
        assertEquals(List.of("Vraag: ‘Wat heb ik geleerd?’"), section.checklist());
    }

    /** A reader's ticks and links to sections were made before the marks, and must still find their step. */
    @Test
    void headingAndChecklistIdsAreTheSameAsWithStraightQuotes() {
        String body = """
                ## "Nee" zeggen, 's avonds

                ## Don't 'wait'

                - [ ] Ask in your next one-on-one: "What have I (or you) learned?"
                - [ ] Don't skip the team's 'quiet' check-in
                - [ ] Plan 's avonds niets voor Kees' team
                """;
        for (MarkdownEngine engine : List.of(english, dutch)) {
            Outline typographic = engine.outline(body, 1, "x.md", new Problems());
            Outline typed = asTyped.outline(body, 1, "x.md", new Problems());
            assertEquals(typed.headings().stream().map(Heading::id).toList(),
                    typographic.headings().stream().map(Heading::id).toList());
            assertEquals(typed.checklist().stream().map(ChecklistItem::id).toList(),
                    typographic.checklist().stream().map(ChecklistItem::id).toList());
            String html = engine.renderWithText(body, LinkTargets.NONE, "Link").html();
            for (ChecklistItem item : typed.checklist()) {
                assertTrue(html.contains("data-item=\"" + item.id() + "\""), item.id());
            }
        }
    }

    @Test
    void anEngineWithoutALanguagesMarksLeavesQuotesAsTyped() {
        assertEquals("it's &quot;as typed&quot;", inline(asTyped, "it's \"as typed\""));
    }
}
