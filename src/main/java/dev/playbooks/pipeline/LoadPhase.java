package dev.playbooks.pipeline;

import dev.playbooks.content.ContentTree;
import dev.playbooks.content.PageSource;
import dev.playbooks.content.SourceReader;
import dev.playbooks.content.UiStringFile;
import dev.playbooks.content.UiStringReader;
import dev.playbooks.i18n.LanguageRules;
import dev.playbooks.i18n.MessageCatalog;
import dev.playbooks.i18n.Messages;
import dev.playbooks.markdown.MarkdownEngine;
import dev.playbooks.model.HomeIntro;
import dev.playbooks.markdown.TooComplex;
import dev.playbooks.model.Language;
import dev.playbooks.model.Outline;
import dev.playbooks.model.Playbook;
import dev.playbooks.model.SourceFile;
import dev.playbooks.model.TagPair;
import dev.playbooks.model.UiString;
import dev.playbooks.problem.Problems;
import dev.playbooks.render.TemplateEngine;
import dev.playbooks.render.TemplateFailure;
import dev.playbooks.render.TemplateKeys;
import dev.playbooks.site.SourceVersions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The load phase: reads the author's files and checks each on its own. What the last run read of a file that has
 * not changed since is taken as it was, problems included, so a run after one edit reads one file and reports
 * exactly what a full run would.
 */
public final class LoadPhase {
    static final List<String> TEMPLATES =
            List.of("root.ftlh", "home.ftlh", "playbook.ftlh", "tags.ftlh", "tag.ftlh", "checklists.ftlh", "404.ftlh");

    private final Run run;
    private final Optional<Loaded> before;
    private final Changes changes;
    private final Optional<BuildCache.Stored> cache;
    /** The fingerprint of each source file's bytes as read, for the build cache; null when not kept. */
    private final Map<Path, Fingerprint> sourceBytes;

    private LoadPhase(Run run, Optional<Loaded> before, Changes changes, Optional<BuildCache.Stored> cache,
                      boolean caching) {
        this.run = run;
        this.before = before;
        this.changes = changes;
        this.cache = cache;
        this.sourceBytes = caching ? new ConcurrentHashMap<>() : null;
    }

    /**
     * Reads what changed since {@code before} (everything, without it). Empty when the folders or the project's
     * shared files are too broken to go on; otherwise every file as read, its problems in {@link Loaded#problems}.
     */
    static Optional<Loaded> load(Run run, Optional<Loaded> before, Changes changes) throws IOException {
        return new LoadPhase(run, before, changes, Optional.empty(), false).load();
    }

    /**
     * Reads every file, taking what {@code cache} holds of a file whose bytes have not changed, and fingerprints
     * every file's bytes for the next build's cache.
     */
    static Optional<Loaded> load(Run run, Optional<BuildCache.Stored> cache) throws IOException {
        return new LoadPhase(run, Optional.empty(), Changes.all(), cache, true).load();
    }

