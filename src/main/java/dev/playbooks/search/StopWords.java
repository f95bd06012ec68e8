package dev.playbooks.search;

import dev.playbooks.i18n.Words;
import dev.playbooks.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * The words too common to help find a page ("the", "de", "een"): Snowball's lists, as Lucene ships them, folded
 * like every other word. They are left out of the index, and the browser leaves them out of queries.
 */
final class StopWords {
    private StopWords() {
    }

    /** The folded stop words of a language, sorted; empty for a language Snowball has no list for. */
    static Set<String> of(Language language) {
        String file = Stemmers.snowballName(language).map(name -> name.toLowerCase(Locale.ROOT) + "_stop.txt")
                .orElse(null);
        Set<String> folded = new TreeSet<>();
        if (file == null || SnowballFilter.class.getResource(file) == null) {
            return folded;
        }
        try (InputStream list = SnowballFilter.class.getResourceAsStream(file)) {
            WordlistLoader.getSnowballWordSet(list, StandardCharsets.UTF_8)
                    .forEach(word -> folded.add(Words.fold(new String((char[]) word))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folded;
    }
}
