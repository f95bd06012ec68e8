package dev.playbooks.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and their subfolders, and reports what changed in batches: a batch is handed over once no new
 * change has come for a short quiet time, because editors often save a file in several steps. The handler runs
 * on the watcher's own thread, one batch at a time.
 */
public final class FolderWatcher implements AutoCloseable {
    /** The stack the handler gets: a rebuild may recurse deeply through nested Markdown. */
    private static final long STACK_BYTES = 16L * 1024 * 1024;

    /**
     * What changed: files or folders, created, modified or deleted. {@code lost} is true when the system dropped
     * events (too many at once), so that anything may have changed.
     */
    public record Changes(Set<Path> paths, boolean lost) {
    }

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Duration quiet;
    private final Consumer<Changes> handler;
    private final Thread thread;

    private FolderWatcher(WatchService service, Duration quiet, Consumer<Changes> handler) {
        this.service = service;
        this.quiet = quiet;
        this.handler = handler;
        this.thread = new Thread(null, this::loop, "playbooks-watch", STACK_BYTES);
        this.thread.setDaemon(true);
    }

    public static FolderWatcher start(List<Path> roots, Duration quiet, Consumer<Changes> handler)
            throws IOException {
        FolderWatcher watcher = new FolderWatcher(FileSystems.getDefault().newWatchService(), quiet, handler);
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                watcher.registerTree(root, new LinkedHashSet<>());
            }
        }
        watcher.thread.start();
        return watcher;
    }

    /** Registers a folder and the folders inside it; the files found are added to {@code found}. */
    private void registerTree(Path root, Set<Path> found) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    WatchKey key = path.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                    folders.put(key, path);
                } else {
                    found.add(path);
                }
            }
        }
    }

    private void loop() {
        Set<Path> pending = new LinkedHashSet<>();
        boolean lost = false;
        try {
            while (true) {
                WatchKey key = pending.isEmpty() && !lost
                        ? service.take() : service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) {
                    handler.accept(new Changes(Set.copyOf(pending), lost));
                    pending.clear();
                    lost = false;
                    continue;
                }
                lost |= collect(key, pending);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the server is stopping.
        }
    }

    /** Adds a key's events to {@code pending}; returns whether events were lost. */
    private boolean collect(WatchKey key, Set<Path> pending) {
        Path folder = folders.get(key);
        boolean lost = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                lost = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            pending.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(path, pending);
                } catch (IOException e) {
                    lost = true;
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return lost;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Nothing more to watch either way.
        }
        thread.interrupt();
    }
}
