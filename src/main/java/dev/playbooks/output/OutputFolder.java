package dev.playbooks.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Where a build writes. Everything goes into a fresh folder beside the output folder; only when the whole build
 * succeeded is it swapped in, so a failed build leaves the previous site exactly as it was. Nothing is ever
 * written outside that fresh folder, and an existing output folder is only replaced when this tool made it.
 */
public final class OutputFolder implements SiteOutput {
    /** Marks a folder as a site this tool wrote, so it may be replaced by the next build. */
    public static final String MARKER = ".playbooks-output";

    /** How the marker states the identity of its site, on a line of its own. */
    private static final String SITE = "site ";

    private final Path target;
    private final Path staging;
    private final FileChannel lock;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger kept = new AtomicInteger();
    /** Folders of the previous site checked by {@link #keep}: a site has about one per page. */
    private final ConcurrentMap<Path, Boolean> realFolders = new ConcurrentHashMap<>();
    private final StagingFolders folders = new StagingFolders();
    /**
     * Removing a site of tens of thousands of files can take longer than building it (on some disks each deleted
     * file costs a discard), and nobody needs to wait for it. A site of fewer files than this is small enough to
     * remove at once (and tests need not wait for it).
     */
    private int removeInBackgroundFrom = 1_000;

    private OutputFolder(Path target, Path staging, FileChannel lock) {
        this.target = target;
        this.staging = staging;
        this.lock = lock;
    }

    /** The site readers see lacks a file a build expected to take from it. */
    public static final class NotInPreviousSite extends IOException {
        NotInPreviousSite(String sitePath) {
            super("the output folder has no " + sitePath);
        }
    }

    /**
     * Checks that {@code target} is a safe place for the site and opens a staging folder beside it. What a killed
     * build left there is the caller's to undo first, with {@link #recover}, as every writing run does.
     *
     * @param protectedFolders folders of the author's that the output may neither be, contain nor lie inside
     * @throws UnsafeOutputException with a message for the author when the place is refused
     */
    public static OutputFolder open(Path target, Path projectRoot, List<Path> protectedFolders) throws IOException {
        return open(target, projectRoot, protectedFolders, UUID.randomUUID().toString());
    }

