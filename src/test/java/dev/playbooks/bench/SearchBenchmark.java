package dev.playbooks.bench;

import dev.playbooks.browser.Browser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The search side of a built synthetic site: bytes of the index a reader loads per page of the site (raw and
 * gzipped, as a server would send it), bytes of the per-page text fragments, and the time the real search script
 * takes per query in Chromium, from disk. Each query runs {@value #RUNS} times; "cold" clears the script's cache of
 * decoded postings first, "warm" does not (a reader typing on).
 */
final class SearchBenchmark {
    private static final int RUNS = 15;
    private static final String PARAGRAPH = ("Trust grows when a manager gives the team room to decide, asks for "
            + "feedback, and checks in on goals rather than on every step of the work. ").repeat(8);
    private static final Map<String, List<String>> QUERIES = Map.of(
            "en", List.of("trust", "empowered", "micromanaged", "delegation feedback", "coachin", "conversaton",
                    "the team goal", "t", "feed forward", "responsibilities", "trust kubernetes", "one on one",
                    PARAGRAPH),
            "nl", List.of("medewerker", "stapjes", "betrokkenheid", "coordinatie", "vertrou", "gesprke",
                    "de medewerkers en hun doelen", "v", "feed forward", "een op een", "vryheid",
                    "medewerkers betrokkenheid", "verantwoordelijkheden", PARAGRAPH));

    private SearchBenchmark() {
    }

    static void print(Path site, int perLanguage) throws IOException {
        System.out.printf(Locale.ROOT, "%nsearch, %d playbooks per language%n", perLanguage);
        System.out.printf(Locale.ROOT, "%-5s %14s %14s %16s %16s%n", "lang", "index B/page", "index gz B/page",
                "fragment B/page", "fragment gz B/page");
        for (String lang : List.of("en", "nl")) {
            Bytes index = bytes(List.of(site.resolve(lang + "/search-index.js")));
            Bytes fragments;
            try (Stream<Path> files = Files.list(site.resolve(lang + "/search"))) {
                fragments = bytes(files.toList());
            }
            System.out.printf(Locale.ROOT, "%-5s %14.0f %14.0f %16.0f %16.0f%n", lang,
                    index.raw / (double) perLanguage, index.gzip / (double) perLanguage,
                    fragments.raw / (double) perLanguage, fragments.gzip / (double) perLanguage);
        }
        queryTimes(site);
    }

    private record Bytes(long raw, long gzip) {
    }

    /** Raw bytes, and gzip bytes file by file, as a server compresses each response. */
    private static Bytes bytes(List<Path> files) throws IOException {
        long raw = 0;
        long gzip = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            raw += content.length;
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
                out.write(content);
            }
            gzip += packed.size();
        }
        return new Bytes(raw, gzip);
    }

    private static void queryTimes(Path site) {
        if (!Browser.CHROMIUM.canExecute()) {
            System.out.println("(query times need Chromium: apt-get install chromium chromium-driver)");
            return;
        }
        ChromeDriver browser = Browser.start(1024, 768);
        List<Double> cold = new java.util.ArrayList<>();
        List<Double> warm = new java.util.ArrayList<>();
        try {
            System.out.printf(Locale.ROOT, "%-5s %-32s %8s %10s %10s%n", "lang", "query", "results", "cold (ms)",
                    "warm (ms)");
            for (String lang : List.of("en", "nl")) {
                browser.get(site.resolve(lang + "/index.html").toUri().toString());
                Object load = browser.executeAsyncScript("""
                        var done = arguments[arguments.length - 1], form = document.getElementById('search');
                        var start = performance.now();
                        PlaybooksSearch.load(form.dataset.lang, form.dataset.index).then(function (index) {
                          window.benchIndex = index;
                          done(performance.now() - start);
                        }, function (e) { done(String(e)); });
                        """);
                System.out.printf(Locale.ROOT, "%-5s %-32s %8s %10.1f%n", lang, "(loading the index)", "", number(load));
                for (String query : QUERIES.get(lang)) {
                    List<?> timing = (List<?>) browser.executeScript("""
                            var index = window.benchIndex, query = arguments[0], runs = arguments[1];
                            function median(times) { times.sort(function (a, b) { return a - b; });
                                                     return times[times.length >> 1]; }
                            var cold = [], warm = [], found = 0;
                            for (var i = 0; i < runs; i++) {
                              index.cache.clear();
                              var start = performance.now();
                              found = index.search(query, 8).results.length;
                              cold.push(performance.now() - start);
                            }
                            for (var j = 0; j < runs; j++) {
                              var begin = performance.now();
                              index.search(query, 8);
                              warm.push(performance.now() - begin);
                            }
                            return [found, median(cold), median(warm)];
                            """, query, RUNS);
                    String shown = query.length() > 30 ? "(paragraph, " + query.length() + " chars)" : "\"" + query + "\"";
                    System.out.printf(Locale.ROOT, "%-5s %-32s %8d %10.2f %10.2f%n", lang, shown,
                            (long) number(timing.get(0)), number(timing.get(1)), number(timing.get(2)));
                    cold.add(number(timing.get(1)));
                    warm.add(number(timing.get(2)));
                }
            }
            System.out.printf(Locale.ROOT, "%-5s %-32s %8s %10.2f %10.2f%n", "both", "(median of the queries)", "",
                    RelevanceBenchmark.median(cold.stream().mapToDouble(Double::doubleValue).toArray()),
                    RelevanceBenchmark.median(warm.stream().mapToDouble(Double::doubleValue).toArray()));
        } finally {
            browser.quit();
        }
    }

    private static double number(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw new IllegalStateException("the search script answered: " + value);
    }
}
