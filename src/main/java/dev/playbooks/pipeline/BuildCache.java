package dev.playbooks.pipeline;

import dev.playbooks.content.SourceReader;
import dev.playbooks.model.FrontMatter;
import dev.playbooks.model.Outline;
import dev.playbooks.model.Playbook;
import dev.playbooks.model.SourceFile;
import dev.playbooks.model.SourceVersion;
import dev.playbooks.search.Analysed;
import dev.playbooks.search.IndexedPage;
import dev.playbooks.site.SiteView;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The build cache: what a build read of each source file and what it wrote of each file of the site, kept in one
 * file between processes, so that the next build reads again only the files whose bytes changed and renders only
 * the pages whose fingerprints say so, taking the rest from the site the last build left (see {@link Pipeline}).
 *
 * <p>A cache is trusted only when it was written by this very version of the tool (its classes and libraries), for
 * this project folder; anything else, and a cache that does not read back whole, is ignored with a one-line note
 * and replaced after the build. What was read of a file is taken only while the file's bytes are the same and the
 * templates, UI strings and options are as they were.
 */
final class BuildCache {
    static final String FILE = "build-cache.bin";
    static final String MAGIC = "playbooks build cache";
    static final int FORMAT = 1;
    private static final Map<String, Method> QUESTIONS = questions();

    /** A source file's bytes, by fingerprint, and what they read as (a playbook as a {@link StoredPlaybook}). */
    record Source(Fingerprint bytes, Loaded.Read<?> read) {
    }

    /**
     * A playbook as stored: its body is the end of its file's text, which the build reads anyway to fingerprint
     * it, so only the body's length is kept. Every other component is {@link Playbook}'s, by name and type
     * ({@code CachedBuildTest} holds it so).
     */
    record StoredPlaybook(SourceFile source, FrontMatter meta, int bodyLength, int bodyLine, Outline outline,
                          SourceVersion version, Optional<LocalDate> committed) {
        static StoredPlaybook of(Playbook playbook) {
            return new StoredPlaybook(playbook.source(), playbook.meta(), playbook.body().length(),
                    playbook.bodyLine(), playbook.outline(), playbook.version(), playbook.committed());
        }

        Optional<Playbook> withBodyOf(byte[] bytes) {
            String text = SourceReader.checkedText(bytes);
            return text.length() < bodyLength ? Optional.empty()
                    : Optional.of(withBody(text.substring(text.length() - bodyLength)));
        }

        Playbook withBody(String body) {
            return new Playbook(source, meta, body, bodyLine, outline, version, committed);
        }
    }

    /** A question a page asked, as stored: the method of {@link SiteView} by name. */
    record StoredQuestion(String method, List<Object> arguments) {
    }

    /** A playbook a question was about, by its file. */
    record PlaybookRef(Path file) {
    }

    private final Path file;
    private final Fingerprint tool;
    private final Path root;

    BuildCache(Path folder, Path projectRoot) {
        this.file = folder.resolve(FILE);
        this.tool = ToolVersion.fingerprint();
        this.root = projectRoot.toAbsolutePath().normalize();
    }

    /**
     * A cache as read: what was read of each source file, at once, and what the site it describes holds, once the
     * build has read its files ({@link #written}).
     */
    final class Stored {
        private final Fingerprint project;
        private final String site;
        private final Map<Path, Source> sources;
        private final RecordReader rest;

        private Stored(Fingerprint project, String site, Map<Path, Source> sources, RecordReader rest) {
            this.project = project;
            this.site = site;
            this.sources = sources;
            this.rest = rest;
        }

        /** The fingerprint of the templates, UI strings and options the cache was made with. */
        Fingerprint project() {
            return project;
        }

        /** The identity of the site folder the cache describes. */
        String site() {
            return site;
        }

        /** What was read of a file, if its bytes are still those. */
        Optional<Loaded.Read<?>> read(Path path, Fingerprint fingerprint, byte[] bytes) {
            Source source = sources.get(path);
            if (source == null || !source.bytes().equals(fingerprint)) {
                return Optional.empty();
            }
            Loaded.Read<?> read = source.read();
            if (read.page().orElse(null) instanceof StoredPlaybook stored) {
                return stored.withBodyOf(bytes).map(page -> new Loaded.Read<>(Optional.of(page), read.problems()));
            }
            return Optional.of(read);
        }

        /**
         * What the site the cache describes holds, its pages' questions now about the playbooks {@code loaded}
         * holds; empty, with a note, if that part of the cache is corrupt. Read once.
         */
        Optional<Written> written(Loaded loaded, List<BuildResult.Note> notes) {
            try {
                return Optional.of(written(loaded));
            } catch (IOException | RuntimeException e) {
                note(notes, "is corrupt (" + e.getMessage() + ")");
                return Optional.empty();
            }
        }

