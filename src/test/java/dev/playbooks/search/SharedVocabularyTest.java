package dev.playbooks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.model.Language;
import dev.playbooks.model.SectionText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What {@code serve} relies on when each update's indexes share the vocabularies of the run before and take the
 * unchanged pages as that run numbered them: the index written is the one a fresh build writes, byte for byte,
 * however the pages changed in between.
 */
class SharedVocabularyTest {
    private static final Language ENGLISH = new Language("en");
    private static final Language DUTCH = new Language("nl");

    private static SearchPage page(String slug, String title, List<String> tags, String... sections) {
        List<SectionText> texts = new ArrayList<>();
        texts.add(new SectionText("", "", sections[0], List.of()));
        for (int s = 1; s < sections.length; s++) {
            texts.add(new SectionText("h" + s, "Heading " + sections[s].split(" ")[0], sections[s],
                    List.of("Check " + sections[s])));
        }
        return new SearchPage(slug, title, "About " + title + ".", tags, texts);
    }

    /**
     * One run: the pages of each language in site order, and the indexes it wrote. A run of serve takes the pages
     * that did not change from the run before it.
     */
    private static final class Run {
        final SearchIndexes indexes;
        final Map<String, IndexedPage> kept = new HashMap<>();
        final Map<Language, String> written = new HashMap<>();

        /** serve's first run. */
        static Run first(Map<Language, List<SearchPage>> pages) throws IOException {
            return new Run(pages, SearchIndexes.forUpdates(counts(pages), "", null), Map.of(), List.of());
        }

        private Run(Map<Language, List<SearchPage>> pages, SearchIndexes indexes, Map<String, IndexedPage> before,
                    List<String> changed) throws IOException {
            this.indexes = indexes;
            for (var entry : pages.entrySet()) {
                List<SearchPage> list = entry.getValue();
                for (int position = 0; position < list.size(); position++) {
                    SearchPage page = list.get(position);
                    String key = entry.getKey().code() + "/" + page.slug();
                    kept.put(key, before.containsKey(key) && !changed.contains(key)
                            ? indexes.add(entry.getKey(), position, before.get(key))
                            : indexes.addAndAnalyse(entry.getKey(), position, page).indexed());
                }
                written.put(entry.getKey(), write(indexes, entry.getKey()));
            }
        }

        Run next(Map<Language, List<SearchPage>> pages, String... changed) throws IOException {
            return new Run(pages, SearchIndexes.forUpdates(counts(pages), "", indexes), kept, List.of(changed));
        }
    }

    private static Map<Language, Integer> counts(Map<Language, List<SearchPage>> pages) {
        return pages.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
    }

    private static String write(SearchIndexes indexes, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        indexes.write(language, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What a full build writes for these pages. */
    private static Map<Language, String> fresh(Map<Language, List<SearchPage>> pages) throws IOException {
        return new Run(pages, new SearchIndexes(counts(pages), ""), Map.of(), List.of()).written;
    }

    private static void assertAsFresh(Map<Language, List<SearchPage>> pages, Run run) throws IOException {
        assertEquals(fresh(pages), run.written);
    }

    @Test
    void editsRetitlingRetaggingNewHeadingsRemovalsAndAdditionsWriteWhatAFreshBuildWrites() throws IOException {
        SearchPage trust = page("trust", "Trust at work", List.of("Autonomy"), "Teams with trust deliver.",
                "Why trust matters to teams", "Delegating builds trust");
        SearchPage delegation = page("delegation", "Delegation", List.of(), "Handing over work.",
                "How to delegate and verify");
        SearchPage coaching = page("coaching", "Coaching", List.of("Growth"), "Asking, not telling.");
        SearchPage vertrouwen = page("vertrouwen", "Vertrouwen", List.of(), "Teams met vertrouwen leveren.");
        Map<Language, List<SearchPage>> pages = new HashMap<>(Map.of(
                ENGLISH, List.of(trust, delegation, coaching), DUTCH, List.of(vertrouwen)));
        Run run = Run.first(pages);
        assertAsFresh(pages, run);

        SearchPage reworded = page("delegation", "Delegation", List.of(), "Handing over zebras and aardvarks.",
                "How to delegate and verify");
        pages.put(ENGLISH, List.of(trust, reworded, coaching));
        run = run.next(pages, "en/delegation");
        assertAsFresh(pages, run);

        SearchPage retitled = page("delegation", "Letting go", List.of("Trust", "Handover"), "Handing over work.",
                "How to delegate and verify", "A new heading with new words", "And another section entirely");
        pages.put(ENGLISH, List.of(retitled, trust, coaching));
        run = run.next(pages, "en/delegation");
        assertAsFresh(pages, run);

        pages.put(ENGLISH, List.of(retitled, coaching));
        run = run.next(pages);
        assertAsFresh(pages, run);

        SearchPage mentoring = page("mentoring", "Mentoring", List.of("Growth"), "Mentors empower mentees.");
        pages.put(ENGLISH, List.of(retitled, mentoring, coaching));
        pages.put(DUTCH, List.of(vertrouwen, page("coachen", "Coachen", List.of(), "Vragen stellen.")));
        run = run.next(pages, "en/mentoring", "nl/coachen");
        assertAsFresh(pages, run);

        pages.put(ENGLISH, List.of(delegation, mentoring, coaching));
        run = run.next(pages, "en/delegation");
        assertAsFresh(pages, run);
    }

    @Test
    void aPageNumberedInAnotherVocabularyIsNumberedAgain() throws IOException {
        SearchPage trust = page("trust", "Trust", List.of(), "Teams with trust deliver.");
        SearchPage coaching = page("coaching", "Coaching", List.of(), "Asking zebras, not telling.");
        IndexedPage elsewhere = new SearchIndexes(Map.of(ENGLISH, 2), "").addAndAnalyse(ENGLISH, 1, coaching)
                .indexed();
        SearchIndexes indexes = new SearchIndexes(Map.of(ENGLISH, 2), "");
        indexes.addAndAnalyse(ENGLISH, 0, trust);
        indexes.add(ENGLISH, 1, elsewhere);
        assertEquals(fresh(Map.of(ENGLISH, List.of(trust, coaching))).get(ENGLISH), write(indexes, ENGLISH));
    }

    @Test
    void aVocabularyMostlyOfWordsNoPageUsesAnyMoreIsNotKept() throws IOException {
        String many = IntStream.range(0, 3000).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
        Map<Language, List<SearchPage>> pages = new HashMap<>(Map.of(ENGLISH,
                List.of(page("long", "Long", List.of(), many))));
        Run run = Run.first(pages);
        Vocabulary first = run.indexes.vocabulary(ENGLISH);
        pages.put(ENGLISH, List.of(page("long", "Short", List.of(), "Few words now.")));
        run = run.next(pages, "en/long");
        assertAsFresh(pages, run);
        assertTrue(first == run.indexes.vocabulary(ENGLISH), "the update shared the vocabulary");
        assertFalse(first.worthKeeping(), "almost every word it numbered is gone");

        pages.put(ENGLISH, List.of(page("long", "Short", List.of(), "Fewer words.")));
        run = run.next(pages, "en/long");
        assertAsFresh(pages, run);
        assertFalse(first == run.indexes.vocabulary(ENGLISH), "the next update started afresh");
        assertTrue(run.indexes.vocabulary(ENGLISH).worthKeeping());
    }
}
