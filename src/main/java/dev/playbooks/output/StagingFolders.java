package dev.playbooks.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The folders of a staging folder, each made once: a site has about one folder per page, and asking the file system
 * again for each of the files they hold costs a system call that fails every time. Making a folder mostly waits for
 * the disk, so the folders of the pages to come can be made ahead, on a thread of their own, while pages render.
 */
final class StagingFolders {
    private final ConcurrentMap<Path, Boolean> made = new ConcurrentHashMap<>();
    private Thread ahead;

    /** Makes a folder once; another thread needing it meanwhile waits until it exists. */
    void make(Path folder) throws IOException {
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

    /** Starts making {@code folders} on a thread of its own. */
    void makeAhead(List<Path> folders) {
        ahead = new Thread(() -> {
            try {
                for (Path folder : folders) {
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
}
