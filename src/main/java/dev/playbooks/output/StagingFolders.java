package dev.playbooks.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The folders of a staging folder, each made once: a site has about one folder per page, and asking the file system
 * again for each of the files they hold costs a system call that fails every time. Making a folder mostly waits for
 * the disk, so the folders of the pages to come can be made ahead, on a thread of their own, while pages render.
 */
final class StagingFolders {
    private final ConcurrentMap<Path, Boolean> made = new ConcurrentHashMap<>();
    /** The folders files went into: a folder made ahead for a page that no longer is stays empty. */
    private final Set<Path> used = ConcurrentHashMap.newKeySet();
    /** Written by the thread that makes them, read once it is done. */
    private volatile List<Path> madeAhead = List.of();
    private Thread ahead;

    /** Makes the folder a file goes into, once; another thread needing it meanwhile waits until it exists. */
    void makeFor(Path file) throws IOException {
        Path folder = file.getParent();
        used.add(folder);
        make(folder);
    }

    private void make(Path folder) throws IOException {
        try {
            made.computeIfAbsent(folder, path -> {
                try {
                    Files.createDirectories(path);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Starts making the folders {@code folders} lists on a thread of its own. */
    void makeAhead(Supplier<List<Path>> folders) {
        ahead = new Thread(() -> {
            madeAhead = folders.get();
            try {
                for (Path folder : madeAhead) {
                    make(folder);
                }
            } catch (IOException e) {
                // Whoever writes into the folder then meets the problem, and reports it for its file.
            }
        }, "playbooks-folders");
        ahead.setDaemon(true);
        ahead.start();
    }

    /** Waits for the folders being made ahead: the staging folder is moved or removed next. */
    void await() {
        if (ahead == null) {
            return;
        }
        try {
            ahead.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Removes the folders made ahead that no file went into, deepest first; a site has no empty folders. */
    void removeUnused() throws IOException {
        await();
        List<Path> unused = new ArrayList<>();
        for (Path folder : madeAhead) {
            if (!used.contains(folder)) {
                unused.add(folder);
            }
        }
        unused.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path folder : unused) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException e) {
                // A folder of folders that hold files.
            }
        }
    }
}
