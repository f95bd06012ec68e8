package dev.playbooks.search;

import dev.playbooks.model.Language;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search indexes of a build, one per language. Pages are added while they render, from any thread; each
 * addition returns the page's text fragment to write at once, and only numbers stay in memory. The indexes are
 * written when every page is in. Where things live in the site:
 * <ul>
 * <li>{@value #SCRIPT}: the browser's search script (a static asset);</li>
 * <li>{@code <lang>/search-index.js}: the index of a language, loaded when a reader starts to search;</li>
 * <li>{@code <lang>/search/<slug>.js}: a page's text, loaded for the snippets of the results shown.</li>
 * </ul>
 */
public final class SearchIndexes {
    public static final String SCRIPT = "assets/search.js";

    private final Map<Language, LanguageIndex> indexes = new TreeMap<>();
    private final String pageSuffix;

    /** A page's text for snippets, and where in the site it goes. */
    public record Fragment(String sitePath, byte[] script) {
    }

    /** What adding a page gives back: its fragment to write, and the page as indexed, to keep for later updates. */
    public record Added(Fragment fragment, IndexedPage indexed) {
        /** The length of the page's body in words, from the same pass of the word-break rules as the index. */
        public int bodyWords() {
            return indexed.analysed().bodyWords();
        }
    }

    /**
     * @param pagesPerLanguage how many playbooks each language has: positions run from 0 to that number
     * @param pageSuffix       what follows {@code slug/} in a link to a page: {@code index.html} for a site opened
     *                         from disk, empty for one on a server
     */
    public SearchIndexes(Map<Language, Integer> pagesPerLanguage, String pageSuffix) {
        this(pagesPerLanguage, pageSuffix, null, false);
    }

    private SearchIndexes(Map<Language, Integer> pagesPerLanguage, String pageSuffix, SearchIndexes previous,
                          boolean forUpdates) {
        pagesPerLanguage.forEach((language, count) -> {
            LanguageIndex before = previous == null ? null : previous.indexes.get(language);
            Vocabulary vocabulary = before != null && before.vocabulary().worthKeeping() ? before.vocabulary()
                    : new Vocabulary(language, forUpdates);
            indexes.put(language, new LanguageIndex(language, count, vocabulary));
        });
        this.pageSuffix = pageSuffix;
    }

    /**
     * Indexes for {@code serve}, whose every update writes the indexes of the whole site anew: they share the
     * vocabularies of {@code previous} (while worth keeping), so that the pages kept from it join without their
     * words being looked up again, writing sorts and stems only new words, and encodes again only the postings of
     * words on pages that changed. Each keeps what it wrote for the next.
     *
     * @param previous the indexes of the run before, or null to start afresh
     */
    public static SearchIndexes forUpdates(Map<Language, Integer> pagesPerLanguage, String pageSuffix,
                                           SearchIndexes previous) {
        return new SearchIndexes(pagesPerLanguage, pageSuffix, previous, true);
    }

    public static String indexFile(Language language) {
        return language.code() + "/search-index.js";
    }

    public static String fragmentFile(Language language, String slug) {
        return language.code() + "/search/" + slug + ".js";
    }

    /** Adds the page at {@code position} in its language's site order; returns its fragment to write. */
    public Fragment add(Language language, int position, SearchPage page) {
        return addAndAnalyse(language, position, page).fragment();
    }

    /** Like {@link #add(Language, int, SearchPage)}, also giving back the page's analysis. */
    public Added addAndAnalyse(Language language, int position, SearchPage page) {
        LanguageIndex index = indexes.get(language);
        IndexedPage indexed = index.add(position, index.analyse(page));
        return new Added(new Fragment(fragmentFile(language, page.slug()),
                index.fragment(page).getBytes(StandardCharsets.UTF_8)), indexed);
    }

    /**
     * Adds a page an earlier run indexed, whose fragment is already written; returns it as this index holds it,
     * to keep for the next run.
     */
    public IndexedPage add(Language language, int position, IndexedPage page) {
        return indexes.get(language).add(position, page);
    }

    Vocabulary vocabulary(Language language) {
        return indexes.get(language).vocabulary();
    }

    /** Writes the index script of a language (see {@link LanguageIndex} for its format). */
    public void write(Language language, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
        indexes.get(language).write(writer, pageSuffix);
        writer.flush();
    }
}
