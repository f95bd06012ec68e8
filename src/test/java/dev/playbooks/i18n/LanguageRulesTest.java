package dev.playbooks.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.model.Language;
import dev.playbooks.model.UiString;
import dev.playbooks.problem.Problems;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageRulesTest {
    private final LanguageRules dutch = new LanguageRules(new Language("nl"));
    private final LanguageRules english = new LanguageRules(new Language("en"));

    @Test
    void slugsHandleDutchDiacriticsAndTheIjLigature() {
        assertEquals("een-op-een", Slugs.slugify("Één op één"));
        assertEquals("ijverig-cooperatief", Slugs.slugify("ĳverig & coöperatief"));
        assertEquals("what-if-they-leave", Slugs.slugify("What if they leave?"));
        assertEquals("", Slugs.slugify("?!"));
        assertTrue(Slugs.isSlug("professionele-autonomie"));
        assertFalse(Slugs.isSlug("Professionele Autonomie"));
    }

    /** CLDR's marks; Dutch has one pair for both levels there, so a quotation inside one takes the other pair. */
    @Test
    void quotationMarksFollowEachLanguage() {
        assertEquals(new Quotes("\u201C", "\u201D", "\u2018", "\u2019"), english.quotes());
        assertEquals(new Quotes("\u2018", "\u2019", "\u201C", "\u201D"), dutch.quotes());
        assertEquals(new Quotes("\u201E", "\u201C", "\u201A", "\u2018"), new LanguageRules(new Language("de")).quotes());
        assertEquals("\u2019", Quotes.APOSTROPHE);
    }

    @Test
    void longDatesFollowEachLanguageWithoutShiftingTheDay() {
        LocalDate date = LocalDate.of(2026, 11, 22);
        assertEquals("22 november 2026", dutch.longDate(date));
        assertEquals("November 22, 2026", english.longDate(date));
        assertEquals("1 januari 2026", dutch.longDate(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void dutchSortingIgnoresCaseAndAccentsTheDutchWay() {
        List<String> words = new ArrayList<>(List.of("zelfvertrouwen", "Één", "coördinatie", "apen", "ideeën"));
        words.sort(dutch.textOrder());
        assertEquals(List.of("apen", "coördinatie", "Één", "ideeën", "zelfvertrouwen"), words);
    }

    @Test
    void wordsAreCountedByTheLanguagesBreakRules() {
        assertEquals(7, dutch.countWords("Één-op-ééngesprekken zijn, eerlijk gezegd, nuttig!"),
                "hyphens separate words, punctuation is no word");
        assertEquals(3, english.countWords("It's 21 % more."), "a contraction is one word, a number counts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Één-op-ééngesprekken zijn, eerlijk gezegd, nuttig!", "It's 21 % more, e.g. 3.5 or 1,000.",
        "auto's en ‘quotes’ — dash", "", "   ", "ĳs IJsbeer ﬁne"})
    void searchCountsTheWordsOfATextAsTheReadingTimeDoes(String text) {
        assertEquals(dutch.countWords(text), new Words(new Language("nl")).forEach(text, word -> { }), text);
        assertEquals(english.countWords(text), new Words(new Language("en")).forEach(text, word -> { }), text);
    }

    @Test
    void languagesNameThemselvesAndEachOther() {
        assertEquals("Nederlands", dutch.nativeName());
        assertEquals("English", english.nativeName());
        assertEquals("Engels", dutch.nameOf(new Language("en")));
        assertEquals("Dutch", english.nameOf(new Language("nl")));
    }

    @Test
    void messagesUseIcuPluralRulesPerLanguage() {
        Language nl = new Language("nl");
        Problems problems = new Problems();
        Map<Language, Messages> catalog = MessageCatalog.compile(
                Map.of(nl, Map.of("steps", new UiString("steps",
                        "{count, plural, one {# stap} other {# stappen}}", "i18n/nl.yaml", 3, 8))),
                Map.of(nl, "i18n/nl.yaml"), problems);
        assertTrue(problems.isEmpty());
        assertEquals("1 stap", catalog.get(nl).format("steps", Map.of("count", 1)));
        assertEquals("7 stappen", catalog.get(nl).format("steps", Map.of("count", 7)));
    }
}
