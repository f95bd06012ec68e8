package dev.playbooks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.i18n.Words;
import dev.playbooks.model.Language;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StopWordsTest {
    @Test
    void snowballListsPerLanguageFoldedLikeEveryOtherWord() {
        Set<String> english = StopWords.of(new Language("en"));
        Set<String> dutch = StopWords.of(new Language("nl"));
        assertTrue(english.containsAll(Set.of("the", "and", "of", "your")), english::toString);
        assertTrue(dutch.containsAll(Set.of("de", "het", "een", "van")), dutch::toString);
        assertFalse(dutch.contains("vertrouwen"));
        dutch.forEach(word -> assertEquals(Words.fold(word), word));
    }

    @Test
    void aLanguageWithoutAListHasNoStopWords() {
        assertTrue(StopWords.of(new Language("tlh")).isEmpty());
    }
}
