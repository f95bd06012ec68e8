package dev.playbooks.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import dev.playbooks.i18n.FoldingVectors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The real search script (templates/assets/search.js) against the real indexes of a built site, in Chromium,
 * opened from disk: every kind of match a reader expects, in both languages.
 */
class SearchScriptTest {
    @TempDir
    static Path temp;
    static TestSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void openTheBuiltSite() {
        Browser.assumeInstalled();
        site = SearchFixture.build(temp);
        browser = Browser.start(1024, 768);
        browser.get(site.out().resolve("en/coaching/index.html").toUri().toString());
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The slugs of the results for a query, best first. */
    static List<String> slugs(String lang, String query) {
        return results(lang, query).stream().map(result -> (String) result.get("slug")).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> results(String lang, String query) {
        Object found = browser.executeAsyncScript("""
                var lang = arguments[0], query = arguments[1], done = arguments[arguments.length - 1];
                var button = document.querySelector('#search button[data-lang="' + lang + '"]');
                PlaybooksSearch.load(lang, button.dataset.index)
                  .then(function () { done(PlaybooksSearch.search(lang, query, 10).results); },
                        function (error) { done(String(error)); });
                """, lang, query);
        assertTrue(found instanceof List, () -> "search failed: " + found);
        return (List<Map<String, Object>>) found;
    }

    static Stream<FoldingVectors.Vector> vectors() {
        return FoldingVectors.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void foldsAndBreaksWordsExactlyAsTheJavaSideDoes(FoldingVectors.Vector vector) {
        assertEquals(vector.folded(), browser.executeScript("return PlaybooksSearch.fold(arguments[0])", vector.input()));
        List<Object> words = new ArrayList<>();
        for (String lang : List.of("nl", "en")) {
            words.add(browser.executeScript("return PlaybooksSearch.words(arguments[0], arguments[1])",
                    vector.input(), lang));
        }
        assertEquals(List.of(vector.words(), vector.words()), words);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" finds {2}")
    @CsvSource(delimiter = '|', value = {
        // case and folding
        "en | EMPOWERMENT | empowerment",
        "nl | coordineren | samenwerken",
        "nl | Coördineren | samenwerken",
        "nl | ijverig | ijver",
        "nl | b\u0133drage | ijver",
        // English word forms (whole words: found through their stem group, not as the start being typed), however
        // long the ending the browser's stemmer takes off
        "en | 'empowered ' | empowerment",
        "en | 'empowering ' | empowerment",
        "en | 'micromanaged ' | micromanagement",
        "en | 'delegated ' | tasks",
        "en | 'responsibilities ' | roles",
        // Dutch plurals, diminutives, spelling changes, long endings
        "nl | 'stap ' | klein-beginnen",
        "nl | 'stappen ' | klein-beginnen",
        "nl | 'stapje ' | klein-beginnen",
        "nl | 'verantwoordelijkheden ' | rollen",
        // Dutch compounds by their parts (a space after the word: found as a part, not as the start being typed)
        "nl | 'betrokkenheid ' | meten",
        "nl | 'werknemers ' | meten",
        // compounds joined, hyphenated and spaced, in both languages
        "en | feedforward | forward",
        "en | feed-forward | forward",
        "en | feed forward | forward",
        "nl | feedforward | vooruit",
        "nl | feed-forward | vooruit",
        "nl | feed forward | vooruit",
        "en | 'jobdescription ' | roles",
        "nl | 'feedbackgeven ' | feedback-geven",
        "nl | 'functie omschrijving ' | rollen",
        // a phrase of stop words only
        "nl | een op een | vooruit",
        "en | all in | forward",
        // the word being typed, also when a single letter of the next follows it
        "en | micromana | micromanagement",
        "en | micromana g | micromanagement",
        "nl | coördin | samenwerken",
        "nl | coördin x | samenwerken",
        // one typo in a word of five letters or more
        "en | conversaton | coaching",
        "en | fedback | feedback",
        "nl | onderzeok | meten",
        // Dutch spelling habits: y for ij, ei for ij
        "nl | 'bydrage ' | ijver",
        "nl | 'beidrage ' | ijver",
        "nl | 'yverig ' | ijver",
        // sections and checklist items
        "en | open questions | coaching",
    })
    void findsThePageAReaderMeans(String lang, String query, String slug) {
        List<String> found = slugs(lang, query);
        assertTrue(!found.isEmpty() && found.get(0).equals(slug), () -> query + " → " + found);
    }

    @Test
    void bothMedewerkerFormsAreFoundAndTheExactOneRanksFirst() {
        assertEquals(List.of("leiding", "ruimte"), slugs("nl", "medewerker "));
        assertEquals(List.of("ruimte", "leiding"), slugs("nl", "medewerkers "));
    }

    @Test
    void anExactWordRanksAboveAnExpansionInEnglishToo() {
        assertEquals(List.of("handing-over", "tasks"), slugs("en", "delegation"));
        assertEquals(List.of("tasks", "handing-over"), slugs("en", "delegate"));
    }

    @Test
    void aTitleMatchRanksAboveABodyMention() {
        assertEquals(List.of("feedback", "meetings"), slugs("en", "feedback"));
        assertEquals(List.of("feedback-geven", "klein-beginnen"), slugs("nl", "feedback"));
    }

    @Test
    void stopWordsNeverDecideWhatIsFound() {
        assertEquals(slugs("en", "coaching"), slugs("en", "the coaching of "));
        assertEquals(slugs("nl", "medewerker"), slugs("nl", "de medewerker en het "));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "en | xyzzy",
        "nl | kwijlbal",
        "en | taks",
        "nl | stpa ",
        "en | 'the of and '",
        "nl | 'de het een '",
    })
    void aQueryThatMatchesNothingGivesNoResultsNotNoise(String lang, String query) {
        assertEquals(List.of(), slugs(lang, query));
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "en | coaching xyzzy | coaching | xyzzy",
        "nl | medewerker kwijlbal | leiding | kwijlbal",
    })
    void aWordThatMatchesNothingIsReportedAndTheOtherWordsStillFind(String lang, String query, String slug,
                                                                    String missing) {
        Map<String, Object> found = (Map<String, Object>) browser.executeAsyncScript("""
                var lang = arguments[0], query = arguments[1], done = arguments[arguments.length - 1];
                var button = document.querySelector('#search button[data-lang="' + lang + '"]');
                PlaybooksSearch.load(lang, button.dataset.index)
                  .then(function () { done(PlaybooksSearch.search(lang, query, 10)); }, function (e) { done(String(e)); });
                """, lang, query);
        assertEquals(slug, ((List<Map<String, Object>>) found.get("results")).get(0).get("slug"));
        assertEquals(List.of(missing), found.get("missing"));
    }

    @Test
    void aResultPointsToTheSectionThatMatched() {
        Map<String, Object> first = results("en", "open questions ").get(0);
        assertEquals("Questions", first.get("heading"));
        assertTrue(((String) first.get("href")).endsWith("en/coaching/index.html#questions"), first::toString);
        Map<String, Object> dutch = results("nl", "werknemersbetrokkenheid").get(0);
        assertEquals("Onderzoek", dutch.get("heading"));
        assertTrue(((String) dutch.get("href")).endsWith("nl/meten/index.html#onderzoek"), dutch::toString);
    }

    @Test
    void aLongPastedParagraphStillAnswers() {
        String paragraph = "Coaching is a conversation that starts with curiosity and open questions. ".repeat(60);
        List<String> found = slugs("en", paragraph);
        assertEquals(List.of("coaching"), found);
    }

    @Test
    void theSnippetMarksTheMatchedWordsAsTheyAreWritten() {
        Object parts = browser.executeScript("""
                return PlaybooksSearch.snippet(arguments[0], 'nl', new Set(['medewerkers']), 40);
                """, "In dit team kiezen Medewerkers hun eigen aanpak, en dat werkt.");
        assertEquals(List.of(List.of("In dit team kiezen ", false), List.of("Medewerkers", true),
                List.of(" hun eigen", false), List.of("…", false)), parts);
    }
}
