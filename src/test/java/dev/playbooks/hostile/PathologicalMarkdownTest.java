package dev.playbooks.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import dev.playbooks.pipeline.BuildResult;
import dev.playbooks.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inputs of CommonMark's pathological test suite (cmark's {@code test/pathological_tests.py}), at its sizes,
 * each the body of a playbook in a real build: built or refused with the file, line and reason, within the 2 s the
 * suite allows each. The bound is for the whole build of a small site, measured warm; on this project's 2-core
 * machine the slowest case takes well under a second.
 */
class PathologicalMarkdownTest {
    private static final Duration BOUND = Duration.ofSeconds(2);

    @TempDir
    static Path temp;
    static TestSite site;

    @BeforeAll
    static void warmSite() {
        site = TestSite.create(temp).withTrustPlaybooks();
        for (int i = 0; i < 3; i++) {
            assertTrue(site.build().succeeded(), "the site builds");
        }
    }

    /** Each case: its name in cmark's suite, the body, and the line a refusal names (0: it must build). */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nested strong emph", "*a **a ".repeat(65_000) + "b" + " a** a*".repeat(65_000), 5),
                Arguments.of("many emph closers with no openers", "a_ ".repeat(65_000), 5),
                Arguments.of("many emph openers with no closers", "_a ".repeat(65_000), 5),
                Arguments.of("many link closers with no openers", "a]".repeat(65_000), 0),
                Arguments.of("many link openers with no closers", "[a".repeat(65_000), 0),
                Arguments.of("mismatched openers and closers", "*a_ ".repeat(50_000), 5),
                Arguments.of("openers and closers multiple of 3", "a**b" + "c* ".repeat(50_000), 5),
                Arguments.of("link openers and emph closers", "[ a_".repeat(50_000), 5),
                // Parsed in time; refused because this site publishes no file named "d".
                Arguments.of("hard link/emph case", "**x [a*b**c*](d)", 5),
                Arguments.of("nested brackets", "[".repeat(50_000) + "a" + "]".repeat(50_000), 0),
                Arguments.of("nested block quotes", "> ".repeat(50_000) + "a", 5),
                Arguments.of("deeply nested lists", String.join("", IntStream.range(0, 1000)
                        .mapToObj(x -> "  ".repeat(x) + "* a\n").toList()), 134),
                Arguments.of("U+0000 in input", "abc\u0000de\u0000", 5),
                Arguments.of("backticks", String.join("", IntStream.range(1, 10_000)
                        .mapToObj(x -> "e" + "`".repeat(x)).toList()), -1),
                Arguments.of("unclosed links A", "[a](<b".repeat(50_000), 5),
                Arguments.of("unclosed links B", "[a](b".repeat(50_000), 5),
                Arguments.of("many references", String.join("", IntStream.range(1, 50_000 * 16)
                        .mapToObj(x -> "[" + x + "]: u\n").toList()) + "[0] ".repeat(50_000), -1));
    }

    /** @param line the line a refusal names; 0 when the page must build, -1 for a file refused as a whole */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildsOrIsRefusedInTime(String name, String body, int line) throws Exception {
        Files.writeString(site.path("content/en/pathological.md"), "---\ntitle: P\nsummary: S\n---\n" + body);
        long start = System.nanoTime();
        BuildResult result = assertTimeoutPreemptively(BOUND, () -> site.build());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("pathological %-36s %9d bytes %5d ms %s%n", name, body.length(), millis,
                result.succeeded() ? "built" : result.problems().get(0).message());
        if (line == 0) {
            assertTrue(result.succeeded(), result.problems()::toString);
            assertTrue(Files.size(site.out().resolve("en/pathological/index.html")) > body.length() / 2);
            return;
        }
        List<Problem> problems = result.problems();
        assertTrue(problems.stream().allMatch(p -> p.file().equals("content/en/pathological.md")), problems::toString);
        Problem problem = problems.get(0);
        if (line > 0) {
            assertTrue(problem.place().startsWith("content/en/pathological.md:" + line + ":"), problem::toString);
        } else {
            assertEquals("content/en/pathological.md", problem.place());
        }
        assertTrue(problem.isError());
    }
}
