package dev.playbooks.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.model.FrontMatter;
import dev.playbooks.model.Language;
import dev.playbooks.model.SourceFile;
import dev.playbooks.problem.Problem;
import dev.playbooks.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Front matter through the real reader, from real files. */
class FrontMatterTest {
    @TempDir
    Path temp;

    private final Problems problems = new Problems();

    private Optional<PageSource> read(String text) throws IOException {
        Path file = temp.resolve("page.md");
        Files.writeString(file, text);
        return SourceReader.read(new SourceFile(file, "content/en/page.md", new Language("en"), "page"), problems);
    }

    private FrontMatter meta(String frontMatter) throws IOException {
        Optional<PageSource> page = read("---\n" + frontMatter + "\n---\nBody\n");
        assertTrue(page.isPresent(), () -> problems.sorted().toString());
        return page.get().meta();
    }

    @Test
    void yamlGuessesNeverChangeTextFields() throws IOException {
        FrontMatter meta = meta("title: NO\nsummary: 1.10\ntags: [012, yes, null]");
        assertEquals("NO", meta.title());
        assertEquals("1.10", meta.summary());
        assertEquals(List.of("012", "yes", "null"), meta.tags());
    }

    @Test
    void datesStayOnTheDayTheAuthorWrote() throws IOException {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 22)), meta("title: T\nsummary: S\nupdated: 2026-11-22").updated());
    }

    @Test
    void defaultsApplyWhenOptionalFieldsAreMissing() throws IOException {
        FrontMatter meta = meta("title: T\nsummary: S");
        assertEquals("page", meta.translationKey(), "the file's slug is the default translation key");
        assertEquals(0, meta.weight());
        assertEquals(false, meta.draft());
    }

    @Test
    void bodyStartsAfterTheFenceAndCrlfIsNormalised() throws IOException {
        PageSource page = read("\uFEFF---\r\ntitle: T\r\nsummary: S\r\n---\r\nFirst line\r\n").orElseThrow();
        assertEquals(5, page.bodyLine());
        assertEquals("First line\n", page.body());
    }

    private Problem onlyProblem(String text) throws IOException {
        assertTrue(read(text).isEmpty());
        List<Problem> all = problems.sorted();
        assertEquals(1, all.size(), all::toString);
        return all.get(0);
    }

    @Test
    void wrongValuesAreReportedAtTheValueWithAFix() throws IOException {
        assertEquals("content/en/page.md:4:8: error: 'draft' must be true or false, found 'yes'",
                onlyProblem("---\ntitle: T\nsummary: S\ndraft: yes\n---\n").format().lines().findFirst().orElseThrow());
    }

    @Test
    void impossibleDatesAreReported() throws IOException {
        assertEquals("'2026-02-30' is not a real date",
                onlyProblem("---\ntitle: T\nsummary: S\nupdated: 2026-02-30\n---\n").message());
    }

    @Test
    void translationKeysMustBeUsableAsIds() throws IOException {
        Problem problem = onlyProblem("---\ntitle: T\nsummary: S\ntranslationKey: Trust At Work\n---\n");
        assertEquals("use translationKey: trust-at-work (the same in every language)", problem.hint());
    }

    @Test
    void aFileWithoutFrontMatterSaysHowToStartOne() throws IOException {
        Problem problem = onlyProblem("# Just markdown\n");
        assertEquals("content/en/page.md:1:1", problem.place());
        assertTrue(problem.hint().startsWith("start the file with a line '---'"));
    }

    @Test
    void anUnclosedFrontMatterIsReported() throws IOException {
        assertEquals("the front matter is not closed", onlyProblem("---\ntitle: T\n").message());
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        String deep = "title: T\nsummary: S\ntags: " + "[".repeat(60) + "]".repeat(60);
        Problem problem = onlyProblem("---\n" + deep + "\n---\n");
        assertEquals(2, problem.line());
    }

    @Test
    void aBillionLaughsIsRefusedBeforeItExpands() throws IOException {
        String bomb = "title: T\nsummary: S\na: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]";
        Problem problem = onlyProblem("---\n" + bomb + "\n---\n");
        assertEquals("YAML alias to a list or mapping is not allowed", problem.message());
        assertEquals(5, problem.line());
    }

    @Test
    void invalidUtf8IsReportedNotGuessed() throws IOException {
        Path file = temp.resolve("page.md");
        Files.write(file, new byte[] {'-', '-', '-', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        assertTrue(SourceReader.read(new SourceFile(file, "content/en/page.md", new Language("en"), "page"),
                problems).isEmpty());
        Problem problem = problems.sorted().get(0);
        assertTrue(problem.message().startsWith("the file is not valid UTF-8 text"), problem.message());
        assertEquals("content/en/page.md:2:1", problem.place());
    }
}
