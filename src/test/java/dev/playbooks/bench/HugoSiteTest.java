package dev.playbooks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hugo form of the synthetic site is a fair opponent only if Hugo builds the same pages and does the same work
 * on them: every playbook of both languages with its title, each {@code .md} link turned into a link to the page it
 * names, and each English page linked to its Dutch translation. Without {@code hugo} the build is skipped, unless
 * under CI.
 */
class HugoSiteTest {
    private static final int PER_LANGUAGE = 6;
    private static final Pattern TITLE = Pattern.compile("(?m)^title: \"(.*)\"$");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([a-z]+-\\d+)\\.md(#[^)]*)?\\)");

    @TempDir
    static Path temp;
    static Path ours;
    static Path hugo;

    @BeforeAll
    static void write() throws IOException {
        ours = temp.resolve("site");
        hugo = temp.resolve("site-hugo");
        SyntheticSite.write(ours, PER_LANGUAGE, Path.of(""));
        HugoSite.write(ours, hugo, Path.of(""));
    }

    @Test
    void hugoReadsTheSameMarkdownFiles() throws IOException {
        for (String language : List.of("en", "nl")) {
            for (int i = 0; i < PER_LANGUAGE; i++) {
                String file = SyntheticSite.slug(language, i) + ".md";
                assertEquals(Files.readString(ours.resolve("content").resolve(language).resolve(file)),
                        Files.readString(hugo.resolve("content").resolve(language).resolve(file)), file);
            }
        }
        assertTrue(Files.isRegularFile(hugo.resolve("layouts/_default/_markup/render-link.html")));
    }

    @Test
    void hugoBuildsEveryPlaybookWithItsLinksAndTranslation() throws Exception {
        var program = HugoSite.program();
        if (System.getenv("CI") != null && program.isEmpty()) {
            throw new IllegalStateException("CI must install hugo for the benchmark's Hugo site (see .ci/run)");
        }
        Assumptions.assumeTrue(program.isPresent(), HugoSite.HOW_TO_INSTALL);
        Path out = temp.resolve("out");
        Process process = HugoSite.coldBuild(program.get(), hugo, out, temp.resolve("cache"))
                .redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), log);
        // The link hook warns about a link it could not resolve; Hugo warns about pages it could not place.
        assertFalse(log.contains("WARN") || log.contains("ERROR"), log);

        int links = 0;
        for (String language : List.of("en", "nl")) {
            for (int i = 0; i < PER_LANGUAGE; i++) {
                String slug = SyntheticSite.slug(language, i);
                String source = Files.readString(hugo.resolve("content").resolve(language).resolve(slug + ".md"));
                Document page = page(out, "/" + language + "/" + slug + "/");
                Matcher title = TITLE.matcher(source);
                assertTrue(title.find());
                assertEquals(title.group(1), page.selectFirst("h1").text(), slug);
                links += assertLinksResolved(out, language, source, page);
            }
        }
        assertTrue(links >= PER_LANGUAGE, "only " + links + " links to other playbooks");
        for (int i = 0; i < PER_LANGUAGE; i++) {
            Document english = page(out, "/en/" + SyntheticSite.slug("en", i) + "/");
            Element translation = english.selectFirst("header a[hreflang=nl]");
            assertEquals("/nl/" + SyntheticSite.slug("nl", i) + "/", translation.attr("href"));
            assertTrue(Files.isRegularFile(file(out, translation.attr("href"))));
        }
    }

    /** Each {@code x.md#frag} of the source is a link, in order, to x's page and its heading, both of which exist; how many. */
    private static int assertLinksResolved(Path out, String language, String source, Document page)
            throws IOException {
        List<String> expected = new ArrayList<>();
        Matcher link = MARKDOWN_LINK.matcher(source);
        while (link.find()) {
            expected.add("/" + language + "/" + link.group(1) + "/" + (link.group(2) == null ? "" : link.group(2)));
        }
        List<String> actual = page.select("div.body a[href]:not(.anchor)").eachAttr("href");
        assertEquals(expected, actual, page.location());
        for (String href : actual) {
            String[] parts = href.split("#", 2);
            Path target = file(out, parts[0]);
            assertTrue(Files.isRegularFile(target), href);
            if (parts.length == 2) {
                assertTrue(Jsoup.parse(target.toFile()).getElementById(parts[1]) != null, href);
            }
        }
        return actual.size();
    }

    private static Document page(Path out, String path) throws IOException {
        Path file = file(out, path);
        assertTrue(Files.isRegularFile(file), path);
        return Jsoup.parse(file.toFile(), "UTF-8", "https://playbooks.example" + path);
    }

    private static Path file(Path out, String path) {
        return out.resolve(path.substring(1)).resolve("index.html");
    }
}
