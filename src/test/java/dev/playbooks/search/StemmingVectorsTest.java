package dev.playbooks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbooks.TestSite;
import dev.playbooks.i18n.Words;
import dev.playbooks.model.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The browser stems a reader's word that the index does not hold (templates/assets/search/stem-en.js, stem-nl.js),
 * and must find the stem group the build would have put it in. Both sides are held to one file of examples,
 * {@code src/test/resources/search/stemming-vectors.tsv}: every word of the real playbooks and word forms that
 * exercise each rule of the stemmers. This test holds the Java side (Lucene's Snowball stemmers with
 * {@link Stemmers}' rules) to it; the Node test stem.test.js holds the JavaScript side. When the stemmers change
 * (a Lucene upgrade, a new rule), write the file again with
 * {@code mvn test -Dtest=StemmingVectorsTest -Dplaybooks.writeStemmingVectors=true} and make the Node test pass.
 */
class StemmingVectorsTest {
    static final Path FILE = TestSite.REPO.resolve("src/test/resources/search/stemming-vectors.tsv");
    private static final String WRITE = "playbooks.writeStemmingVectors";
    private static final String HEADER = """
            # Stemming vectors: per language and word, the stem group key and the stems a reader's word may start with,
            # as dev.playbooks.search.Stemmers makes them (Lucene's Snowball stemmers and the rules around them). The
            # browser's stem-<lang>.js must give the same. Written by StemmingVectorsTest; do not edit by hand.
            # lang	word	group	stems (space-separated)
            """;
    /** Forms that exercise the stemmers' rules which the playbooks' own words may not reach. */
    private static final Map<String, List<String>> RULES = Map.of(
            "en", List.of("caresses", "ponies", "ties", "cats", "feed", "agreed", "plastered", "bled", "motoring",
                    "sing", "conflated", "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed",
                    "failing", "filing", "happy", "sky", "skies", "dying", "lying", "tying", "news", "inning",
                    "outing", "canning", "proceed", "succeeded", "generously", "generate", "communication",
                    "arsenal", "relational", "conditional", "rational", "valenci", "hesitanci", "digitizer",
                    "conformabli", "radicalli", "differentli", "vileli", "analogousli", "vietnamization",
                    "predication", "operator", "feudalism", "decisiveness", "hopefulness", "callousness",
                    "formaliti", "sensitiviti", "sensibiliti", "triplicate", "formative", "formalize",
                    "electriciti", "electrical", "hopeful", "goodness", "revival", "allowance", "inference",
                    "airliner", "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment",
                    "dependent", "adoption", "homologou", "communism", "activate", "angulariti", "homologous",
                    "effective", "bowdlerize", "probate", "rate", "cease", "controll", "roll", "yelling", "saying",
                    "played", "toy", "abbeys", "crying", "gently", "early", "lovingly", "ugly", "sky", "idly",
                    "disagreements", "microscopically", "unnecessarily", "responsibilities", "organisations",
                    "conditionally", "hopelessness", "ogis", "apologies", "biology", "archaeology", "happily"),
            "nl", List.of("lichamelijk", "lichamelijke", "mogelijkheden", "vriendelijkheid", "gelukkig", "gelukkige",
                    "leesbaar", "eetbaar", "opvallend", "opvallende", "wandeling", "wandelingen", "aanbevelingen",
                    "gemeentes", "gemeente", "kinderen", "mooiste", "huisje", "huisjes", "mannetje", "mannetjes",
                    "boompje", "stoeltje", "plantje", "vrije", "vrij", "koninkrijk", "ijverig", "ijverige",
                    "bakkerijen", "uitgaven", "lopen", "loop", "gelopen", "zeeën", "ideeën", "kopieën", "cafés",
                    "baby", "yoghurt", "mayonaise", "royaal", "ouderen", "zorgvuldigheid", "snelheden",
                    "beslissingen", "werkende", "lezingen", "tekenaar", "dankbaarheid", "eerbare", "eerlijk",
                    "gemeentelijke", "aanpassingen", "verwachtingen", "gebeurtenissen", "mogelijk", "naturen",
                    "maand", "maanden", "straten", "boten", "zeeen", "genen", "gemengen", "heiden", "bedrijven"));

    @Test
    void theJavaSideGivesTheStemsOfTheSharedVectors() throws IOException {
        String now = vectors();
        if (Boolean.getBoolean(WRITE)) {
            Files.writeString(FILE, now, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
        assertEquals(now, committed, () -> "src/test/resources/search/stemming-vectors.tsv is not what the stemmers "
                + "give now; write it again with: mvn test -Dtest=StemmingVectorsTest -D" + WRITE + "=true");
    }

    @Test
    void everyStemmerTheBrowserHasIsHeldToVectors() throws IOException {
        Set<String> scripts = new TreeSet<>();
        try (Stream<Path> files = Files.list(TestSite.REPO.resolve("templates/assets/search"))) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.matches("stem-[a-z]+\\.js"))
                    .forEach(name -> scripts.add(name.substring(5, name.length() - 3)));
        }
        assertEquals(new TreeSet<>(RULES.keySet()), scripts);
    }

    private static String vectors() throws IOException {
        StringBuilder out = new StringBuilder(HEADER);
        for (String code : List.of("en", "nl")) {
            Language language = new Language(code);
            Stemmers stemmers = new Stemmers(language);
            for (String word : words(language)) {
                out.append(code).append('\t').append(word).append('\t').append(stemmers.group(word)).append('\t')
                        .append(String.join(" ", stemmers.stems(word))).append('\n');
            }
        }
        return out.toString();
    }

    /** The folded words of the language's playbooks and the rule examples, stop words left out, sorted. */
    private static Set<String> words(Language language) throws IOException {
        Words words = new Words(language);
        Set<String> stop = StopWords.of(language);
        Set<String> all = new TreeSet<>();
        try (Stream<Path> files = Files.list(TestSite.REPO.resolve("content").resolve(language.code()))) {
            for (Path file : files.sorted().toList()) {
                words.forEach(Files.readString(file, StandardCharsets.UTF_8), all::add);
            }
        }
        RULES.get(language.code()).forEach(word -> words.forEach(word, all::add));
        all.removeIf(word -> stop.contains(word) || word.length() < LanguageIndex.MIN_WORD
                || word.length() > LanguageIndex.MAX_WORD || !word.chars().allMatch(Character::isLetter));
        return all;
    }
}