        /**
         * A playbook a question was about that is gone, as it was: the site no longer publishes it, so the
         * question's answer cannot be the same, and the page is made again.
         */
        private Playbook standIn(Path file) {
            Source source = sources.get(file);
            if (source != null && source.read().page().orElse(null) instanceof StoredPlaybook stored) {
                return stored.withBody("");
            }
            throw new IllegalStateException("a question about an unknown playbook");
        }

        private Written written(Loaded loaded) throws IOException {
            Map<Path, Playbook> now = new HashMap<>();
            loaded.playbooks().forEach((path, read) -> read.page().ifPresent(page -> now.put(path, page)));
            rest.resolvingWith(value -> resolve(value, now, this::standIn));
            Map<Path, IndexedPage> indexed = new HashMap<>();
            typed(rest.value(Map.class), Path.class, Analysed.class)
                    .forEach((path, analysed) -> indexed.put(path, IndexedPage.of(analysed)));
            Map<String, PageMemory.PageRecord> pages = typed(rest.value(Map.class), String.class,
                    PageMemory.PageRecord.class);
            Map<String, Fingerprint> files = typed(rest.value(Map.class), String.class, Fingerprint.class);
            if (!MAGIC.equals(rest.string()) || !rest.atEnd()) {
                throw new RecordCodec.CorruptCache("no end where it should be");
            }
            return new Written(Collections.unmodifiableMap(files), null, Collections.unmodifiableMap(indexed),
                    Collections.unmodifiableMap(pages), PlaybookPrints.NONE);
        }
    }

    /**
     * The cache, if there is one this build may trust; else empty, with a note of why when there was a file.
     */
    Optional<Stored> read(List<BuildResult.Note> notes) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            note(notes, "could not be read (" + e.getMessage() + ")");
            return Optional.empty();
        }
        try {
            return Optional.of(read(bytes));
        } catch (StaleCache e) {
            note(notes, "is " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            note(notes, "is corrupt (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }

    private Stored read(byte[] bytes) throws IOException {
        RecordReader in = RecordReader.checked(bytes);
        if (!MAGIC.equals(in.string())) {
            throw new RecordCodec.CorruptCache("not a build cache");
        }
        if (in.size() != FORMAT || !tool.equals(in.value(Fingerprint.class))) {
            throw new StaleCache("from another version of playbooks");
        }
        if (!root.toString().equals(in.string())) {
            throw new StaleCache("of a project in another folder");
        }
        Fingerprint project = in.value(Fingerprint.class);
        String site = in.string();
        Map<Path, Source> sources = new HashMap<>();
        for (int i = in.size(); i > 0; i--) {
            sources.put(in.value(Path.class), in.value(Source.class));
        }
        return new Stored(project, site, Collections.unmodifiableMap(sources), in);
    }

    private static Object resolve(Object value, Map<Path, Playbook> now, Function<Path, Playbook> gone) {
        if (value instanceof PlaybookRef ref) {
            Playbook playbook = now.get(ref.file());
            return playbook != null ? playbook : gone.apply(ref.file());
        }
        if (value instanceof StoredQuestion question) {
            Method method = QUESTIONS.get(question.method());
            if (method == null || method.getParameterCount() != question.arguments().size()) {
                throw new IllegalStateException("an unknown question " + question.method());
            }
            return Reads.Question.of(method, question.arguments().toArray());
        }
        return value;
    }

    /**
     * Starts writing the cache of a build that read {@code loaded} and will make the site named {@code site} (see
     * {@link BuildCacheWriter}).
     */
    BuildCacheWriter start(Loaded loaded, String site) {
        return new BuildCacheWriter(file, tool, root, display(file), loaded, site);
    }

    private void note(List<BuildResult.Note> notes, String what) {
        notes.add(new BuildResult.Note("The build cache " + what + ", so it was not used: every file was read and "
                + "every page written.", "", List.of(display(file))));
    }

    private String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Map<K, V> typed(Map<?, ?> map, Class<K> keys, Class<V> values) throws IOException {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!keys.isInstance(entry.getKey()) || !values.isInstance(entry.getValue())) {
                throw new RecordCodec.CorruptCache("a map of other things than " + values.getSimpleName());
            }
        }
        return (Map<K, V>) map;
    }

    private static Map<String, Method> questions() {
        Map<String, Method> methods = new HashMap<>();
        for (Method method : SiteView.class.getMethods()) {
            if (methods.put(method.getName(), method) != null) {
                throw new IllegalStateException("SiteView." + method.getName() + " is overloaded; the build cache "
                        + "names questions by method");
            }
        }
        return Collections.unmodifiableMap(methods);
    }

    /** A cache this build must not trust, though nothing is wrong with it. */
    private static final class StaleCache extends IOException {
        StaleCache(String message) {
            super(message);
        }
    }
}
