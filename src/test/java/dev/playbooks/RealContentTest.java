package dev.playbooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.pipeline.BuildResult;
import dev.playbooks.pipeline.Pipeline;
import dev.playbooks.content.ContentTree;
import dev.playbooks.content.PageSource;
import dev.playbooks.content.ProjectLayout;
import dev.playbooks.content.SourceReader;
import dev.playbooks.i18n.LanguageRules;
import dev.playbooks.markdown.LinkTargets;
import dev.playbooks.markdown.MarkdownEngine;
import dev.playbooks.model.Language;
import dev.playbooks.model.Outline;
import dev.playbooks.model.SourceFile;
import dev.playbooks.model.SourceVersion;
import dev.playbooks.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The playbooks in this repository's content/, read with the generator's own loader: six playbooks, and four
 * worksheets to print (their translation keys start with {@code worksheet-}), each in English and Dutch.
 */
class RealContentTest {
    private static final List<Language> LANGUAGES = List.of(new Language("en"), new Language("nl"));
    private static final Map<Language, String> WORKSHEET_TAG = Map.of(new Language("en"), "worksheet",
            new Language("nl"), "werkblad");

    record Loaded(SourceFile file, PageSource page, Outline outline, int words) {
        long sections() {
            return outline.headings().stream().filter(h -> h.level() == 2).count();
        }

        long linksToPlaybooks() {
            return outline.links().stream().filter(link -> !link.destination().startsWith("#")).count();
        }

        boolean isWorksheet() {
            return page.meta().translationKey().startsWith("worksheet-");
        }

        boolean linksTo(Loaded other) {
            String file = other.file().path().getFileName().toString();
            return outline.links().stream().anyMatch(link -> link.destination().split("#", 2)[0].equals(file));
        }
    }

    static Map<String, Map<Language, Loaded>> byKey = new TreeMap<>();

    @BeforeAll
    static void load() throws IOException {
        Problems problems = new Problems();
        ContentTree tree = ContentTree.scan(ProjectLayout.at(TestSite.REPO), problems);
        for (Language language : LANGUAGES) {
            LanguageRules rules = new LanguageRules(language);
            MarkdownEngine markdown = new MarkdownEngine(false, rules.quotes());
            for (SourceFile file : tree.playbooks(language)) {
                PageSource page = SourceReader.read(file, problems).orElseThrow();
                Outline outline = markdown.outline(page.body(), page.bodyLine(), file.display(), problems);
                int words = rules.countWords(markdown.renderWithText(page.body(), LinkTargets.NONE).sections());
                byKey.computeIfAbsent(page.meta().translationKey(), k -> new TreeMap<>())
                        .put(language, new Loaded(file, page, outline, words));
            }
        }
        assertTrue(problems.isEmpty(), problems.sorted()::toString);
    }

    private static List<Loaded> all(boolean worksheets) {
        return byKey.values().stream().flatMap(versions -> versions.values().stream())
                .filter(page -> page.isWorksheet() == worksheets).toList();
    }

    @Test
    void thereAreSixPlaybooksAndFourWorksheetsEachInBothLanguages() {
        assertEquals(10, byKey.size(), byKey.keySet()::toString);
        assertEquals(4, byKey.keySet().stream().filter(key -> key.startsWith("worksheet-")).count());
        byKey.forEach((key, versions) -> assertEquals(LANGUAGES, new ArrayList<>(versions.keySet()),
                "translationKey " + key));
    }

    @Test
    void translationsHaveTheSameSectionsAndChecklistItems() {
        byKey.forEach((key, versions) -> {
            Loaded en = versions.get(new Language("en"));
            Loaded nl = versions.get(new Language("nl"));
            assertEquals(en.sections(), nl.sections(), key + ": ## sections");
            assertEquals(en.outline().checklist().size(), nl.outline().checklist().size(), key + ": checklist items");
        });
    }

    /** Without translatedFrom, neither `translations` nor the reader's notice can tell when a Dutch page falls behind. */
    @Test
    void everyDutchPageRecordsTheEnglishVersionItWasWrittenFrom() {
        byKey.forEach((key, versions) -> assertEquals(Optional.of(new Language("en")),
                versions.get(new Language("nl")).page().meta().translatedFrom().map(SourceVersion::language),
                key + ": translatedFrom"));
    }

