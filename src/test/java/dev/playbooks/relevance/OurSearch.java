package dev.playbooks.relevance;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Runs the suite through the site's own search script ({@code PlaybooksSearch}, the functions the search box uses)
 * in Chromium, on a built site opened from disk.
 */
public final class OurSearch {
    /** As many results as MRR@10 looks at. */
    private static final int LIMIT = 10;

    private OurSearch() {
    }

    /** The slugs each query of the suite finds on the site, best first. */
    public static Map<RelevanceSuite.Query, List<String>> run(ChromeDriver browser, Path site,
                                                              List<RelevanceSuite.Query> queries) {
        return RelevanceSuite.answers(queries,
                lang -> browser.get(site.resolve(lang + "/index.html").toUri().toString()),
                query -> slugs(browser, query));
    }

    @SuppressWarnings("unchecked")
    private static List<String> slugs(ChromeDriver browser, RelevanceSuite.Query query) {
        Object found = browser.executeAsyncScript("""
                var lang = arguments[0], query = arguments[1], limit = arguments[2];
                var done = arguments[arguments.length - 1], form = document.getElementById('search');
                PlaybooksSearch.load(lang, form.dataset.index).then(function () {
                  done(PlaybooksSearch.search(lang, query, limit).results.map(function (r) { return r.slug; }));
                }, function (error) { done(String(error)); });
                """, query.lang(), query.text(), LIMIT);
        if (!(found instanceof List)) {
            throw new IllegalStateException("search failed for " + query + ": " + found);
        }
        return (List<String>) found;
    }
}