    /** Like {@link #open(Path, Path, List)}, the new site named {@code id} in its marker. */
    public static OutputFolder open(Path target, Path projectRoot, List<Path> protectedFolders, String id)
            throws IOException {
        if (Files.isSymbolicLink(target.toAbsolutePath().normalize())) {
            throw new UnsafeOutputException("the output folder " + target + " is a symbolic link; playbooks replaces "
                    + "only a real folder, so that its marker cannot vouch for the place the link leads to");
        }
        Path out = real(target);
        Path root = real(projectRoot);
        if (out.equals(root) || root.startsWith(out)) {
            throw new UnsafeOutputException("the output folder " + target + " is or contains the project itself");
        }
        for (Path folder : protectedFolders) {
            Path realFolder = real(folder);
            if (out.startsWith(realFolder) || realFolder.startsWith(out)) {
                throw new UnsafeOutputException("the output folder " + target + " overlaps " + folder
                        + ", which holds the author's files");
            }
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !isReplaceable(out)) {
            throw new UnsafeOutputException("the output folder " + target + " already holds files this tool did "
                    + "not write; choose an empty or new folder with --out");
        }
        Path parent = out.getParent();
        Files.createDirectories(parent);
        Path staging = null;
        FileChannel marker = null;
        for (int attempt = 1; marker == null; attempt++) {
            staging = parent.resolve(Leftovers.stagingPrefix(out) + UUID.randomUUID());
            Files.createDirectory(staging);
            Leftovers.hold(staging);
            try {
                marker = FileChannel.open(staging.resolve(MARKER), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (NoSuchFileException e) {
                // Another build into this folder took the folder, still without its marker, for a killed one's.
                Leftovers.release(staging);
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        marker.write(ByteBuffer.wrap(("Written by playbooks; replaced on every build.\n" + SITE + id + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        // Held while this process works on the folder: a folder whose lock can be taken was left by a process
        // that is gone, and the next build removes it.
        marker.lock();
        return new OutputFolder(out, staging, marker);
    }

    /**
     * Undoes what a build killed half way left beside {@code target} (see {@link Leftovers}); every run that writes
     * calls it first, so that even a run that fails finds the previous site where it belongs.
     */
    public static void recover(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getParent() != null && Files.isDirectory(absolute.getParent())
                && !Files.isSymbolicLink(absolute)) {
            Leftovers.tidy(absolute, MARKER);
        }
    }

    private static boolean isReplaceable(Path out) throws IOException {
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.isRegularFile(out.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (var children = Files.list(out)) {
            return children.findAny().isEmpty();
        }
    }

    /** The absolute, normalised path with every existing part's links resolved. */
    private static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    }

    /** Opens a new file at a site-relative path, e.g. {@code nl/vertrouwen/index.html}. */
    @Override
    public OutputStream create(String sitePath) throws IOException {
        Path file = resolve(sitePath);
        folders.makeFor(file);
        files.incrementAndGet();
        return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
    }

    @Override
    public boolean reuse(String sitePath) throws IOException {
        try {
            takeFromPreviousSite(sitePath);
        } catch (NotInPreviousSite e) {
            return false;
        }
        files.incrementAndGet();
        return true;
    }

    @Override
    public void keep(String sitePath) throws IOException {
        takeFromPreviousSite(sitePath);
        kept.incrementAndGet();
    }

    /**
     * A hard link to the file the previous site holds, so that the new site costs neither the bytes nor the time of
     * a copy; a copy where the file system has no links. Only a regular file in real folders of the previous site
     * is taken, never one a symbolic link leads to.
     */
    private void takeFromPreviousSite(String sitePath) throws IOException {
        Path file = resolve(sitePath);
        Path earlier = target.resolve(staging.relativize(file));
        if (!isRealFolder(earlier.getParent()) || !Files.isRegularFile(earlier, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotInPreviousSite(sitePath);
        }
        folders.makeFor(file);
        try {
            Files.createLink(file, earlier);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(earlier, file);
        }
    }

    /** Whether a folder of the previous site, and each folder between it and the site's, is no symbolic link. */
    private boolean isRealFolder(Path folder) {
        if (folder.equals(target)) {
            return true;
        }
        Boolean known = realFolders.get(folder);
        if (known == null) {
            known = Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && isRealFolder(folder.getParent());
            realFolders.put(folder, known);
        }
        return known;
    }

    @Override
    public Optional<String> previousSite() {
        Path marker = target.resolve(MARKER);
        try {
            if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            return Files.readAllLines(marker, StandardCharsets.UTF_8).stream().filter(line -> line.startsWith(SITE))
                    .map(line -> line.substring(SITE.length())).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void prepare(List<String> sitePaths) {
        folders.makeAhead(() -> sitePaths.stream().map(path -> resolve(path).getParent()).distinct().toList());
    }

    @Override
    public void prepareLikePreviousSite() {
        folders.makeAhead(() -> {
            // Only real folders, as walking does not follow links; what cannot be listed is made when needed.
            try (Stream<Path> walk = Files.walk(target)) {
                return walk.filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                        .map(path -> staging.resolve(target.relativize(path).toString())).toList();
            } catch (IOException | UncheckedIOException e) {
                return List.of();
            }
        });
    }

    private Path resolve(String sitePath) {
        if (sitePath.isEmpty() || sitePath.startsWith("/") || sitePath.contains("\\")
                || List.of(sitePath.split("/")).contains("..")) {
            throw new IllegalArgumentException("not a site path: " + sitePath);
        }
        Path file = staging.resolve(sitePath).normalize();
        if (!file.startsWith(staging)) {
            throw new IllegalArgumentException("outside the output folder: " + sitePath);
        }
        return file;
    }

    @Override
    public void delete(String sitePath) throws IOException {
        Files.deleteIfExists(resolve(sitePath));
    }

    @Override
    public boolean inPlace() {
        return false;
    }

    @Override
    public int filesWritten() {
        return files.get();
    }

    public Path target() {
        return target;
    }

    /**
     * Swaps the finished site in for the previous one, then has the previous one removed. The new site is complete
     * when this returns; a big old one is still being removed (see {@link PreviousSites}). A previous site that
     * cannot be removed does not fail the build: the next commit tries again.
     */
    @Override
    public void commit() throws IOException {
        folders.removeUnused();
        Path previous = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            previous = target.resolveSibling(Leftovers.previousPrefix(target) + UUID.randomUUID());
            Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (previous != null) {
                Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        } finally {
            lock.close();
            Leftovers.release(staging);
        }
        if (files.get() + kept.get() >= removeInBackgroundFrom) {
            PreviousSites.removeInBackground(previousSites());
        } else {
            PreviousSites.removeNow(previousSites());
        }
    }

    /** For tests: from how many files written a previous site is removed in the background. */
    OutputFolder removingInBackgroundFrom(int files) {
        this.removeInBackgroundFrom = files;
        return this;
    }

    /**
     * The previous site just swapped out, and any a build that was killed while removing one left behind: only
     * folders named as this class names them, with a random UUID, so that no folder of the author's is touched.
     */
    private List<Path> previousSites() throws IOException {
        return Leftovers.named(target, Leftovers.previousPrefix(target));
    }

    /** Throws away the unfinished site; the previous one was never touched. */
    @Override
    public void discard() {
        folders.await();
        try {
            lock.close();
            Leftovers.release(staging);
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes a folder this class created; links inside are removed, never followed. The marker goes first, so a
     * folder whose removal was cut short is never again taken for a whole site.
     */
    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.deleteIfExists(folder.resolve(MARKER));
        // What vanishes meanwhile is fine: another process building into the same folder may be removing it too.
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null && !(failure instanceof NoSuchFileException)) {
                    throw failure;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
