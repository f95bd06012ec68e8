package dev.playbooks.search;

import static dev.playbooks.search.LanguageIndex.BODY;
import static dev.playbooks.search.LanguageIndex.CHECKLIST;
import static dev.playbooks.search.LanguageIndex.HEADING;
import static dev.playbooks.search.LanguageIndex.MAX_SECTION;
import static dev.playbooks.search.LanguageIndex.MAX_WORD;
import static dev.playbooks.search.LanguageIndex.MIN_WORD;
import static dev.playbooks.search.LanguageIndex.TITLE;

import dev.playbooks.i18n.Words;
import dev.playbooks.model.Language;
import dev.playbooks.model.SectionText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which words of a page occur where, and how heavily: the title, the summary and tags, headings, checklist items and
 * body text, section by section, stop words left out. A hyphenated word is indexed as its parts and, joined, as one
 * word ({@code feed-forward} also as {@code feedforward}), so that however a reader writes a compound, the browser
 * finds it by looking it up or by joining the words typed apart.
 */
final class PageAnalyser {
    private final Words words;
    private final Set<String> stopWords;

    PageAnalyser(Language language, Set<String> stopWords) {
        this.words = new Words(language);
        this.stopWords = stopWords;
    }

    /** The page's words, each with the sections it occurs in and the highest weight it has in each. */
    Analysed analyse(SearchPage page) {
        Places places = new Places(stopWords);
        index(page.title(), 0, TITLE, places);
        index(page.summary(), 0, HEADING, places);
        page.tags().forEach(tag -> index(tag, 0, HEADING, places));
        List<String> headings = new ArrayList<>();
        List<SectionText> sections = page.sections();
        int bodyWords = 0;
        for (int s = 0; s < sections.size(); s++) {
            SectionText section = sections.get(s);
            int place = Math.min(s, MAX_SECTION);
            if (s > 0) {
                headings.add(section.anchor());
                headings.add(section.heading());
            }
            bodyWords += index(section.heading(), place, HEADING, places);
            bodyWords += index(section.text(), place, BODY, places);
            for (String item : section.checklist()) {
                bodyWords += index(item, place, CHECKLIST, places);
            }
        }
        return places.analysed(page.slug(), page.title(), headings, sections.size(), bodyWords);
    }

    /** Indexes the words of a text, and its hyphenated words joined; returns how many words a reader counts. */
    private int index(String text, int section, int weight, Places places) {
        Compounds.each(text, compound -> places.add(Compounds.joined(Words.fold(compound)), section, weight));
        return words.forEach(text, word -> places.add(word, section, weight));
    }

    /** Collects (word, section, weight) for one page and keeps the highest weight per word and section. */
    private static final class Places {
        private final Set<String> stopWords;
        private final Map<String, Integer> local = new HashMap<>();
        private final List<String> localWords = new ArrayList<>();
        private long[] keys = new long[256];
        private int size;

        Places(Set<String> stopWords) {
            this.stopWords = stopWords;
        }

        void add(String word, int section, int weight) {
            if (word.length() < MIN_WORD || word.length() > MAX_WORD || stopWords.contains(word)) {
                return;
            }
            int id = local.computeIfAbsent(word, w -> {
                localWords.add(w);
                return localWords.size() - 1;
            });
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = (long) id << 16 | (long) section << 2 | weight;
        }

        Analysed analysed(String slug, String title, List<String> headings, int sections, int bodyWords) {
            Arrays.sort(keys, 0, size);
            String[] kept = new String[size];
            char[] at = new char[size];
            int count = 0;
            for (int i = 0; i < size; i++) {
                boolean sameAsNext = i + 1 < size && keys[i + 1] >>> 2 == keys[i] >>> 2;
                if (!sameAsNext) {
                    kept[count] = localWords.get((int) (keys[i] >>> 16));
                    at[count] = (char) (keys[i] & 0xFFFF);
                    count++;
                }
            }
            return new Analysed(slug, title, List.copyOf(headings), sections, Arrays.copyOf(kept, count),
                    Arrays.copyOf(at, count), bodyWords);
        }
    }
}
