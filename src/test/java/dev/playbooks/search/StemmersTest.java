package dev.playbooks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.model.Language;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which words end up in one stem group, so that the browser can find one through the other. */
class StemmersTest {
    private final Stemmers english = new Stemmers(new Language("en"));
    private final Stemmers dutch = new Stemmers(new Language("nl"));

    @ParameterizedTest(name = "en: {0} ~ {1}")
    @CsvSource({
        "empowered, empowerment", "empowering, empowerment", "empowers, empower",
        "micromanaged, micromanagement", "manager, managers", "delegated, delegation", "teams, team",
    })
    void englishWordFormsShareAGroup(String word, String other) {
        assertEquals(english.group(word), english.group(other));
    }

    @ParameterizedTest(name = "nl: {0} ~ {1}")
    @CsvSource({
        "medewerkers, medewerker", "stappen, stap", "stapjes, stap", "stapje, stappen", "mannetje, man",
        "boompje, boom", "stoeltje, stoel", "plantje, plant", "huisjes, huis", "gesprekken, gesprek",
        "vrije, vrij", "vaardigheden, vaardigheid",
    })
    void dutchPluralsDiminutivesAndSpellingChangesShareAGroup(String word, String other) {
        assertEquals(dutch.group(word), dutch.group(other));
    }

    @ParameterizedTest(name = "{0}: {1} ≁ {2}")
    @CsvSource({
        "en, pain, paint", "en, trust, truth", "nl, plantje, plan", "nl, gezond, zon", "nl, genieten, niet",
        "nl, werknemersbetrokkenheid, betrokkenheid",
    })
    void differentWordsStayApart(String language, String word, String other) {
        Stemmers stemmers = language.equals("en") ? english : dutch;
        assertNotEquals(stemmers.group(word), stemmers.group(other));
    }

    @Test
    void englishOffersTheSingleStemTooSoALongerFormCanBeRecognised() {
        assertEquals(Set.of("empower", "empow"), english.stems("empowerment"));
        assertEquals(Set.of("stap"), dutch.stems("stappen"));
    }

    @Test
    void aLanguageWithoutASnowballStemmerGroupsOnlyIdenticalWords() {
        Stemmers unknown = new Stemmers(new Language("tlh"));
        assertEquals("qapla", unknown.group("qapla"));
        assertTrue(Stemmers.snowballName(new Language("tlh")).isEmpty());
        assertEquals("German", Stemmers.snowballName(new Language("de")).orElseThrow());
    }
}
