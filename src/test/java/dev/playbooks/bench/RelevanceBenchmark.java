package dev.playbooks.bench;

import dev.playbooks.TestSite;
import dev.playbooks.browser.Browser;
import dev.playbooks.pipeline.BuildResult;
import dev.playbooks.pipeline.Pipeline;
import dev.playbooks.relevance.OurSearch;
import dev.playbooks.relevance.RelevanceSuite;
import dev.playbooks.relevance.Scores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The relevance suite on the real site, through our search script and through Pagefind (from npm, indexing only the
 * article body of the same built site), both served on the loopback by {@link StaticHost}: Success@1, Success@3 and
 * MRR@10 side by side, the bytes a first search downloads and the median time of a query.
 *
 * <p>A first search is what a reader's first query downloads on a page already open: for ours, typed into the search
 * box until its results and their snippets are shown; for Pagefind, its script, index and the data of the first
 * {@value #PAGEFIND_SHOWN} results (what its own UI shows first). Bytes are as sent, gzipped where a static host
 * gzips (text), Pagefind's index files as they are (compressed already).
 */
final class RelevanceBenchmark {
    static final String PAGEFIND_VERSION = "1.6.0";
    private static final int PAGEFIND_SHOWN = 5;
    private static final int RESULTS = 10;
    private static final Path TOOLS = Path.of("target/tools");
    private static final long QUIET_MILLIS = 600;
    /** Runs of each query for its time: one takes less than the browser's clock resolves. */
    private static final int TIMED_RUNS = 20;

    private RelevanceBenchmark() {
    }

    static void print() throws IOException, InterruptedException {
        Path site = Path.of("target/bench/relevance/site").toAbsolutePath();
        BuildResult built = new Pipeline(TestSite.repoOptions().withOutput(site)).run();
        if (!built.succeeded()) {
            throw new IllegalStateException("the real site did not build: " + built.problems());
        }
        indexWithPagefind(site);
        writePagefindPages(site);
        List<RelevanceSuite.Query> suite = RelevanceSuite.all();
        if (!Browser.CHROMIUM.canExecute()) {
            System.out.println("(the relevance suite needs Chromium: apt-get install chromium chromium-driver)");
            return;
        }
        ChromeDriver browser = Browser.start(1024, 768);
        try (StaticHost host = new StaticHost(site)) {
            Map<RelevanceSuite.Query, List<String>> ours = OurSearch.run(browser, site, suite);
            Map<RelevanceSuite.Query, List<String>> pagefind = pagefindResults(browser, host, suite);
            Figures oursFigures = new Figures(Scores.of(ours), bytes(suite, q -> ourFirstSearch(browser, host, q)),
                    ourQueryTimes(browser, host, suite));
            Figures pagefindFigures = new Figures(Scores.of(pagefind),
                    bytes(suite, q -> pagefindFirstSearch(browser, host, q)), pagefindQueryTimes(browser, host, suite));
            report(suite, ours, pagefind, oursFigures, pagefindFigures);
        } finally {
            browser.quit();
        }
    }

    private record Figures(Scores scores, double[] bytes, double[] millis) {
    }

    private static void report(List<RelevanceSuite.Query> suite, Map<RelevanceSuite.Query, List<String>> ours,
                               Map<RelevanceSuite.Query, List<String>> pagefind, Figures a, Figures b) {
        long english = suite.stream().filter(q -> q.lang().equals("en")).count();
        System.out.printf(Locale.ROOT, "%nrelevance suite on the real site: %d queries (%d English, %d Dutch, %d junk)%n",
                suite.size(), english, suite.size() - english, a.scores.junk());
        System.out.printf(Locale.ROOT, "%-34s %12s %12s%n", "", "ours", "pagefind " + PAGEFIND_VERSION);
        row("Success@1", a.scores.successAt1(), b.scores.successAt1());
        row("Success@3", a.scores.successAt3(), b.scores.successAt3());
        row("MRR@10", a.scores.mrrAt10(), b.scores.mrrAt10());
        for (String lang : List.of("en", "nl")) {
            Scores oursIn = Scores.of(only(ours, lang));
            Scores theirsIn = Scores.of(only(pagefind, lang));
            row("  " + lang + ": Success@1", oursIn.successAt1(), theirsIn.successAt1());
            row("  " + lang + ": MRR@10", oursIn.mrrAt10(), theirsIn.mrrAt10());
        }
        System.out.printf(Locale.ROOT, "%-34s %12s %12s%n", "junk queries with results",
                a.scores.junkWithResults() + " of " + a.scores.junk(), b.scores.junkWithResults() + " of " + b.scores.junk());
        System.out.printf(Locale.ROOT, "%-34s %12.1f %12.1f%n", "first search, KB (median)",
                median(a.bytes) / 1024, median(b.bytes) / 1024);
        System.out.printf(Locale.ROOT, "%-34s %12.1f %12.1f%n", "first search, KB (largest)",
                max(a.bytes) / 1024, max(b.bytes) / 1024);
        System.out.printf(Locale.ROOT, "%-34s %12.2f %12.2f%n", "query time, ms (median)",
                median(a.millis), median(b.millis));
        System.out.println("ours missed first:");
        a.scores.misses().forEach(miss -> System.out.println("  " + miss));
        System.out.println("pagefind missed first:");
        b.scores.misses().forEach(miss -> System.out.println("  " + miss));
    }

    private static Map<RelevanceSuite.Query, List<String>> only(Map<RelevanceSuite.Query, List<String>> results,
                                                                String lang) {
        Map<RelevanceSuite.Query, List<String>> some = new LinkedHashMap<>();
        results.forEach((query, found) -> {
            if (query.lang().equals(lang)) {
                some.put(query, found);
            }
        });
        return some;
    }

    private static void row(String name, double ours, double theirs) {
        System.out.printf(Locale.ROOT, "%-34s %12.3f %12.3f%n", name, ours, theirs);
    }

    /** Pagefind as its npm package ships it, at the version this benchmark was written against. */
    private static void indexWithPagefind(Path site) throws IOException, InterruptedException {
        Path packageJson = TOOLS.resolve("node_modules/pagefind/package.json");
        if (!Files.exists(packageJson) || !Files.readString(packageJson).contains("\"version\": \"" + PAGEFIND_VERSION + "\"")) {
            run(List.of("npm", "install", "--prefix", TOOLS.toString(), "--no-audit", "--no-fund", "--save-exact",
                    "pagefind@" + PAGEFIND_VERSION));
        }
        run(List.of(TOOLS.resolve("node_modules/.bin/pagefind").toString(), "--site", site.toString(),
                "--root-selector", ".playbook-body", "--quiet"));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit " + process.exitValue());
        }
    }

    /**
     * A page per language that searches with Pagefind's own script, which picks the index of the page's language.
     * Nothing loads until the first search, as with a search box.
     */
    private static void writePagefindPages(Path site) throws IOException {
        for (String lang : List.of("en", "nl")) {
            Files.writeString(site.resolve("pagefind-" + lang + ".html"), """
                    <!DOCTYPE html>
                    <html lang="%s"><head><meta charset="utf-8"><title>Pagefind</title></head><body>
                    <script type="module">
                    window.pagefindSearch = async (query, shown) => {
                      const pagefind = await import('/pagefind/pagefind.js');
                      const found = await pagefind.search(query);
                      const data = await Promise.all(found.results.slice(0, shown).map((result) => result.data()));
                      return data.map((page) => page.url.split('/').filter(Boolean)[1]);
                    };
                    window.pagefindTime = async (query) => {
                      const pagefind = await import('/pagefind/pagefind.js');
                      const start = performance.now();
                      await pagefind.search(query);
                      return performance.now() - start;
                    };
                    </script></body></html>
                    """.formatted(lang));
        }
    }

    private static void openPagefindPage(ChromeDriver browser, StaticHost host, String lang) {
        browser.get(host.address().resolve("pagefind-" + lang + ".html").toString());
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> Boolean.TRUE.equals(browser.executeScript("return !!window.pagefindSearch")));
    }

    @SuppressWarnings("unchecked")
    private static Map<RelevanceSuite.Query, List<String>> pagefindResults(ChromeDriver browser, StaticHost host,
                                                                           List<RelevanceSuite.Query> suite) {
        return RelevanceSuite.answers(suite, lang -> openPagefindPage(browser, host, lang),
                query -> (List<String>) browser.executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        window.pagefindSearch(arguments[0], arguments[1]).then(done, function (e) { done([String(e)]); });
                        """, query.text(), RESULTS));
    }

    private static double[] bytes(List<RelevanceSuite.Query> suite, java.util.function.ToDoubleFunction<RelevanceSuite.Query> first) {
        return suite.stream().mapToDouble(first).toArray();
    }

    /** The page is open and idle; what loads from here on is the first search's. */
    private static void startCounting(StaticHost host) {
        try {
            host.sentWhenQuiet(QUIET_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        host.resetCount();
    }

    /** The bytes sent since {@link #startCounting}, once nothing more has been asked for a while. */
    private static double countedBytes(StaticHost host) {
        try {
            return host.sentWhenQuiet(QUIET_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    private static double ourFirstSearch(ChromeDriver browser, StaticHost host, RelevanceSuite.Query query) {
        browser.get(host.address().resolve(query.lang() + "/index.html").toString());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> Boolean.TRUE.equals(
                browser.executeScript("return document.readyState === 'complete'")));
        startCounting(host);
        browser.findElement(By.className("search-button")).click();
        WebElement input = browser.findElement(By.id("search_input"));
        input.sendKeys(query.text());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                !browser.findElement(By.className("search-status")).getText().isEmpty());
        return countedBytes(host);
    }

    private static double pagefindFirstSearch(ChromeDriver browser, StaticHost host, RelevanceSuite.Query query) {
        openPagefindPage(browser, host, query.lang());
        startCounting(host);
        browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                window.pagefindSearch(arguments[0], arguments[1]).then(done, done);
                """, query.text(), PAGEFIND_SHOWN);
        return countedBytes(host);
    }

    /**
     * Per query, the time of our search with the index loaded (the reader's first query has loaded it), averaged over
     * {@value #TIMED_RUNS} runs.
     */
    private static double[] ourQueryTimes(ChromeDriver browser, StaticHost host, List<RelevanceSuite.Query> suite) {
        List<Double> times = new ArrayList<>();
        for (String lang : List.of("en", "nl")) {
            browser.get(host.address().resolve(lang + "/index.html").toString());
            List<String> queries = suite.stream().filter(q -> q.lang().equals(lang)).map(RelevanceSuite.Query::text).toList();
            @SuppressWarnings("unchecked")
            List<Number> millis = (List<Number>) browser.executeAsyncScript("""
                    var queries = arguments[0], runs = arguments[1], done = arguments[arguments.length - 1];
                    var form = document.getElementById('search');
                    PlaybooksSearch.load(form.dataset.lang, form.dataset.index).then(function (index) {
                      done(queries.map(function (query) {
                        index.search(query, 8);
                        var start = performance.now();
                        for (var i = 0; i < runs; i++) index.search(query, 8);
                        return (performance.now() - start) / runs;
                      }));
                    }, function (e) { done([String(e)]); });
                    """, queries, TIMED_RUNS);
            millis.forEach(m -> times.add(m.doubleValue()));
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Per query, the time of Pagefind's search once it has started (it fetches the index chunks a query needs). */
    private static double[] pagefindQueryTimes(ChromeDriver browser, StaticHost host, List<RelevanceSuite.Query> suite) {
        List<Double> times = new ArrayList<>();
        for (String lang : List.of("en", "nl")) {
            openPagefindPage(browser, host, lang);
            browser.executeAsyncScript("var done = arguments[arguments.length - 1]; window.pagefindTime('a').then(done);");
            for (RelevanceSuite.Query query : suite) {
                if (query.lang().equals(lang)) {
                    times.add(((Number) browser.executeAsyncScript("""
                            var done = arguments[arguments.length - 1];
                            window.pagefindTime(arguments[0]).then(done);
                            """, query.text())).doubleValue());
                }
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

}
