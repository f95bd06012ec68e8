package dev.playbooks.pipeline;

import dev.playbooks.model.Playbook;
import dev.playbooks.search.Analysed;
import dev.playbooks.search.IndexedPage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A cache being written: to a fresh file that replaces the old one whole once finished, so that a build killed
 * meanwhile leaves the old cache or none, never half of one. A cache that cannot be written is a note: the site
 * is complete without it.
 */
final class BuildCacheWriter implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
        Thread writer = new Thread(work, "playbooks-cache");
        writer.setDaemon(true);
        return writer;
    });
    private final Future<RecordWriter> sources;
    private final Path file;
    private final String display;
    /** The folders this writing made for the cache, from the outermost: a build that fails leaves none. */
    private List<Path> made = List.of();
    private Path fresh;
    private OutputStream stream;
    private Future<?> pagesWritten;
    private boolean finished;

    /**
     * Starts writing: what was read of each file at once, on a thread of its own, while the build goes on; what the
     * pages were made from when {@link #rendered} gives it; the files' fingerprints when {@link #finish} does.
     */
    BuildCacheWriter(Path file, Fingerprint tool, Path root, String display, Loaded loaded, String site) {
        this.file = file;
        this.display = display;
        sources = thread.submit(() -> {
            made = missingFolders(file.getParent());
            Files.createDirectories(file.getParent());
            fresh = Files.createTempFile(file.getParent(), BuildCache.FILE, ".new");
            stream = new BufferedOutputStream(Files.newOutputStream(fresh), 1 << 16);
            RecordWriter out = new RecordWriter(stream, BuildCacheWriter::substitute);
            out.string(BuildCache.MAGIC).size(BuildCache.FORMAT).value(tool).string(root.toString());
            out.value(loaded.project().fingerprint()).string(site);
            writeSources(out, loaded);
            return out;
        });
    }

    /** Writes what each page was made from and each playbook's search analysis, once rendering is done. */
    void rendered(Map<Path, IndexedPage> indexed, Map<String, PageMemory.PageRecord> pages) {
        pagesWritten = thread.submit(() -> {
            writePages(sources.get(), indexed, pages);
            return null;
        });
    }

    /** Writes the fingerprints of the files the build wrote, and makes the file the cache. */
    void finish(Written written, List<BuildResult.Note> notes) {
        if (pagesWritten == null) {
            rendered(written.indexed(), written.pages());
        }
        try {
            Future<?> rest = thread.submit(() -> {
                pagesWritten.get();
                RecordWriter out = sources.get();
                out.value(written.files()).string(BuildCache.MAGIC).finish();
                stream.close();
                Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return null;
            });
            rest.get();
            finished = true;
        } catch (ExecutionException e) {
            notes.add(new BuildResult.Note("The build cache could not be written (" + e.getCause().getMessage()
                    + "); the site is complete, but the next build will read every file again.", "",
                    List.of(display)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
        }
    }

    /** Gives up a cache not finished: the old one stays. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
            if (!finished) {
                if (stream != null) {
                    stream.close();
                }
                if (fresh != null) {
                    Files.deleteIfExists(fresh);
                }
                for (int i = made.size() - 1; i >= 0; i--) {
                    Files.deleteIfExists(made.get(i));
                }
            }
        } catch (IOException e) {
            // A fresh file left behind is overwritten by no one and read by no one.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void writePages(RecordWriter out, Map<Path, IndexedPage> indexed,
                                   Map<String, PageMemory.PageRecord> pages) {
        Map<Path, Analysed> analysed = new HashMap<>();
        indexed.forEach((path, page) -> analysed.put(path, page.analysed()));
        out.value(analysed).value(pages);
    }

    /** {@code folder} and those of its parents that do not exist, from the outermost. */
    private static List<Path> missingFolders(Path folder) {
        List<Path> missing = new ArrayList<>();
        for (Path at = folder.toAbsolutePath(); at != null && !Files.exists(at); at = at.getParent()) {
            missing.add(0, at);
        }
        return missing;
    }

    /** What was read of each file whose bytes were read: one that could not be is read again next time. */
    private static void writeSources(RecordWriter out, Loaded loaded) {
        Map<Path, Loaded.Read<?>> reads = new HashMap<>(loaded.playbooks());
        reads.putAll(loaded.homes());
        reads.keySet().retainAll(loaded.sourceBytes().keySet());
        out.size(reads.size());
        reads.forEach((path, read) -> {
            Fingerprint bytes = loaded.sourceBytes().get(path);
            Object page = read.page()
                    .map(it -> it instanceof Playbook playbook ? BuildCache.StoredPlaybook.of(playbook) : it)
                    .orElse(null);
            out.value(path).value(new BuildCache.Source(bytes,
                    new Loaded.Read<>(Optional.ofNullable(page), read.problems())));
        });
    }

    private static Object substitute(Object value) {
        if (value instanceof Reads.Question question) {
            List<Object> arguments = new ArrayList<>(question.arguments().length);
            for (Object argument : question.arguments()) {
                arguments.add(argument instanceof Playbook playbook
                        ? new BuildCache.PlaybookRef(playbook.source().path()) : argument);
            }
            return new BuildCache.StoredQuestion(question.method().getName(), arguments);
        }
        return value;
    }
}
