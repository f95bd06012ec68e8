package dev.playbooks.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path project;

    List<Path> protectedFolders;

    @BeforeEach
    void layout() throws IOException {
        protectedFolders = List.of(project.resolve("content"), project.resolve("templates"), project.resolve("i18n"),
                project.resolve("src"));
        for (Path folder : protectedFolders) {
            Files.createDirectories(folder);
        }
        Files.writeString(project.resolve("content/keep.md"), "mine");
    }

    private OutputFolder open(Path out) throws IOException {
        return OutputFolder.open(out, project, protectedFolders);
    }

    @Test
    void theProjectAndTheAuthorsFoldersAreRefused() {
        for (Path out : List.of(project, project.getParent(), project.resolve("content"),
                project.resolve("content/en/site"), project.resolve("templates"), project.resolve("src"))) {
            assertThrows(UnsafeOutputException.class, () -> open(out), out::toString);
        }
        assertTrue(Files.exists(project.resolve("content/keep.md")));
    }

    @Test
    void aFolderThisToolDidNotWriteIsNeverReplaced() throws IOException {
        Path foreign = project.resolve("documents");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("thesis.txt"), "precious");
        assertThrows(UnsafeOutputException.class, () -> open(foreign));
        assertEquals("precious", Files.readString(foreign.resolve("thesis.txt")));
    }

    @Test
    void aCommittedBuildReplacesThePreviousSiteWhole() throws IOException {
        Path out = project.resolve("target/site");
        OutputFolder first = open(out);
        first.write("old.html", "old".getBytes());
        first.commit();
        OutputFolder second = open(out).removingInBackgroundFrom(0);
        second.write("new.html", "new".getBytes());
        assertTrue(Files.exists(out.resolve("old.html")), "the old site stays until the new one is complete");
        second.commit();
        assertFalse(Files.exists(out.resolve("old.html")));
        assertEquals("new", Files.readString(out.resolve("new.html")));
        assertEquals(List.of(out), siblingsOnceSettled(out), "no staging or previous sites are left behind");
    }

    @Test
    void aPreviousSiteAKilledBuildLeftBehindIsRemovedByTheNextCommit() throws IOException {
        Path out = project.resolve("target/site");
        Path leftover = out.resolveSibling(".site.old-" + java.util.UUID.randomUUID());
        Files.createDirectories(leftover.resolve("nl/pagina"));
        Files.writeString(leftover.resolve("nl/pagina/index.html"), "old");
        Path unrelated = out.resolveSibling("classes");
        Files.createDirectories(unrelated);
        Path authors = out.resolveSibling(".site.old-backup");
        Files.createDirectories(authors);
        OutputFolder build = open(out).removingInBackgroundFrom(0);
        build.write("index.html", "new".getBytes());
        build.commit();
        assertEquals(List.of(authors, unrelated, out).stream().sorted().toList(), siblingsOnceSettled(out));
        assertEquals("new", Files.readString(out.resolve("index.html")));
    }

    /** The previous site is removed in the background: waits until the folder beside the output stops changing. */
    private static List<Path> siblingsOnceSettled(Path out) throws IOException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        List<Path> siblings;
        do {
            try (var listed = Files.list(out.getParent())) {
                siblings = listed.sorted().toList();
            }
            boolean settled = siblings.stream()
                    .noneMatch(path -> path.getFileName().toString().matches("\\.site\\.(old|new)-.{36}"));
            if (settled) {
                return siblings;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.nanoTime() < deadline);
        return siblings;
    }

    @Test
    void aDiscardedBuildLeavesThePreviousSiteAndNoTrace() throws IOException {
        Path out = project.resolve("target/site");
        OutputFolder first = open(out);
        first.write("page.html", "v1".getBytes());
        first.commit();
        OutputFolder second = open(out);
        second.write("page.html", "v2".getBytes());
        second.discard();
        assertEquals("v1", Files.readString(out.resolve("page.html")));
        try (var siblings = Files.list(out.getParent())) {
            assertEquals(1, siblings.count());
        }
    }

    @Test
    void pathsThatLeaveTheOutputFolderAreRefused() throws IOException {
        OutputFolder out = open(project.resolve("target/site"));
        for (String path : List.of("../escape.html", "/etc/passwd", "a/../../b.html", "a\\..\\b.html", "")) {
            assertThrows(IllegalArgumentException.class, () -> out.write(path, new byte[0]), path);
        }
        out.discard();
        assertFalse(Files.exists(project.resolve("target/escape.html")));
    }
}