    @Test
    void everyPlaybookHasAChecklistLinksAndCompleteFrontMatter() {
        all(false).forEach(playbook -> {
            String name = playbook.file().display();
            int items = playbook.outline().checklist().size();
            assertTrue(items >= 5 && items <= 10, name + ": checklist of 5-10 items, has " + items);
            assertTrue(playbook.linksToPlaybooks() >= 2, name + ": at least two links to other playbooks");
            var meta = playbook.page().meta();
            assertTrue(!meta.tags().isEmpty() && !meta.audience().isEmpty() && meta.updated().isPresent(),
                    name + ": tags, audience and updated");
        });
    }

    @Test
    void everyPlaybookIsBetween700And1500Words() {
        all(false).forEach(playbook -> {
            int words = playbook.words();
            assertTrue(words >= 700 && words <= 1500, playbook.file().display() + " has " + words + " words");
        });
    }

    /**
     * A worksheet is a tool a playbook describes: tagged as one in its own language, listed after every playbook on
     * the home page, linked from a playbook of its language and back, and short enough for one printed page (which
     * {@code browser.WorksheetPrintTest} checks on paper).
     */
    @Test
    void everyWorksheetIsTaggedListedLastLinkedBothWaysAndShort() {
        int lastPlaybook = all(false).stream().mapToInt(playbook -> playbook.page().meta().weight()).max()
                .orElseThrow();
        all(true).forEach(worksheet -> {
            String name = worksheet.file().display();
            Language language = worksheet.file().language();
            var meta = worksheet.page().meta();
            String tag = WORKSHEET_TAG.get(language);
            assertTrue(meta.tags().contains(tag), name + ": tagged " + tag);
            assertTrue(meta.weight() > lastPlaybook, name + ": weight after every playbook's");
            assertTrue(!meta.audience().isEmpty() && meta.updated().isPresent(), name + ": audience and updated");
            List<Loaded> playbooks = all(false).stream().filter(p -> p.file().language().equals(language)).toList();
            assertTrue(playbooks.stream().anyMatch(playbook -> playbook.linksTo(worksheet)),
                    name + ": a playbook of its language links to it");
            assertTrue(playbooks.stream().anyMatch(worksheet::linksTo), name + ": links to the playbook behind it");
            assertTrue(worksheet.words() <= 250, name + " has " + worksheet.words() + " words");
        });
    }

    @Test
    void theRealSiteBuildsUnderStrictWithoutAnyProblem(@TempDir Path out) throws IOException {
        BuildResult result = new Pipeline(TestSite.repoOptions().withOutput(out.resolve("site"))
                .withStrict(true)).run();
        assertTrue(result.problems().isEmpty(), result.problems()::toString);
        assertEquals(Map.of("en", 10, "nl", 10), result.pagesPerLanguage());
    }

    /** Every topic is written in both languages, so every tag page leads to its topic in the other language. */
    @Test
    void everyTagPageLeadsToTheSameTopicInTheOtherLanguage(@TempDir Path out) throws IOException {
        Path site = TestSite.buildRepo(out.resolve("site"));
        for (Language language : LANGUAGES) {
            Language other = LANGUAGES.get(1 - LANGUAGES.indexOf(language));
            List<Path> pages;
            try (Stream<Path> tags = Files.list(site.resolve(language.code()).resolve("tags"))) {
                pages = tags.filter(Files::isDirectory).map(tag -> tag.resolve("index.html")).sorted().toList();
            }
            assertFalse(pages.isEmpty());
            for (Path page : pages) {
                Element link = Jsoup.parse(page.toFile(), "UTF-8")
                        .selectFirst(".language-switcher a[rel=alternate][hreflang=" + other + "]");
                assertNotNull(link, () -> site.relativize(page) + " has no " + other + " version");
                assertTrue(Files.isRegularFile(page.getParent().resolve(link.attr("href"))), link.attr("href"));
            }
        }
    }

