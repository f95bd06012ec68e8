package dev.playbooks.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
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
        assertEquals(List.of(out), siblingsOnceRemoved(out), "no staging or previous sites are left behind");
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
        assertEquals(List.of(authors, unrelated, out).stream().sorted().toList(), siblingsOnceRemoved(out));
        assertEquals("new", Files.readString(out.resolve("index.html")));
    }

    @Test
    void noPreviousSiteRemainsOnceItsRemovalIsAwaited() throws IOException {
        Path out = project.resolve("target/site");
        for (int build = 0; build < 4; build++) {
            OutputFolder folder = open(out).removingInBackgroundFrom(build % 2 == 0 ? 0 : Integer.MAX_VALUE);
            folder.write("nl/pagina-" + build + "/index.html", ("build " + build).getBytes());
            folder.commit();
        }
        assertEquals(List.of(out), siblingsOnceRemoved(out));
        assertEquals("build 3", Files.readString(out.resolve("nl/pagina-3/index.html")));
    }

    @Test
    void aLinkInThePreviousSiteIsRemovedWithoutTouchingWhatItLeadsTo() throws IOException {
        Path outside = Files.createDirectories(project.resolve("elsewhere"));
        Path precious = Files.writeString(outside.resolve("precious.txt"), "keep");
        Path out = project.resolve("target/site");
        OutputFolder first = open(out);
        first.write("index.html", "old".getBytes());
        first.commit();
        Files.createSymbolicLink(out.resolve("folder-link"), outside);
        Files.createSymbolicLink(out.resolve("file-link"), precious);
        OutputFolder second = open(out).removingInBackgroundFrom(0);
        second.write("index.html", "new".getBytes());
        second.commit();
        assertEquals(List.of(out), siblingsOnceRemoved(out));
        assertEquals("keep", Files.readString(precious));
        try (var kept = Files.list(outside)) {
            assertEquals(List.of(precious), kept.toList());
        }
    }

    /**
     * What a process hands over at exit (see {@link PreviousSites#finishApart}): the folder is gone soon
     * after, its marker at once, and links inside are removed without touching what they lead to.
     */
    @Test
    void aPreviousSiteHandedToAProcessOfItsOwnIsRemovedWithoutFollowingLinks()
            throws IOException, InterruptedException {
        Path outside = Files.createDirectories(project.resolve("elsewhere"));
        Path precious = Files.writeString(outside.resolve("precious.txt"), "keep");
        Path previous = project.resolve("target/.site.old-" + java.util.UUID.randomUUID());
        Files.createDirectories(previous.resolve("nl/pagina"));
        Files.writeString(previous.resolve("nl/pagina/index.html"), "old");
        Files.writeString(previous.resolve(OutputFolder.MARKER), "Written by playbooks");
        Files.createSymbolicLink(previous.resolve("folder-link"), outside);
        Files.createSymbolicLink(previous.resolve("nl/file-link"), precious);
        org.junit.jupiter.api.Assumptions.assumeTrue(PreviousSites.removeInOwnProcess(previous), "no rm here");
        assertFalse(Files.exists(previous.resolve(OutputFolder.MARKER)), "never again taken for a site");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (Files.exists(previous) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertFalse(Files.exists(previous));
        assertEquals("keep", Files.readString(precious));
        try (var kept = Files.list(outside)) {
            assertEquals(List.of(precious), kept.toList());
        }
    }

    /** Waits for the previous sites' removal, which must succeed, and lists what is left beside the output. */
    private static List<Path> siblingsOnceRemoved(Path out) throws IOException {
        assertEquals(List.of(), PreviousSites.await(Duration.ofSeconds(30)));
        try (var listed = Files.list(out.getParent())) {
            return listed.sorted().toList();
        }
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

    /** Each folder is made once, by whichever thread needs it first; the others wait for it rather than fail. */
    @Test
    void pagesWrittenFromManyThreadsIntoSharedFoldersAllArrive() throws Exception {
        Path out = project.resolve("target/site");
        OutputFolder folder = open(out);
        List<String> paths = IntStream.range(0, 2_000)
                .mapToObj(i -> "en/topic-" + i % 40 + "/part-" + i % 7 + "/page-" + i + ".html").toList();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (Future<?> done : threads.invokeAll(paths.stream()
                    .map(path -> (Callable<Void>) () -> {
                        folder.write(path, path.getBytes(StandardCharsets.UTF_8));
                        return null;
                    }).toList())) {
                done.get();
            }
        } finally {
            threads.shutdown();
        }
        folder.commit();
        for (String path : paths) {
            assertEquals(path, Files.readString(out.resolve(path)));
        }
        assertEquals(paths.size(), folder.filesWritten());
    }
}
