package dev.playbooks.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A site folder that {@code serve} keeps up to date in place, page by page, after a full build wrote it. Each file
 * is written beside its final name and moved over it, so a reader never gets half a page. Like
 * {@link OutputFolder}, it writes nowhere but inside its folder, and only into a folder this tool made.
 */
public final class LiveFolder implements SiteOutput {
    private final Path root;
    private final AtomicInteger files = new AtomicInteger();

    private LiveFolder(Path root) {
        this.root = root;
    }

    /** Opens a folder that a build wrote (it carries the {@link OutputFolder#MARKER}). */
    public static LiveFolder at(Path folder) throws IOException {
        if (Files.isSymbolicLink(folder.toAbsolutePath().normalize())) {
            throw new UnsafeOutputException("the folder " + folder + " is a symbolic link");
        }
        Path root = folder.toRealPath();
        if (!Files.isRegularFile(root.resolve(OutputFolder.MARKER), LinkOption.NOFOLLOW_LINKS)) {
            throw new UnsafeOutputException("the folder " + folder + " was not written by playbooks");
        }
        return new LiveFolder(root);
    }

    @Override
    public OutputStream create(String sitePath) throws IOException {
        Path file = resolve(sitePath);
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling("." + file.getFileName() + ".partial-" + UUID.randomUUID());
        files.incrementAndGet();
        return new FilterOutputStream(Files.newOutputStream(partial, java.nio.file.StandardOpenOption.CREATE_NEW)) {
            private boolean closed;

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                super.close();
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        };
    }

    @Override
    public void delete(String sitePath) throws IOException {
        Path file = resolve(sitePath);
        Files.deleteIfExists(file);
        for (Path folder = file.getParent(); !folder.equals(root); folder = folder.getParent()) {
            try (var children = Files.list(folder)) {
                if (children.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(folder);
        }
    }

    @Override
    public boolean inPlace() {
        return true;
    }

    /** Every file was in place as soon as it was closed. */
    @Override
    public void commit() {
    }

    /** What was written stays: the caller must not take this folder for what a run left any more. */
    @Override
    public void discard() {
    }

    @Override
    public int filesWritten() {
        return files.get();
    }

    private Path resolve(String sitePath) {
        if (sitePath.isEmpty() || sitePath.startsWith("/") || sitePath.contains("\\")
                || List.of(sitePath.split("/")).contains("..")) {
            throw new IllegalArgumentException("not a site path: " + sitePath);
        }
        Path file = root.resolve(sitePath).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("outside the output folder: " + sitePath);
        }
        return file;
    }
}
