package dev.playbooks.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.model.Language;
import java.util.List;
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

    @Test
    void plainAsciiTakesTheShortPathToTheSameAnswer() {
        assertEquals("team check-in", Words.fold("Team Check-In"));
        assertEquals(List.of("team", "check", "in"), new Words(new Language("en")).of("Team Check-In"));
    }
}
