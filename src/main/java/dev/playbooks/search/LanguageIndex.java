package dev.playbooks.search;

import dev.playbooks.model.Language;
import dev.playbooks.model.SectionText;
import dev.playbooks.text.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The search index of one language, filled page by page while the pages render (from any thread) and written
 * once at the end. Per page it keeps only numbers: which word occurs in which section, at which weight. The text
 * for snippets goes into a small script per page instead, which the browser loads only for the results it shows.
 *
 * <p>The written index is a classic script (so it loads from {@code file://} too) that assigns one object:
 * <ul>
 * <li>{@code pages}: per page its slug, title, and the anchor and text of each heading, in site order. A page's
 * sections are the text before the first heading, then one per heading; numbering them across all pages gives
 * every section a <em>slot</em>.</li>
 * <li>{@code words}: the folded vocabulary, sorted, separated by spaces (stop words left out).</li>
 * <li>{@code postings}: per word, the slots it occurs in with its weight there ({@link #BODY} … {@link #TITLE}),
 * as {@link Varints} of {@code (slot gap << 2) | weight}.</li>
 * <li>{@code groups}: words that share a stem, with the stems a reader's word may start with; a word in no group
 * is its own group and its own stem. The browser needs no stemmer: it looks words up here. One string of
 * {@link Varints}, per group: the gap from the previous group's first word, the number of further words and
 * their gaps, the number of stems and per stem its length as a prefix of the group's first word, or 0 for the
 * next stem in {@code stems} (the rare stem that is no such prefix).</li>
 * <li>{@code stop}: the stop words, so the browser drops them from queries.</li>
 * <li>{@code stemmer}: the language of the browser's stemmer ({@code search/stem-<lang>.js}) that gives a reader's
 * word the group key {@link Stemmers} would, when there is one; the browser then finds a word the site never uses
 * by its stem group, whatever its ending.</li>
 * </ul>
 *
 * <p>A hyphenated word is indexed as its parts and, joined, as one word (see {@link PageAnalyser}).
 */
final class LanguageIndex {
    static final int BODY = 0;
    static final int CHECKLIST = 1;
    static final int HEADING = 2;
    static final int TITLE = 3;
    /** Single letters find everything and nothing; very long "words" are hashes and URLs. */
    static final int MIN_WORD = 2;
    static final int MAX_WORD = 64;
    static final int MAX_SECTION = (1 << 14) - 1;
    /** Languages that write compounds as one word, whose parts the browser looks for inside words. */
    private static final Set<String> COMPOUNDING = Set.of("nl", "de", "da", "sv", "nb", "nn", "no", "fi", "is", "af");
    /** The languages the browser has a stemmer for, identical to {@link Stemmers}' (stemming-vectors.tsv). */
    private static final Set<String> BROWSER_STEMMERS = Set.of("en", "nl");

    private final Language language;
    private final PageAnalyser analyser;
    private final Set<String> stopWords;
    private final Vocabulary vocabulary;
    private final AtomicReferenceArray<IndexedPage> pages;

    LanguageIndex(Language language, int pageCount) {
        this(language, pageCount, new Vocabulary(language, false));
    }

    /** An index that numbers its words in {@code vocabulary}, which other indexes of the language may share. */
    LanguageIndex(Language language, int pageCount, Vocabulary vocabulary) {
        this.language = language;
        this.stopWords = Set.copyOf(StopWords.of(language));
        this.analyser = new PageAnalyser(language, stopWords);
        this.vocabulary = vocabulary;
        this.pages = new AtomicReferenceArray<>(pageCount);
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Records the page at {@code position} in the site's order of this language's pages. */
    void add(int position, SearchPage page) {
        add(position, analyse(page));
    }

    /**
     * The words of a page with their sections and weights, before they become numbers of this index: what an update
     * keeps of the pages it does not render again, so that putting them into a new index costs only lookups.
     */
    Analysed analyse(SearchPage page) {
        return analyser.analyse(page);
    }

    /**
     * Records an analysed page at {@code position}, holding the vocabulary's copies of its words rather than its own
     * (the analysis given may be read elsewhere meanwhile, e.g. written to the build cache, so it is left as it is).
     */
    IndexedPage add(int position, Analysed page) {
        String[] words = new String[page.words().length];
        int[] ids = new int[words.length];
        for (int i = 0; i < ids.length; i++) {
            Vocabulary.Numbered word = vocabulary.numbered(page.words()[i]);
            ids[i] = word.id();
            words[i] = word.word();
        }
        Analysed shared = new Analysed(page.slug(), page.title(), page.headings(), page.sections(), words,
                page.places(), page.bodyWords());
        IndexedPage indexed = new IndexedPage(shared, vocabulary, ids);
        pages.set(position, indexed);
        return indexed;
    }

    /** Records a page from an earlier index at {@code position}: as it is when that index shared the vocabulary. */
    IndexedPage add(int position, IndexedPage page) {
        if (page.vocabulary() != vocabulary) {
            return add(position, page.analysed());
        }
        pages.set(position, page);
        return page;
    }

    /** The script with the text of each section of a page, which the browser loads to show a snippet. */
    String fragment(SearchPage page) {
        StringBuilder script = new StringBuilder(256);
        script.append("(window.playbooksSearchText = window.playbooksSearchText || {})[");
        Json.SCRIPT.string(script, language.code() + "/" + page.slug()).append("] = [");
        Json.SCRIPT.string(script, page.summary());
        for (SectionText section : page.sections()) {
            StringBuilder text = new StringBuilder(section.text());
            section.checklist().forEach(item -> text.append(text.length() == 0 ? "" : "\n").append(item));
            Json.SCRIPT.string(script.append(','), text.toString());
        }
        return script.append("];\n").toString();
    }

    /**
     * Writes the index script; pages link to {@code slug + "/" + pageSuffix}, relative to the language's folder.
     * The output depends only on the pages, not on the order they were added in, nor on the words that other
     * indexes sharing the vocabulary have, nor on what the vocabulary's {@link LastWrite} lets it reuse.
     */
    void write(Writer out, String pageSuffix) throws IOException {
        IndexedPage[] inOrder = pagesInOrder();
        int[] starts = firstSlots(inOrder);
        int[] occurrences = occurrences(inOrder);
        int[] used = usedInOrder(vocabulary.catchUp(), occurrences);
        vocabulary.used(used.length);
        LastWrite last = vocabulary.lastWrite();
        String[] postings = postings(inOrder, starts, used, occurrences,
                last == null ? null : last.changedWords(inOrder, starts, occurrences.length), last);
        String words = last != null && last.sameWords(used) ? last.words() : words(used);
        vocabulary.wrote(new LastWrite(inOrder, starts, used, words, postings));

        StringBuilder json = new StringBuilder(1 << 17);
        json.append("/* The search index of this language, written by the build and read by assets/search.js. */\n");
        json.append("(window.playbooksSearchIndex = window.playbooksSearchIndex || {})[");
        Json.SCRIPT.string(json, language.code()).append("] = {\"format\":2,\"lang\":");
        Json.SCRIPT.string(json, language.code()).append(",\"suffix\":");
        Json.SCRIPT.string(json, pageSuffix).append(",\"compounds\":").append(COMPOUNDING.contains(language.code()));
        if (BROWSER_STEMMERS.contains(language.code())) {
            Json.SCRIPT.string(json.append(",\"stemmer\":"), language.code());
        }
        Json.SCRIPT.string(json.append(",\"stop\":"), String.join(" ", new TreeSet<>(stopWords)));
        json.append(",\n\"pages\":[");
        for (int p = 0; p < inOrder.length; p++) {
            Analysed page = inOrder[p].analysed();
            json.append(p == 0 ? "\n[" : ",\n[");
            Json.SCRIPT.string(json, page.slug()).append(',');
            Json.SCRIPT.string(json, page.title());
            page.headings().forEach(text -> Json.SCRIPT.string(json.append(','), text));
            json.append(']');
            flushIfLarge(json, out);
        }
        out.append(json.append("],\n"));
        out.write(words);
        json.setLength(0);
        json.append(",\n\"postings\":[");
        for (int t = 0; t < used.length; t++) {
            json.append(t == 0 ? "\n\"" : ",\n\"").append(postings[used[t]]).append('"');
            flushIfLarge(json, out);
        }
        json.append("]};\n");
        out.append(json);
    }

    private static void flushIfLarge(StringBuilder json, Writer out) throws IOException {
        if (json.length() > 1 << 16) {
            out.append(json);
            json.setLength(0);
        }
    }

    /** The pages in site order, without the gaps of pages that failed to render. */
    private IndexedPage[] pagesInOrder() {
        List<IndexedPage> inOrder = new ArrayList<>(pages.length());
        for (int p = 0; p < pages.length(); p++) {
            IndexedPage page = pages.get(p);
            if (page != null) {
                inOrder.add(page);
            }
        }
        return inOrder.toArray(IndexedPage[]::new);
    }

    /** Numbering the sections of all pages in order, the number of each page's first section: its first slot. */
    private static int[] firstSlots(IndexedPage[] pages) {
        int[] starts = new int[pages.length];
        for (int p = 1; p < pages.length; p++) {
            starts[p] = starts[p - 1] + pages[p - 1].analysed().sections();
        }
        return starts;
    }

    /** Per word id, on how many (page, section) places of the pages it occurs. */
    private int[] occurrences(IndexedPage[] pages) {
        int[] counts = new int[vocabulary.catchUp().length];
        for (IndexedPage page : pages) {
            for (int id : page.terms()) {
                counts[id]++;
            }
        }
        return counts;
    }

    /** The ids of the words that occur, in sorted order: the index's vocabulary, a word's rank its place here. */
    private static int[] usedInOrder(int[] sorted, int[] occurrences) {
        int[] used = new int[sorted.length];
        int count = 0;
        for (int id : sorted) {
            if (occurrences[id] > 0) {
                used[count++] = id;
            }
        }
        return Arrays.copyOf(used, count);
    }

    /**
     * Per word id, its postings as written: {@code (slot gap << 2) | weight} as {@link Varints}, in ascending slot
     * order. Only the {@code changed} words are encoded again, the others come from {@code last}; all are when
     * {@code changed} is null.
     */
    private static String[] postings(IndexedPage[] pages, int[] starts, int[] used, int[] occurrences,
                                     boolean[] changed, LastWrite last) {
        String[] postings = new String[occurrences.length];
        int[] next = new int[occurrences.length];
        int[] encodeFrom = new int[occurrences.length];
        int total = 0;
        for (int id : used) {
            if (changed == null || changed[id]) {
                encodeFrom[id] = next[id] = total;
                total += occurrences[id];
            } else {
                postings[id] = last.postings()[id];
                next[id] = -1;
            }
        }
        int[] values = new int[total];
        for (int p = 0; p < pages.length; p++) {
            int[] terms = pages[p].terms();
            char[] places = pages[p].analysed().places();
            for (int i = 0; i < terms.length; i++) {
                int at = next[terms[i]];
                if (at >= 0) {
                    values[at] = (starts[p] + (places[i] >> 2)) << 2 | (places[i] & 3);
                    next[terms[i]] = at + 1;
                }
            }
        }
        StringBuilder text = new StringBuilder();
        for (int id : used) {
            if (postings[id] == null) {
                text.setLength(0);
                int previous = -1;
                for (int i = encodeFrom[id]; i < encodeFrom[id] + occurrences[id]; i++) {
                    int slot = values[i] >>> 2;
                    Varints.append(text, (slot - previous - 1) << 2 | (values[i] & 3));
                    previous = slot;
                }
                postings[id] = text.toString();
            }
        }
        return postings;
    }

    /** The words and their stem groups: the part of the index from {@code "words"} to the end of {@code "stems"}. */
    private String words(int[] used) {
        StringBuilder json = new StringBuilder(used.length * 12);
        json.append("\"words\":\"");
        for (int t = 0; t < used.length; t++) {
            Json.SCRIPT.escaped(json.append(t == 0 ? "" : " "), vocabulary.word(used[t]));
        }
        json.append('"');
        writeGroups(json, used);
        return json.toString();
    }

    /**
     * The stem groups (see the class comment for the format), without the groups of one word that is its own stem.
     * Groups come in the order of their first word, members in rank order (a rank is a place in {@code used}).
     */
    private void writeGroups(StringBuilder json, int[] used) {
        int[] first = new int[vocabulary.groupCount()];
        int[] last = new int[first.length];
        Arrays.fill(first, -1);
        int[] nextInGroup = new int[used.length];
        for (int t = 0; t < used.length; t++) {
            int g = vocabulary.group(used[t]);
            nextInGroup[t] = -1;
            if (first[g] < 0) {
                first[g] = t;
            } else {
                nextInGroup[last[g]] = t;
            }
            last[g] = t;
        }
        StringBuilder groups = new StringBuilder();
        List<String> otherStems = new ArrayList<>();
        int previousFirst = -1;
        for (int t = 0; t < used.length; t++) {
            int g = vocabulary.group(used[t]);
            if (first[g] != t || nextInGroup[t] < 0 && vocabulary.isOwnStem(used[t])) {
                continue;
            }
            Set<String> stems = new LinkedHashSet<>();
            int size = 0;
            for (int m = t; m >= 0; m = nextInGroup[m], size++) {
                stems.addAll(Arrays.asList(vocabulary.stems(used[m])));
            }
            for (int m = t; m >= 0; m = nextInGroup[m]) {
                stems.remove(vocabulary.word(used[m]));
            }
            Varints.append(groups, t - previousFirst - 1);
            previousFirst = t;
            Varints.append(groups, size - 1);
            for (int m = t; nextInGroup[m] >= 0; m = nextInGroup[m]) {
                Varints.append(groups, nextInGroup[m] - m - 1);
            }
            Varints.append(groups, stems.size());
            for (String stem : stems) {
                boolean prefix = !stem.isEmpty() && vocabulary.word(used[t]).startsWith(stem);
                Varints.append(groups, prefix ? stem.length() : 0);
                if (!prefix) {
                    otherStems.add(stem);
                }
            }
        }
        Json.SCRIPT.string(json.append(",\n\"groups\":"), groups.toString());
        Json.SCRIPT.string(json.append(",\n\"stems\":"), String.join(" ", otherStems));
    }
}
