package dev.playbooks.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.i18n.LanguageRules;
import dev.playbooks.model.Language;
import dev.playbooks.model.SectionText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain text per section that search indexes, taken from the same parse that renders the page. */
class SectionTextsTest {
    private final MarkdownEngine engine = new MarkdownEngine(false);
    private final LanguageRules english = new LanguageRules(new Language("en"));

    @Test
    void eachHeadingStartsASectionWithItsAnchorAndTheIntroComesFirst() {
        RenderedBody body = engine.renderWithText("""
                Intro with a [link](https://example.org) and `code`.

                ## Één op één

                First *paragraph*.

                > Quoted advice.

                ### Stappen

                1. Plan
                2. Doe
                """, LinkTargets.NONE);
        List<SectionText> sections = body.sections();
        assertEquals(List.of("", "een-op-een", "stappen"), sections.stream().map(SectionText::anchor).toList());
        assertEquals(List.of("", "Één op één", "Stappen"), sections.stream().map(SectionText::heading).toList());
        assertEquals("Intro with a link and code.", sections.get(0).text());
        assertEquals("First paragraph.\nQuoted advice.", sections.get(1).text());
        assertEquals("Plan\nDoe", sections.get(2).text());
        assertTrue(body.html().contains("<h2 id=\"een-op-een\">"), "the same parse renders the page");
    }

    @Test
    void checklistItemsAreKeptApartFromTheRunningText() {
        List<SectionText> sections = engine.renderWithText("""
                ## Checklist

                Before you start:

                - [ ] Ask one question
                - [x] Share one **goal**
                - A plain item
                """, LinkTargets.NONE).sections();
        SectionText checklist = sections.get(1);
        assertEquals(List.of("Ask one question", "Share one goal"), checklist.checklist());
        assertEquals("Before you start:\nA plain item", checklist.text());
    }

    @Test
    void searchSeesWhatThePageShowsWithoutItsRawHtml() {
        RenderedBody body = engine.renderWithText("""
                Visible text.

                <div>hidden block</div>

                Inline <b>bold</b> end.
                """, LinkTargets.NONE);
        String intro = body.sections().get(0).text();
        assertFalse(body.html().contains("hidden"), "a raw HTML block is left out of the page");
        assertFalse(intro.contains("hidden"), intro);
        assertEquals("Visible text.\nInline bold end.", intro);
    }

    @Test
    void aBodyWithoutHeadingsIsOneSection() {
        assertEquals(1, engine.renderWithText("Just text.", LinkTargets.NONE).sections().size());
        assertEquals(List.of(new SectionText("", "", "", List.of())),
                engine.renderWithText("", LinkTargets.NONE).sections());
    }
}
