package dev.playbooks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the build cache promises: every case of {@link IncrementalUpdateTest}, each update a build by a new pipeline
 * that knows nothing but the cache file and the site folder (as a new process would), leaves the output folder
 * byte for byte as a full build without a cache writes, and writes no more files than {@code serve} would. Then
 * what is particular to a cache kept between processes: one that cannot be trusted is ignored with a note.
 */
class CachedBuildTest extends IncrementalUpdateTest {
    private Path cache() {
        return temp.resolve("cache");
    }

    private BuildResult cachedBuild() {
        try {
            return new Pipeline(site.options()).cachingIn(cache()).run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    void buildAfresh() {
        BuildResult result = cachedBuild();
        assertTrue(result.succeeded(), () -> result.problems().toString());
        assertTrue(Files.isRegularFile(cache().resolve(BuildCache.FILE)), "the build leaves a cache");
    }

    @Override
    BuildResult update(Set<Path> changed) {
        BuildResult result = cachedBuild();
        try (var files = Files.list(cache())) {
            // A build that failed gave up the cache it was writing: the one before stays, alone.
            assertEquals(List.of(BuildCache.FILE), files.map(file -> file.getFileName().toString()).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return result;
    }

    /** The site folder now, compared with a full build without a cache into a folder of its own. */
    private void assertAsAFullBuild() throws IOException {
        Path fresh = temp.resolve("fresh");
        assertTrue(new Pipeline(site.options().withOutput(fresh)).run().succeeded());
        Map<String, String> expected = TestSite.snapshotOf(fresh);
        Map<String, String> actual = site.snapshotOfOutput();
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((file, hash) -> assertEquals(hash, actual.get(file), file + " differs"));
    }

    private List<String> notes(BuildResult result) {
        return result.notes().stream().map(BuildResult.Note::message).toList();
    }

    /** A component added to the playbook record must reach the cache, which keeps all of them but the body. */
    @Test
    void theCacheKeepsEveryComponentOfAPlaybookButItsBodyWhichItsFileHolds() {
        java.util.function.Function<Class<?>, List<String>> components = type -> java.util.Arrays.stream(
                type.getRecordComponents()).map(c -> c.getGenericType().getTypeName() + " " + c.getName()).toList();
        List<String> playbook = new ArrayList<>(components.apply(dev.playbooks.model.Playbook.class));
        playbook.set(playbook.indexOf("java.lang.String body"), "int bodyLength");
        assertEquals(playbook, components.apply(BuildCache.StoredPlaybook.class));
    }

    @Test
    void aBuildWithNothingChangedWritesNoFileAndLeavesTheSameSite() throws IOException {
        BuildResult result = cachedBuild();
        assertTrue(result.succeeded());
        assertEquals(0, result.filesWritten());
        assertTrue(notes(result).stream().noneMatch(note -> note.contains("cache")), notes(result)::toString);
        assertAsAFullBuild();
    }

    @Test
    void aCorruptCacheIsIgnoredWithANoteAndReplaced() throws IOException {
        Path file = cache().resolve(BuildCache.FILE);
        byte[] bytes = Files.readAllBytes(file);
        // One byte altered in the middle, where the file would still read as a cache.
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);
        BuildResult result = cachedBuild();
        assertTrue(result.succeeded());
        assertTrue(notes(result).stream().anyMatch(note -> note.startsWith("The build cache is corrupt")),
                notes(result)::toString);
        assertTrue(result.filesWritten() > 10, "every page is written");
        assertAsAFullBuild();
        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), bytes.length / 3));
        assertTrue(notes(cachedBuild()).stream().anyMatch(note -> note.startsWith("The build cache is corrupt")));
        assertEquals(0, cachedBuild().filesWritten(), "the cache the last build wrote is used");
    }

