package dev.playbooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The unit tests of the site's scripts (the search modules in templates/assets/search/, the checklist script's
 * decisions), which run under Node's own test runner: {@code node --test} with the test files of src/test/js, as a
 * developer would run them. Without Node they
 * are skipped on a developer's machine, but fail under CI, so they can never silently vanish.
 */
class NodeScriptsTest {
    private static final Path TESTS = TestSite.REPO.resolve("src/test/js");
    private static final long TIMEOUT_SECONDS = 120;
    private static final Pattern COUNT = Pattern.compile("(?m)^\\S*\\s*tests (\\d+)\\s*$");

    @Test
    void theSitesScriptsPassTheirNodeTests() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(node().toString(), "--test", "--test-reporter=spec"));
        // The files, not the folder: how Node finds tests in a folder differs between its versions.
        testFiles().forEach(file -> command.add(TestSite.REPO.relativize(file).toString()));
        Process process = new ProcessBuilder(command).directory(TestSite.REPO.toFile())
                .redirectErrorStream(true).start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            // The runner starts a process per test file; none may outlive the build.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            fail("node --test took over " + TIMEOUT_SECONDS + " s:\n" + output.join());
        }
        String report = output.join();
        assertEquals(0, process.exitValue(), () -> "node --test failed:\n" + report);
        Matcher count = COUNT.matcher(report);
        assertTrue(count.find() && Integer.parseInt(count.group(1)) > 0, () -> "node ran no tests:\n" + report);
    }

    private static List<Path> testFiles() throws IOException {
        try (Stream<Path> files = Files.list(TESTS)) {
            List<Path> tests = files.filter(file -> file.getFileName().toString().endsWith(".test.js"))
                    .sorted().toList();
            assertTrue(!tests.isEmpty(), "no *.test.js in " + TESTS);
            return tests;
        }
    }

    /** Node from the PATH; skips the test when there is none, unless running under CI. */
    private static Path node() {
        Optional<Path> found = onPath(File.separatorChar == '\\' ? "node.exe" : "node");
        if (System.getenv("CI") != null && found.isEmpty()) {
            throw new IllegalStateException("CI must install Node.js for the search modules' tests (see .ci/run)");
        }
        assumeTrue(found.isPresent(), "Node.js is not on the PATH, so the search modules' tests do not run");
        return found.orElseThrow();
    }

    private static Optional<Path> onPath(String name) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(Pattern.quote(File.pathSeparator))).filter(folder -> !folder.isEmpty())
                .map(folder -> Path.of(folder, name)).filter(Files::isExecutable).findFirst();
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
