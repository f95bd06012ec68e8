package dev.playbooks.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.model.FrontMatter;
import dev.playbooks.model.Language;
import dev.playbooks.model.SourceFile;
import dev.playbooks.model.SourceVersion;
import dev.playbooks.problem.Problem;
import dev.playbooks.problem.Problems;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code new} and {@code translate} write reads back exactly, whatever the text. */
class PlaybookFileTest {
    @TempDir
    Path temp;

    @Test
    void anyTextSurvivesTheRoundTrip() throws IOException {
        String title = "Trust: \"a guide\" # not a comment \\ with a backslash\tand a tab";
        List<String> tags = List.of("trust", "één op één", "a, b", "[x]", "NO", "#hash");
        PlaybookFile file = new PlaybookFile(title, "Line one\nline two ünïcødé ' quote", "trust", tags,
                List.of("leaders"), LocalDate.of(2026, 11, 22), -5, true,
                Optional.of(new SourceVersion(new Language("en"), "0123abcd")), "## Body\n");
        FrontMatter meta = writtenAndReadBack(file, "nl", "trust");
        assertEquals(title, meta.title());
        assertEquals("Line one\nline two ünïcødé ' quote", meta.summary());
        assertEquals(tags, meta.tags());
        assertEquals(-5, meta.weight());
        assertEquals("en@0123abcd", meta.translatedFrom().orElseThrow().toString());
    }

    @Test
    void markupTabsSeparatorsAndEmojiSurviveTheRoundTrip() throws IOException {
        String title = "<b>Bold</b>\tthen a separator \u2028 and 🙂";
        String summary = "Paragraph\u2029next, <!-- not a comment -->";
        PlaybookFile file = new PlaybookFile(title, summary, "marks", List.of("<tag>", "line\u2028break"), List.of(),
                LocalDate.of(2026, 11, 22), 0, false, Optional.empty(), "Body\n");
        assertTrue(file.text().contains("title: \"<b>Bold</b>\\tthen a separator \\u2028 and 🙂\"\n"), file::text);
        FrontMatter meta = writtenAndReadBack(file, "en", "marks");
        assertEquals(title, meta.title());
        assertEquals(summary, meta.summary());
        assertEquals(List.of("<tag>", "line\u2028break"), meta.tags());
    }

    /** A control character cannot be read back: written as an escape, it is refused at the value's place. */
    @Test
    void controlCharactersAreWrittenAsEscapesAndRefusedWhereTheyAre() throws IOException {
        PlaybookFile file = new PlaybookFile("A bell \u0007", "S", "bell", List.of(), List.of(),
                LocalDate.of(2026, 11, 22), 0, false, Optional.empty(), "Body\n");
        assertTrue(file.text().contains("title: \"A bell \\u0007\"\n"), file::text);
        Path path = temp.resolve("content/en/bell.md");
        file.writeNew(path);
        Problems problems = new Problems();
        assertTrue(SourceReader.read(new SourceFile(path, "content/en/bell.md", new Language("en"), "bell"), problems)
                .isEmpty());
        Problem problem = problems.sorted().get(0);
        assertEquals("content/en/bell.md:2:8", problem.place());
        assertTrue(problem.message().contains("U+0007"), problem.message());
    }

    /** Writes the file to {@code content/<lang>/<slug>.md} and reads it as a build would, without a problem. */
    private FrontMatter writtenAndReadBack(PlaybookFile file, String lang, String slug) throws IOException {
        String display = "content/" + lang + "/" + slug + ".md";
        Path path = temp.resolve(display);
        file.writeNew(path);
        Problems problems = new Problems();
        FrontMatter meta = SourceReader.read(new SourceFile(path, display, new Language(lang), slug), problems)
                .orElseThrow(() -> new AssertionError(problems.sorted())).meta();
        assertTrue(problems.isEmpty(), problems.sorted()::toString);
        return meta;
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path path = temp.resolve("trust.md");
        Files.writeString(path, "mine");
        PlaybookFile file = new PlaybookFile("T", "S", "t", List.of(), List.of(), LocalDate.of(2026, 1, 1), 0, true,
                Optional.empty(), "");
        assertThrows(FileAlreadyExistsException.class, () -> file.writeNew(path));
        assertEquals("mine", Files.readString(path));
    }
}
