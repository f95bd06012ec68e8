package dev.playbooks.search;

/**
 * A page as a language's index holds it: its analysed words, and their numbers in the index's {@link Vocabulary}.
 * {@code serve} keeps these for the pages an update does not render again; an index that shares the vocabulary
 * takes the numbers as they are, any other numbers the words again.
 */
public final class IndexedPage {
    private final Analysed analysed;
    private final Vocabulary vocabulary;
    private final int[] terms;

    IndexedPage(Analysed analysed, Vocabulary vocabulary, int[] terms) {
        this.analysed = analysed;
        this.vocabulary = vocabulary;
        this.terms = terms;
    }

    /** A page as analysed by an index of an earlier process: an index that takes it numbers its words. */
    public static IndexedPage of(Analysed analysed) {
        return new IndexedPage(analysed, null, new int[0]);
    }

    public Analysed analysed() {
        return analysed;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Word {@code terms()[i]} of the vocabulary occurs at {@code analysed().places()[i]}. */
    int[] terms() {
        return terms;
    }
}
