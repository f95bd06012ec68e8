package dev.playbooks.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.playbooks.content.PageSource;
import dev.playbooks.content.SourceReader;
import dev.playbooks.model.Language;
import dev.playbooks.model.SourceFile;
import dev.playbooks.problem.Problem;
import dev.playbooks.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The reader of a playbook's file (bytes to text, front matter split and YAML read field by field) on any bytes:
 * it gives a page, or reports why not at a place inside the file, and never throws. Inputs that once broke it are
 * kept in {@code FrontMatterFuzzTestInputs} and run by every {@code mvn test}.
 */
class FrontMatterFuzzTest {
    private static final Path FILE = temporaryFile();

    private static Path temporaryFile() {
        try {
            Path folder = Files.createTempDirectory("playbooks-fuzz");
            folder.toFile().deleteOnExit();
            Path file = folder.resolve("page.md");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "5s")
    void readsOrReports(FuzzedDataProvider data) throws IOException {
        byte[] bytes = data.consumeRemainingAsBytes();
        Files.write(FILE, bytes);
        Problems problems = new Problems();
        Optional<PageSource> page = SourceReader.read(new SourceFile(FILE, "content/en/page.md",
                new Language("en"), "page"), problems);
        assertTrue(page.isPresent() || problems.hasErrors(), "no page and no reason");
        assertFalse(page.isPresent() && problems.hasErrors(), "a page despite errors");
        int lines = 1 + (int) new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).chars()
                .filter(c -> c == '\n' || c == '\r').count();
        for (Problem problem : problems.sorted()) {
            assertTrue(problem.file().equals("content/en/page.md"), problem::toString);
            assertTrue(problem.line() >= 0 && problem.line() <= lines + 1, problem::toString);
            assertTrue(problem.column() >= 0, problem::toString);
            assertFalse(problem.message().isBlank() || problem.hint().isBlank(), problem::toString);
        }
        page.ifPresent(read -> {
            assertFalse(read.meta().title().isBlank());
            assertFalse(read.meta().summary().isBlank());
        });
    }
}