    /**
     * A playbook for two audiences has a checklist for each, under its own heading; the checklists page shows them
     * the same way, and a playbook with one list shows it without a heading.
     */
    @Test
    void theChecklistsPageShowsEachListUnderTheHeadingItFollows(@TempDir Path out) throws IOException {
        Path site = TestSite.buildRepo(out.resolve("site"));
        int severalLists = 0;
        for (Language language : LANGUAGES) {
            Path page = site.resolve(language.code()).resolve("checklists/index.html");
            for (Element group : Jsoup.parse(page.toFile(), "UTF-8").select(".checklist-group")) {
                String href = group.selectFirst("h2 a").attr("href");
                Path playbook = page.getParent().resolve(href.endsWith(".html") ? href : href + "index.html");
                List<Element> lists = Jsoup.parse(playbook.normalize().toFile(), "UTF-8")
                        .select(".playbook-body ul.checklist");
                List<String> headings = new ArrayList<>();
                for (Element list : lists) {
                    Element heading = list.previousElementSibling();
                    while (heading != null && heading.selectFirst("h2, h3, h4") == null) {
                        heading = heading.previousElementSibling();
                    }
                    headings.add(lists.size() > 1 && heading != null ? heading.selectFirst("h2, h3, h4").text() : "");
                }
                List<String> shown = new ArrayList<>();
                for (Element list : group.select("ul.checklist")) {
                    Element heading = list.previousElementSibling();
                    shown.add(heading != null && heading.is("h3") ? heading.text() : "");
                }
                String name = language + " " + group.selectFirst("h2").text();
                assertEquals(headings, shown, name);
                assertEquals(lists.stream().map(list -> list.select(".task-text").eachText()).toList(),
                        group.select("ul.checklist").stream().map(list -> list.select(".task-text").eachText())
                                .toList(), name);
                severalLists += lists.size() > 1 ? 1 : 0;
            }
        }
        assertTrue(severalLists >= 2, "the real playbooks for two audiences are among them: " + severalLists);
    }

    /**
     * {@code --allow-html} sanitises the rendered body; what the generator writes itself (checklists, heading anchors,
     * images with their sizes and smaller copies, tables) must all be on its allow-list, or pages lose it silently.
     */
    @Test
    void theRealSiteLooksTheSameWithRawHtmlAllowed(@TempDir Path out) throws IOException {
        Path plain = TestSite.buildRepo(out.resolve("plain"));
        Path allowing = out.resolve("allowing");
        BuildResult result = new Pipeline(TestSite.repoOptions().withOutput(allowing).withAllowHtml(true)).run();
        assertTrue(result.problems().isEmpty(), result.problems()::toString);
        int compared = 0;
        for (Language language : LANGUAGES) {
            List<Path> pages;
            try (Stream<Path> files = Files.walk(plain.resolve(language.code()))) {
                pages = files.filter(file -> file.getFileName().toString().equals("index.html")).sorted().toList();
            }
            for (Path page : pages) {
                Element without = Jsoup.parse(page.toFile(), "UTF-8").selectFirst(".playbook-body");
                if (without == null) {
                    continue;
                }
                Element with = Jsoup.parse(allowing.resolve(plain.relativize(page)).toFile(), "UTF-8")
                        .selectFirst(".playbook-body");
                assertNotNull(with, plain.relativize(page)::toString);
                assertEquals(canonical(without), canonical(with), plain.relativize(page)::toString);
                compared++;
            }
        }
        assertEquals(20, compared, "every playbook and worksheet of both languages compared");
    }

    /** Elements with their attributes in name order and their text: what a reader's browser makes of them. */
    private static String canonical(Element root) {
        StringBuilder out = new StringBuilder();
        for (Element element : root.getAllElements()) {
            out.append('<').append(element.tagName());
            // disabled="" and disabled="disabled" say the same
            element.attributes().asList().stream().map(a -> " " + a.getKey() + "=\""
                            + (a.getValue().equals(a.getKey()) ? "" : a.getValue()) + "\"").sorted()
                    .forEach(out::append);
            out.append('>').append(element.ownText()).append('\n');
        }
        return out.toString();
    }
}
