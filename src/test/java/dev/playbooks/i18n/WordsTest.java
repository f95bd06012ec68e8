package dev.playbooks.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Word breaking and folding for search, held to the test vectors the browser's script is held to as well. */
class WordsTest {
    static Stream<FoldingVectors.Vector> vectors() {
        return FoldingVectors.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void foldsAsTheSharedVectorsSay(FoldingVectors.Vector vector) {
        assertEquals(vector.folded(), Words.fold(vector.input()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void breaksWordsAsTheSharedVectorsSayInBothLanguages(FoldingVectors.Vector vector) {
        assertEquals(vector.words(), new Words(new Language("nl")).of(vector.input()));
        assertEquals(vector.words(), new Words(new Language("en")).of(vector.input()));
    }

    @Test
    void theVectorsCoverWhatReadersTypeDifferently() {
        List<String> inputs = FoldingVectors.all().stream().map(FoldingVectors.Vector::input).toList();
        assertTrue(inputs.size() >= 30, "enough vectors to mean something: " + inputs.size());
        for (String needed : List.of("Coördineren", "Straße", "auto's en foto’s", "werknemers\u00ADbetrokkenheid")) {
            assertTrue(inputs.contains(needed), "vector for " + needed);
        }
    }

    /**
     * Runs of simple Latin between spaces are broken without the rules; random text of the marks, spaces, letters
     * and scripts that make the rules join or split words differently holds that to the rules over the whole text.
     */
    @Test
    void textBrokenRunByRunHasTheWordsAndCountOfTextBrokenWhole() {
        String simple = "aZq9 \n.,;:!?()[]\"'\u2019\u2018\u201C-/_éëïĳßæØ\u2014\u2026\r\t\u00A0x";
        String other = "\u00AD\u0301\u200D\u200B\u00D7😀中ก\u05D0\u30AB\u0434@#&%$0\u2028\u0085";
        Random random = new Random(42);
        for (Language language : List.of(new Language("en"), new Language("nl"))) {
            Words words = new Words(language);
            for (int n = 0; n < 30_000; n++) {
                String alphabet = n % 5 == 0 ? simple + other : simple;
                StringBuilder text = new StringBuilder();
                for (int length = random.nextInt(30); length > 0; length--) {
                    text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                            random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
                }
                List<String> expected = new ArrayList<>();
                List<String> actual = new ArrayList<>();
                int expectedCount = words.forEachBrokenWhole(text.toString(), expected::add);
                int actualCount = words.forEach(text.toString(), actual::add);
                assertEquals(expected, actual, text::toString);
                assertEquals(expectedCount, actualCount, text::toString);
            }
        }
    }

    @Test
    void plainAsciiTakesTheShortPathToTheSameAnswer() {
        assertEquals("team check-in", Words.fold("Team Check-In"));
        assertEquals(List.of("team", "check", "in"), new Words(new Language("en")).of("Team Check-In"));
    }
}
