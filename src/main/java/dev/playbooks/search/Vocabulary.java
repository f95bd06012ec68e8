package dev.playbooks.search;

import dev.playbooks.model.Language;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The words of one language's index, numbered in the order they were first seen, with what writing an index needs
 * of a word that does not depend on the pages: its place in sorted order and its stem group. {@code serve} keeps
 * one across its updates, so that the index written after an edit numbers, sorts and stems only the words that
 * edit brought, instead of the whole site's again.
 *
 * <p>Numbering ({@link #id}) is thread-safe, as pages are added while they render. Everything else is for the one
 * thread that writes an index, after every page is in.
 *
 * <p>A word stays numbered after the last page that used it changed, so the indexes that share a vocabulary leave
 * out the words none of their pages has; {@link #worthKeeping} says when so many words have gone that starting
 * afresh is cheaper.
 */
final class Vocabulary {
    private final Language language;
    private final Map<String, Numbered> ids = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();
    /** Words numbered since the writer last caught up. */
    private final Queue<String> fresh = new ConcurrentLinkedQueue<>();

    // The writer's, caught up by catchUp(): per id its word, stem group and stems; all ids in the words' sorted
    // order. Stemming is the dearest part of writing an index, and a word's stems never change.
    private String[] words = new String[0];
    private int[] groups = new int[0];
    private String[][] stems = new String[0][];
    private boolean[] ownStem = new boolean[0];
    private final Map<String, Integer> groupNumbers = new HashMap<>();
    private int[] sorted = new int[0];
    private Stemmers stemmers;
    /** How many words the last index written from this vocabulary had; -1 before one. */
    private int used = -1;
    private final boolean keepsLastWrite;
    private LastWrite lastWrite;

    /** @param keepsLastWrite whether to keep what each index wrote for the next one ({@code serve}) */
    Vocabulary(Language language, boolean keepsLastWrite) {
        this.language = language;
        this.keepsLastWrite = keepsLastWrite;
    }

    /** A word as the vocabulary holds it, with its number. */
    record Numbered(String word, int id) {
    }

    /**
     * The number of a word, given it the first time it is seen, and the word's one copy: a page that keeps that
     * copy instead of its own shares it with every other page that has the word, which at 20,000 pages is some
     * 150 MiB of heap less.
     */
    Numbered numbered(String word) {
        // A plain get first: computeIfAbsent locks the bin even when the word is there, and most words are.
        Numbered known = ids.get(word);
        return known != null ? known : ids.computeIfAbsent(word, w -> {
            fresh.add(w);
            return new Numbered(w, size.getAndIncrement());
        });
    }

    /**
     * Brings the writer's side up to date with the words numbered since; returns every id in the sorted order of
     * their words. Only the new words are sorted, then merged into the order the last index had.
     */
    int[] catchUp() {
        int count = size.get();
        if (count == words.length) {
            return sorted;
        }
        int known = words.length;
        words = Arrays.copyOf(words, count);
        groups = Arrays.copyOf(groups, count);
        stems = Arrays.copyOf(stems, count);
        ownStem = Arrays.copyOf(ownStem, count);
        for (String word = fresh.poll(); word != null; word = fresh.poll()) {
            words[ids.get(word).id()] = word;
        }
        for (int id = known; id < count; id++) {
            stem(id);
        }
        String[] added = Arrays.copyOfRange(words, known, count);
        Arrays.sort(added);
        sorted = merge(sorted, added);
        return sorted;
    }

    private void stem(int id) {
        if (stemmers == null) {
            stemmers = new Stemmers(language);
        }
        String word = words[id];
        Stemmers.Stemmed stemmed = stemmers.stemmed(word);
        Integer group = groupNumbers.putIfAbsent(stemmed.group(), groupNumbers.size());
        groups[id] = group == null ? groupNumbers.size() - 1 : group;
        stems[id] = stemmed.stems().toArray(String[]::new);
        ownStem[id] = stemmed.stems().stream().allMatch(word::equals);
    }

    private int[] merge(int[] before, String[] added) {
        int[] merged = new int[before.length + added.length];
        int b = 0;
        int a = 0;
        for (int m = 0; m < merged.length; m++) {
            if (a == added.length || b < before.length && words[before[b]].compareTo(added[a]) < 0) {
                merged[m] = before[b++];
            } else {
                merged[m] = ids.get(added[a++]).id();
            }
        }
        return merged;
    }

    String word(int id) {
        return words[id];
    }

    /** The number of the word's stem group (see {@link Stemmers#group}), below {@link #groupCount}. */
    int group(int id) {
        return groups[id];
    }

    int groupCount() {
        return groupNumbers.size();
    }

    /** The stems a reader's word may start with for this word (see {@link Stemmers#stems}); not to be changed. */
    String[] stems(int id) {
        return stems[id];
    }

    /** Whether the word is its only stem, so that alone in its group it needs no group in the index. */
    boolean isOwnStem(int id) {
        return ownStem[id];
    }

    /** Notes how many of the numbered words the index just written used. */
    void used(int words) {
        used = words;
    }

    /** What the last index written from this vocabulary lets the next reuse; null if nothing. */
    LastWrite lastWrite() {
        return lastWrite;
    }

    void wrote(LastWrite written) {
        lastWrite = keepsLastWrite ? written : null;
    }

    /**
     * Whether a next index should share this vocabulary: not once most of its words are used by no page. Words go
     * unused only when pages change, which writes the index; one never written has none.
     */
    boolean worthKeeping() {
        return used < 0 || size.get() <= 2 * used + 1024;
    }
}
