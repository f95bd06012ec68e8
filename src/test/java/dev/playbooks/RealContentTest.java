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

/** The playbooks in this repository's content/, read with the generator's own loader. */
class RealContentTest {
    private static final List<Language> LANGUAGES = List.of(new Language("en"), new Language("nl"));

    record Loaded(SourceFile file, PageSource page, Outline outline, int words) {
        long sections() {
            return outline.headings().stream().filter(h -> h.level() == 2).count();
        }

        long linksToPlaybooks() {
            return outline.links().stream().filter(link -> !link.destination().startsWith("#")).count();
        }
    }

    static Map<String, Map<Language, Loaded>> byKey = new TreeMap<>();

    @BeforeAll
    static void load() throws IOException {
        Problems problems = new Problems();
        ContentTree tree = ContentTree.scan(ProjectLayout.at(TestSite.REPO), problems);
        MarkdownEngine markdown = new MarkdownEngine(false);
        for (Language language : LANGUAGES) {
            LanguageRules rules = new LanguageRules(language);
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

    @Test
    void thereAreSixPlaybooksEachInBothLanguages() {
        assertEquals(6, byKey.size(), byKey.keySet()::toString);
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
        byKey.values().forEach(versions -> versions.values().forEach(playbook -> {
            String name = playbook.file().display();
            int items = playbook.outline().checklist().size();
            assertTrue(items >= 5 && items <= 10, name + ": checklist of 5-10 items, has " + items);
            assertTrue(playbook.linksToPlaybooks() >= 2, name + ": at least two links to other playbooks");
            var meta = playbook.page().meta();
            assertTrue(!meta.tags().isEmpty() && !meta.audience().isEmpty() && meta.updated().isPresent(),
                    name + ": tags, audience and updated");
        }));
    }

    @Test
    void everyPlaybookIsBetween700And1500Words() {
        byKey.values().forEach(versions -> versions.values().forEach(playbook -> {
            int words = playbook.words();
            assertTrue(words >= 700 && words <= 1500, playbook.file().display() + " has " + words + " words");
        }));
    }

    @Test
    void theRealSiteBuildsUnderStrictWithoutAnyProblem(@TempDir Path out) throws IOException {
        BuildResult result = new Pipeline(TestSite.repoOptions().withOutput(out.resolve("site"))
                .withStrict(true)).run();
        assertTrue(result.problems().isEmpty(), result.problems()::toString);
        assertEquals(Map.of("en", 6, "nl", 6), result.pagesPerLanguage());
    }

    /** Every topic is written in both languages, so every tag page leads to its topic in the other language. */
    @Test
    void everyTagPageLeadsToTheSameTopicInTheOtherLanguage(@TempDir Path out) throws IOException {
        Path site = out.resolve("site");
        assertTrue(new Pipeline(TestSite.repoOptions().withOutput(site)).run().succeeded());
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
}