    @Test
    void aCacheOfAProjectInAnotherFolderIsNotUsed() throws IOException {
        Path moved = temp.resolve("moved");
        Files.createDirectories(moved.resolve("cache"));
        Files.copy(cache().resolve(BuildCache.FILE), moved.resolve("cache").resolve(BuildCache.FILE));
        TestSite other = TestSite.create(moved.resolve("project")).withTrustPlaybooks();
        BuildResult result = new Pipeline(other.options()).cachingIn(moved.resolve("cache")).run();
        assertTrue(result.succeeded());
        assertTrue(notes(result).contains("The build cache is of a project in another folder, so it was not used: "
                + "every file was read and every page written."), notes(result)::toString);
    }

    @Test
    void aFirstBuildThatFailsWhileRenderingLeavesNoCacheNorItsFolder() throws IOException {
        TestSite other = TestSite.create(temp.resolve("other")).withTrustPlaybooks();
        other.write("templates/playbook.ftlh", other.read("templates/playbook.ftlh")
                .replace("<#if playbook.next??>", "${playbook.nothingLikeThis}<#if playbook.next??>"));
        Path folder = other.root().resolve("target/playbooks-cache");
        BuildResult result = new Pipeline(other.options()).cachingIn(folder).run();
        assertTrue(!result.succeeded(), "a template error fails the build");
        assertTrue(!Files.exists(folder), "no cache folder");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAsWithoutACache() {
        site.write("content/en/huge.md", "---\ntitle: Huge\nsummary: S\n---\n" + "word ".repeat(300_000));
        BuildResult result = cachedBuild();
        assertTrue(!result.succeeded());
        assertTrue(result.problems().stream().anyMatch(problem -> problem.file().equals("content/en/huge.md")
                && problem.message().contains("at most 1 MiB")), result.problems()::toString);
    }

    @Test
    void aSiteFolderThatLostAFileIsWrittenWhole() throws IOException {
        Files.delete(site.out().resolve("en/trust/index.html"));
        BuildResult result = cachedBuild();
        assertTrue(result.succeeded());
        assertTrue(notes(result).stream().anyMatch(note -> note.startsWith("The output folder lacked files")),
                notes(result)::toString);
        assertAsAFullBuild();
    }

    @Test
    void theFilesOfASiteNotWrittenAgainAreTheFilesOfTheSiteBefore() throws IOException {
        Path kept = site.out().resolve("nl/index.html");
        Object before = Files.readAttributes(kept, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        site.write("content/en/trust.md", site.read("content/en/trust.md").replace("\nText.\n", "\nOther text.\n"));
        assertEquals(3, cachedBuild().filesWritten());
        Object after = Files.readAttributes(kept, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        // A hard link to the file the site before held, not a copy (where the file system has links at all).
        if (before != null) {
            assertEquals(before, after);
        }
    }

    /** The cache is what one process leaves for the next: two real processes, then a full build to compare with. */
    @Test
    void aBuildInAnotherProcessTakesWhatTheLastOneLeft() throws IOException, InterruptedException {
        Path out = temp.resolve("by-processes");
        Path processCache = temp.resolve("process-cache");
        Ran first = runMain(out, processCache);
        assertTrue(first.out().contains("Built 3 playbooks"), first.out());
        site.write("content/en/trust.md", site.read("content/en/trust.md").replace("\nText.\n", "\nNew text.\n"));
        Ran second = runMain(out, processCache);
        assertTrue(second.out().contains(", 3 files in "), second.out());
        assertTrue(!(second.out() + second.err()).contains("build cache"), second::toString);
        Path fresh = temp.resolve("fresh");
        assertTrue(new Pipeline(site.options().withOutput(fresh)).run().succeeded());
        Map<String, String> expected = TestSite.snapshotOf(fresh);
        Map<String, String> actual = TestSite.snapshotOf(out);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((file, hash) -> assertEquals(hash, actual.get(file), file + " differs"));
    }

    private record Ran(String out, String err) {
    }

    private Ran runMain(Path out, Path cacheFolder) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.playbooks.cli.Main", "build",
                "--project", site.root().toString(), "--out", out.toString(), "--cache", cacheFolder.toString()));
        Path stdout = temp.resolve("stdout.txt");
        Path stderr = temp.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile()).start();
        int exit = process.waitFor();
        Ran ran = new Ran(Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
        assertEquals(0, exit, ran::err);
        return ran;
    }
}