    private Optional<Loaded> load() throws IOException {
        try {
            return loadFiles();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Optional<Loaded> loadFiles() throws IOException {
        boolean rescan = before.isEmpty() || changes.needRescan(before.get());
        Problems scanned = new Problems();
        ContentTree tree = rescan ? ContentTree.scan(run.layout, scanned) : before.get().tree();
        if (tree.languages().isEmpty()) {
            run.problems.addAll(scanned.sorted());
            return Optional.empty();
        }
        CommitDates dates = CommitDates.start(run.layout, before.map(Loaded::history));
        Optional<Project> kept = before.filter(was -> !changes.reachBeyondContent(run.layout)
                        && was.languages().equals(tree.languages()))
                .map(Loaded::project);
        Fingerprint fingerprint = kept.isPresent() ? kept.get().fingerprint() : projectFingerprint();
        // Read while the files are: a build that finds them all in the cache needs the project only at the end.
        CompletableFuture<Project> project = kept.isPresent() ? CompletableFuture.completedFuture(kept.get())
                : CompletableFuture.supplyAsync(() -> readProject(tree, fingerprint), LoadPhase::onItsOwnThread);
        // Placeholder text found in a file depends on the UI strings too: when they change, every file is read again.
        boolean samePlaceholders = before.isPresent()
                && before.get().project().placeholders().equals(joined(project).placeholders());
        Map<Path, Loaded.Read<Playbook>> playbooks = new ConcurrentHashMap<>();
        Map<Path, Loaded.Read<HomeIntro>> homes = new TreeMap<>();
        List<SourceFile> files = tree.languages().stream().flatMap(language -> tree.playbooks(language).stream())
                .toList();
        Optional<BuildCache.Stored> usable = cache.filter(stored -> stored.project().equals(fingerprint));
        if (usable.isPresent()) {
            // Without the project, which is still being read: only the files that missed need it.
            run.workers.map(files, file -> cached(file, usable.get(), Playbook.class)
                    .map(read -> playbooks.put(file.path(), read)), "reading", Progress.NONE);
        }
        run.workers.map(files.stream().filter(file -> !playbooks.containsKey(file.path())).toList(),
                file -> playbooks.put(file.path(), (samePlaceholders ? reuse(file, Loaded::playbooks)
                        : Optional.<Loaded.Read<Playbook>>empty()).orElseGet(() -> read(file,
                        bytes -> readPlaybook(file, bytes, joined(project).markdown(file.language()),
                                joined(project).placeholders())))),
                "reading", run.progress);
        for (Language language : tree.languages()) {
            tree.home(language).ifPresent(file -> homes.put(file.path(), reuse(file, Loaded::homes)
                    .or(() -> usable.flatMap(stored -> cached(file, stored, HomeIntro.class)))
                    .orElseGet(() -> read(file, bytes -> readHome(file, bytes, joined(project).markdown(language))))));
        }
        Project shared = joined(project);
        files.forEach(file -> playbooks.put(file.path(), dates.date(file, playbooks.get(file.path()))));
        List<Playbook> pages = files.stream().flatMap(file -> playbooks.get(file.path()).page().stream()).toList();
        MediaLoader.Media media = MediaLoader.load(run, pages, before.map(Loaded::media), changes);
        Loaded loaded = new Loaded(tree, rescan ? scanned.sorted() : before.get().treeProblems(), shared,
                Map.copyOf(playbooks), Map.copyOf(homes), media, dates.changes(),
                sourceBytes == null ? Map.of() : Map.copyOf(sourceBytes));
        run.problems.addAll(loaded.problems());
        return Optional.of(loaded);
    }

    private static void onItsOwnThread(Runnable work) {
        Thread thread = new Thread(work, "playbooks-project");
        thread.setDaemon(true);
        thread.start();
    }

    /** What another thread made; what failed there fails the run, as it would have on this thread. */
    private static <T> T joined(CompletableFuture<T> made) {
        try {
            return made.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** What the last run read of a file, if it has not changed since. */
    private <T> Optional<Loaded.Read<T>> reuse(SourceFile file, java.util.function.Function<Loaded,
            Map<Path, Loaded.Read<T>>> reads) {
        if (changes.touches(file.path())) {
            return Optional.empty();
        }
        return before.map(reads).map(known -> known.get(file.path()));
    }

    /** What the cache holds of a file whose bytes have not changed; its bytes' fingerprint noted either way. */
    private <T> Optional<Loaded.Read<T>> cached(SourceFile file, BuildCache.Stored stored, Class<T> kind) {
        Optional<byte[]> bytes = noted(file);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        return stored.read(file.path(), sourceBytes.get(file.path()), bytes.get())
                .filter(read -> read.page().map(kind::isInstance).orElse(true))
                .map(read -> {
                    @SuppressWarnings("unchecked")
                    Loaded.Read<T> typed = (Loaded.Read<T>) read;
                    return typed;
                });
    }

    /**
     * Reads a file with {@code reader}, given its bytes (none when they cannot be read or are too many, for the
     * reader to report);
     * when the build keeps a cache, the fingerprint of the very bytes read is noted for it.
     */
    private <T> Loaded.Read<T> read(SourceFile file, Function<Optional<byte[]>, Loaded.Read<T>> reader) {
        return reader.apply(sourceBytes == null ? Optional.empty() : noted(file));
    }

    /** A file's bytes, the fingerprint of the very bytes read noted for the cache; none noted if none were read. */
    private Optional<byte[]> noted(SourceFile file) {
        Optional<byte[]> bytes = SourceReader.bytes(file);
        if (bytes.isPresent()) {
            sourceBytes.put(file.path(), new Fingerprint.Builder().bytes(bytes.get()).build());
        } else {
            sourceBytes.remove(file.path());
        }
        return bytes;
    }

    /** The UI strings, tag pairs, templates and rules every page shares, with the problems found in them. */
    private Project readProject(ContentTree tree, Fingerprint fingerprint) {
        try {
            return readProjectFiles(tree, fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Project readProjectFiles(ContentTree tree, Fingerprint fingerprint) throws IOException {
        Problems problems = new Problems();
        List<Language> languages = tree.languages();
        // Each language's rules load their share of ICU's data on a thread of their own, while the templates are read.
        Map<Language, CompletableFuture<LanguageRules>> loading = new TreeMap<>();
        languages.forEach(language -> loading.put(language,
                CompletableFuture.supplyAsync(() -> new LanguageRules(language), LoadPhase::onItsOwnThread)));
        Map<Language, Map<String, UiString>> strings = new TreeMap<>();
        Map<Language, List<TagPair>> tagPairs = new TreeMap<>();
        Map<Language, String> files = new TreeMap<>();
        for (Language language : languages) {
            UiStringFile file = UiStringReader.readFile(tree.i18nFile(language), run.layout, problems);
            strings.put(language, file.strings());
            tagPairs.put(language, file.tagPairs());
            files.put(language, run.layout.display(tree.i18nFile(language)));
        }
        Map<Language, Messages> messages = MessageCatalog.compile(strings, files, problems);
        TemplateEngine templates = templates(messages, problems);
        Map<Language, LanguageRules> rules = new TreeMap<>();
        loading.forEach((language, rule) -> rules.put(language, joined(rule)));
        Map<Language, MarkdownEngine> markdown = new TreeMap<>();
        rules.forEach((language, rule) -> markdown.put(language,
                new MarkdownEngine(run.options.allowHtml(), rule.quotes())));
        return new Project(languages, messages, rules, tagPairs, templates, markdown, problems.sorted(),
                fingerprint, ScaffoldText.placeholders(messages.values()));
    }

    private TemplateEngine templates(Map<Language, Messages> messages, Problems problems) throws IOException {
        Path folder = run.layout.templates();
        String display = run.layout.display(folder);
        TemplateEngine engine = new TemplateEngine(folder, display);
        for (String name : TEMPLATES) {
            try {
                engine.check(name);
            } catch (TemplateFailure failure) {
                problems.add(failure.problem());
            }
        }
        Optional<Messages> first = messages.values().stream().findFirst();
        if (first.isPresent()) {
            try {
                TemplateKeys.check(folder, display, first.get(), run.layout.display(run.layout.i18n()), problems);
            } catch (IOException e) {
                problems.error(display, 0, 0, "cannot read the templates: " + e.getMessage(), "");
            }
        }
        return engine;
    }

    /** Every file of the templates (static files included) and UI strings, and the options that shape pages. */
    private Fingerprint projectFingerprint() throws IOException {
        Fingerprint.Builder fingerprint = new Fingerprint.Builder()
                .add(run.options.baseUrl()).add(run.options.drafts()).add(run.options.allowHtml())
                .add(run.config.repository());
        for (Path folder : List.of(run.layout.templates(), run.layout.i18n())) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted()
                        .toList()) {
                    fingerprint.add(run.layout.display(file)).bytes(Files.readAllBytes(file));
                }
            }
        }
        return fingerprint.build();
    }

    /** Reads one playbook; its problems stay with it, so a later run need not read it again to report them. */
    private Loaded.Read<Playbook> readPlaybook(SourceFile file, Optional<byte[]> bytes, MarkdownEngine markdown,
                                               Set<String> placeholders) {
        Problems own = new Problems();
        Optional<Playbook> playbook = readPlaybook(file, source(file, bytes, own), markdown, own, own);
        playbook.ifPresent(page -> ScaffoldText.check(page, placeholders, own));
        return new Loaded.Read<>(playbook, own.sorted());
    }

    /** Reads a home's introduction, outlined so that its links are checked like a playbook's. */
    private Loaded.Read<HomeIntro> readHome(SourceFile file, Optional<byte[]> bytes, MarkdownEngine markdown) {
        Problems own = new Problems();
        Optional<HomeIntro> home = source(file, bytes, own).flatMap(source ->
                outline(source, markdown, own, own).map(outline ->
                        new HomeIntro(file, source.meta(), source.body(), source.bodyLine(), outline)));
        return new Loaded.Read<>(home, own.sorted());
    }

    /**
     * Reads a playbook's file, outlines its body and works out its version: the one way a playbook is read, for the
     * build and the authoring tools alike. What is wrong with the file goes to {@code problems}; what the outline
     * finds in the body (unsafe links, raw HTML) goes to {@code bodyProblems}.
     */
    public static Optional<Playbook> readPlaybook(SourceFile file, MarkdownEngine markdown, Problems problems,
                                                  Problems bodyProblems) {
        return readPlaybook(file, SourceReader.read(file, problems), markdown, problems, bodyProblems);
    }

    private static Optional<PageSource> source(SourceFile file, Optional<byte[]> bytes, Problems problems) {
        return bytes.isPresent() ? SourceReader.read(file, bytes.get(), problems) : SourceReader.read(file, problems);
    }

    private static Optional<Playbook> readPlaybook(SourceFile file, Optional<PageSource> read, MarkdownEngine markdown,
                                                   Problems problems, Problems bodyProblems) {
        return read.flatMap(source ->
                outline(source, markdown, bodyProblems, problems).map(outline ->
                        new Playbook(file, source.meta(), source.body(), source.bodyLine(), outline,
                                SourceVersions.of(file.language(), source.meta(), source.body()))));
    }

    /**
     * The body's outline, what it finds going to {@code bodyProblems}; empty when the body is too complex or nested
     * too deeply to parse, which {@code problems} is told.
     */
    private static Optional<Outline> outline(PageSource source, MarkdownEngine markdown, Problems bodyProblems,
                                             Problems problems) {
        SourceFile file = source.source();
        try {
            return Optional.of(markdown.outline(source.body(), source.bodyLine(), file.display(), bodyProblems));
        } catch (TooComplex e) {
            reportTooComplex(file, source.bodyLine(), e, problems);
        } catch (StackOverflowError e) {
            reportTooDeep(file, problems);
        }
        return Optional.empty();
    }

    static void reportTooComplex(SourceFile file, int bodyLine, TooComplex refusal, Problems into) {
        into.error(file.display(), refusal.lineIn(bodyLine), 1, refusal.getMessage(), refusal.hint());
    }

    static void reportTooDeep(SourceFile file, Problems into) {
        into.error(file.display(), 0, 0, "the Markdown is nested too deeply to render",
                "flatten the deepest lists or block quotes");
    }
}
