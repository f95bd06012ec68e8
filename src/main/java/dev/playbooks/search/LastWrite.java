package dev.playbooks.search;

import java.util.Arrays;

/**
 * What the index last written from a {@link Vocabulary} holds that the next one may take as it is: the words and
 * stem groups as text, while the same words are used, and each word's encoded postings, while every page it
 * occurs on is the same page at the same slots. {@code serve} writes a language's whole index after each edit,
 * and an edit changes the postings of few words.
 *
 * @param pages     the pages in site order
 * @param starts    the first slot of each page
 * @param used      the ids of the words used, in sorted order
 * @param words     the text from {@code "words"} to the end of {@code "stems"}
 * @param postings  per word id, its postings as written; null for a word not used
 */
record LastWrite(IndexedPage[] pages, int[] starts, int[] used, String words, String[] postings) {

    boolean sameWords(int[] nowUsed) {
        return Arrays.equals(used, nowUsed);
    }

    /**
     * Which words (by id, below {@code vocabularySize}) may have other postings now: those on a page that is not
     * the same page at the same first slot as before, then or now. Null when the pages moved, so that all may.
     */
    boolean[] changedWords(IndexedPage[] nowPages, int[] nowStarts, int vocabularySize) {
        if (nowPages.length != pages.length) {
            return null;
        }
        boolean[] changed = new boolean[vocabularySize];
        for (int p = 0; p < pages.length; p++) {
            if (nowPages[p] != pages[p] || nowStarts[p] != starts[p]) {
                for (int id : pages[p].terms()) {
                    changed[id] = true;
                }
                for (int id : nowPages[p].terms()) {
                    changed[id] = true;
                }
            }
        }
        return changed;
    }
}
