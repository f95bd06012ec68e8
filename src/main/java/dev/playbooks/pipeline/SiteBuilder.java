package dev.playbooks.pipeline;

import dev.playbooks.content.ContentTree;
import dev.playbooks.content.PageSource;
import dev.playbooks.content.ProjectLayout;
import dev.playbooks.content.SourceReader;
import dev.playbooks.content.UiStringReader;
import dev.playbooks.i18n.LanguageRules;
import dev.playbooks.i18n.MessageCatalog;
import dev.playbooks.i18n.Messages;
import dev.playbooks.markdown.MarkdownEngine;
import dev.playbooks.markdown.RenderedBody;
import dev.playbooks.model.Language;
import dev.playbooks.model.Outline;
import dev.playbooks.model.PageUrl;
import dev.playbooks.model.Playbook;
import dev.playbooks.model.SourceFile;
import dev.playbooks.model.UiString;
import dev.playbooks.output.LiveFolder;
import dev.playbooks.output.OutputFolder;
import dev.playbooks.output.SiteWriter;
import dev.playbooks.problem.Problem;
import dev.playbooks.problem.Problems;
import dev.playbooks.problem.Severity;
import dev.playbooks.render.TemplateEngine;
import dev.playbooks.render.TemplateFailure;
import dev.playbooks.render.TemplateKeys;
import dev.playbooks.search.IndexedPage;
import dev.playbooks.search.SearchIndexes;
import dev.playbooks.search.SearchPage;
import dev.playbooks.site.Hrefs;
import dev.playbooks.site.LinkStyle;
import dev.playbooks.site.Site;
import dev.playbooks.site.SoundLinks;
import dev.playbooks.site.SourceVersions;
import dev.playbooks.site.Tag;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The pipeline, in the order it runs: load the author's files, link them into one site, render every page, and
 * swap the finished site in. Each phase reports all its problems; the run stops after a phase with errors (or,
 * under {@code --strict}, with any problem). A builder holds no global state and can run any number of times.
 *
 * <p>{@link #update} is the same pipeline for {@code serve} after files changed: load reads only the changed files
 * again, link relinks the whole site (cheap, and the only way to find every link a change broke), and render writes
 * only the pages whose inputs changed, in place ({@link PageChanges} says which).
 */
public final class SiteBuilder {
    static final List<String> TEMPLATES =
            List.of("root.ftlh", "home.ftlh", "playbook.ftlh", "tags.ftlh", "tag.ftlh", "checklists.ftlh", "404.ftlh");

    private final BuildOptions options;
    private final ProjectLayout layout;
    /** Remembered across runs, so that a run after one edit checks again only the links it may have changed. */
    private final SoundLinks soundLinks = new SoundLinks();
    /** Whether runs keep each page's analysed search words, which only {@link #update} needs ({@code serve}). */
    private boolean keepSearchForUpdates;
    /** What the last good run left in the output folder, for {@link #update}; null before one. */
    private SiteMemory memory;

    // The state of the current run, fresh for each one.
    private Problems problems = new Problems();
    private final List<Problem> staleTranslations = new ArrayList<>();
    private final Map<String, Long> timings = new LinkedHashMap<>();
    private long lapStart;
    private SiteMemory reading;

    public SiteBuilder(BuildOptions options) {
        this.options = options;
        this.layout = ProjectLayout.at(options.projectRoot());
    }

    /** Prepares this builder for {@link #update}s: runs keep what an update needs to rebuild the search index. */
    public SiteBuilder keepingSearchForUpdates() {
        keepSearchForUpdates = true;
        return this;
    }

    public BuildResult run() throws IOException {
        long start = startRun(new SiteMemory());
        memory = null;
        try (Workers workers = new Workers()) {
            Optional<Loaded> loaded = load(workers);
            lap("load");
            Optional<Site> site = loaded.flatMap(this::link);
            lap("link");
            if (site.isEmpty()) {
                return finish(start, Map.of(), 0);
            }
            int files = render(loaded.get(), site.get(), workers);
            remember(loaded.get(), site.get());
            return finish(start, pagesPerLanguage(site.get()), files);
        }
    }

    /**
     * Brings the site the last run wrote up to date after {@code changed} files changed (or appeared, or went):
     * the same phases as {@link #run}, but load reads only those files again and render writes only the pages
     * whose inputs changed, into the output folder as it is. A change outside {@code content/}, a new or removed
     * language, an output folder that has gone, a builder not made {@link #keepingSearchForUpdates}, or an update
     * without a good run before it runs the whole pipeline instead.
     */
    public BuildResult update(Collection<Path> changed) throws IOException {
        if (memory == null || !options.write() || !keepSearchForUpdates
                || !changed.stream().allMatch(path -> normalised(path).startsWith(layout.content()))
                || !Files.isRegularFile(options.output().resolve(OutputFolder.MARKER))) {
            return run();
        }
        Optional<ContentTree> rescanned = Optional.empty();
        Problems scan = new Problems();
        if (changed.stream().filter(SiteBuilder::mayBeContent)
                .anyMatch(path -> !memory.knows(normalised(path)) || !Files.isRegularFile(path))) {
            rescanned = Optional.of(ContentTree.scan(layout, scan));
            if (!rescanned.get().languages().equals(memory.tree.languages())) {
                return run();
            }
        }
        long start = startRun(memory);
        rescanned.ifPresent(tree -> memory.scanned(tree, scan.sorted()));
        try (Workers workers = new Workers()) {
            Optional<Loaded> loaded = reload(changed, workers);
            lap("load");
            Optional<Site> site = loaded.flatMap(this::link);
            lap("link");
            if (site.isEmpty()) {
                return finish(start, Map.of(), 0);
            }
            int files = renderChanges(loaded.get(), site.get(), workers);
            lap("render");
            return finish(start, pagesPerLanguage(site.get()), files);
        } catch (IOException | RuntimeException e) {
            // The output folder may be half updated: the next run starts from scratch.
            memory = null;
            throw e;
        }
    }

    /** Markdown files, and folders (a language); not an editor's swap and backup files beside them. */
    private static boolean mayBeContent(Path path) {
        return path.getFileName().toString().endsWith(".md") || Files.isDirectory(path);
    }

    private static Path normalised(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private long startRun(SiteMemory into) {
        problems = new Problems();
        staleTranslations.clear();
        timings.clear();
        reading = into;
        lapStart = System.nanoTime();
        return lapStart;
    }

    private void lap(String phase) {
        long now = System.nanoTime();
        timings.put(phase, (now - lapStart) / 1_000_000);
        lapStart = now;
    }

    /** Everything read from disk and checked on its own, before pages know about each other. */
    record Loaded(List<Language> languages, Map<Language, Messages> messages,
                  Map<Language, LanguageRules> rules, List<Playbook> playbooks,
                  Map<Language, PageSource> homes, TemplateEngine templates, MarkdownEngine markdown) {
    }

    private Optional<Loaded> load(Workers workers) throws IOException {
        ContentTree tree = ContentTree.scan(layout, problems);
        reading.scanned(tree, problems.sorted());
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        List<Language> languages = tree.languages();
        Map<Language, LanguageRules> rules = new TreeMap<>();
        languages.forEach(language -> rules.put(language, new LanguageRules(language)));
        Map<Language, Messages> messages = uiStrings(tree);
        TemplateEngine templates = templates(messages);
        reading.projectChecked(problems.sorted());
        MarkdownEngine markdown = new MarkdownEngine(options.allowHtml());

        List<SourceFile> files = new ArrayList<>();
        languages.forEach(language -> files.addAll(tree.playbooks(language)));
        List<Playbook> playbooks = workers.map(files, file -> loadPlaybook(file, markdown))
                .stream().flatMap(Optional::stream).toList();
        Map<Language, PageSource> homes = new TreeMap<>();
        for (Language language : languages) {
            tree.home(language).flatMap(this::loadHome).ifPresent(home -> homes.put(language, home));
        }
        if (problems.mustStop(options.strict())) {
            return Optional.empty();
        }
        return Optional.of(new Loaded(languages, messages, rules, playbooks, homes, templates, markdown));
    }

    private Map<Language, Messages> uiStrings(ContentTree tree) {
        Map<Language, Map<String, UiString>> strings = new TreeMap<>();
        Map<Language, String> files = new TreeMap<>();
        for (Language language : tree.languages()) {
            strings.put(language, UiStringReader.read(tree.i18nFile(language), layout, problems));
            files.put(language, layout.display(tree.i18nFile(language)));
        }
        return MessageCatalog.compile(strings, files, problems);
    }

    private TemplateEngine templates(Map<Language, Messages> messages) throws IOException {
        String display = layout.display(layout.templates());
        TemplateEngine engine = new TemplateEngine(layout.templates(), display);
        for (String name : TEMPLATES) {
            try {
                engine.check(name);
            } catch (TemplateFailure failure) {
                problems.add(failure.problem());
            }
        }
        messages.values().stream().findFirst().ifPresent(first -> checkTemplateKeys(first, display));
        return engine;
    }

    private void checkTemplateKeys(Messages messages, String display) {
        try {
            TemplateKeys.check(layout.templates(), display, messages, layout.display(layout.i18n()), problems);
        } catch (IOException e) {
            problems.error(display, 0, 0, "cannot read the templates: " + e.getMessage(), "");
        }
    }

    /** Reads one playbook; its problems are also kept with it, so an update need not read it again. */
    private Optional<Playbook> loadPlaybook(SourceFile file, MarkdownEngine markdown) {
        Problems own = new Problems();
        Optional<Playbook> playbook = readPlaybook(file, markdown, own, own);
        reading.playbooks.put(file.path(), new SiteMemory.Read<>(playbook, own.sorted()));
        problems.addAll(own.sorted());
        return playbook;
    }

    /**
     * Reads a playbook's file, outlines its body and works out its version. What is wrong with the file goes to
     * {@code problems}; what the outline finds in the body (unsafe links, raw HTML) goes to {@code bodyProblems}.
     */
    public static Optional<Playbook> readPlaybook(SourceFile file, MarkdownEngine markdown, Problems problems,
                                           Problems bodyProblems) {
        return SourceReader.read(file, problems).flatMap(source -> {
            try {
                Outline outline = markdown.outline(source.body(), source.bodyLine(), file.display(), bodyProblems);
                return Optional.of(new Playbook(file, source.meta(), source.body(), source.bodyLine(), outline,
                        SourceVersions.of(file.language(), source.meta(), source.body())));
            } catch (StackOverflowError e) {
                reportTooDeep(file, problems);
                return Optional.empty();
            }
        });
    }

    private Optional<PageSource> loadHome(SourceFile file) {
        Problems own = new Problems();
        Optional<PageSource> home = SourceReader.read(file, own);
        reading.homes.put(file.path(), new SiteMemory.Read<>(home, own.sorted()));
        problems.addAll(own.sorted());
        return home;
    }

    private void reportTooDeep(SourceFile file) {
        reportTooDeep(file, problems);
    }

    private static void reportTooDeep(SourceFile file, Problems into) {
        into.error(file.display(), 0, 0, "the Markdown is nested too deeply to render",
                "flatten the deepest lists or block quotes");
    }

    /**
     * The load phase of an update: the changed files (and any the memory does not know) are read again, every
     * other file's page and problems come from memory, as do the UI strings and templates.
     */
    private Optional<Loaded> reload(Collection<Path> changed, Workers workers) {
        Set<Path> again = new HashSet<>();
        changed.forEach(path -> again.add(normalised(path)));
        Loaded before = memory.shown;
        List<SourceFile> files = new ArrayList<>();
        before.languages().forEach(language -> files.addAll(memory.tree.playbooks(language)));
        memory.forgetAllBut(files, before.languages());
        List<SourceFile> toRead = files.stream()
                .filter(file -> again.contains(file.path()) || !memory.playbooks.containsKey(file.path())).toList();
        workers.map(toRead, file -> loadPlaybook(file, before.markdown()));
        Map<Language, PageSource> homes = new TreeMap<>();
        for (Language language : before.languages()) {
            memory.tree.home(language).ifPresent(file -> {
                if (again.contains(file.path()) || !memory.homes.containsKey(file.path())) {
                    loadHome(file);
                }
                memory.homes.get(file.path()).page().ifPresent(home -> homes.put(language, home));
            });
        }
        memory.allProblems(files).forEach(problems::add);
        if (problems.mustStop(options.strict())) {
            return Optional.empty();
        }
        List<Playbook> playbooks = files.stream().flatMap(file -> memory.playbooks.get(file.path()).page().stream())
                .toList();
        return Optional.of(new Loaded(before.languages(), before.messages(), before.rules(), playbooks, homes,
                before.templates(), before.markdown()));
    }

    private Optional<Site> link(Loaded loaded) {
        Language defaultLanguage = defaultLanguage(loaded.languages());
        Site site = Site.link(loaded.languages(), defaultLanguage, loaded.playbooks(), options.drafts(),
                loaded.rules(), soundLinks, problems);
        checkAudiences(loaded, site);
        reportStaleTranslations(site);
        return problems.mustStop(options.strict()) ? Optional.empty() : Optional.of(site);
    }

    /**
     * A stale translation is an error only under {@code --fail-on-stale}. As a warning it is kept apart from the
     * problems {@code --strict} promotes: it is not a mistake but a state the page itself tells its readers about.
     */
    private void reportStaleTranslations(Site site) {
        if (options.failOnStale()) {
            problems.addAll(site.freshness().staleTranslations(Severity.ERROR, site::isPublished));
        } else {
            staleTranslations.addAll(site.freshness().staleTranslations(Severity.WARNING, site::isPublished));
        }
    }

    /** English when the site has it (the language most readers can fall back on), else the first. */
    public static Language defaultLanguage(List<Language> languages) {
        return languages.contains(new Language("en")) ? new Language("en") : languages.get(0);
    }

    /** Audiences are codes whose names live in the UI strings, so every language can show them. */
    private void checkAudiences(Loaded loaded, Site site) {
        for (Language language : site.languages()) {
            Messages text = loaded.messages().get(language);
            for (Playbook playbook : site.playbooks(language)) {
                for (String audience : playbook.meta().audience()) {
                    if (!text.has("audience." + audience)) {
                        problems.error(playbook.source().display(), playbook.meta().lineOf("audience"), 1,
                                "unknown audience '" + audience + "'",
                                "use one of " + audiences(text) + ", or add 'audience." + audience
                                        + "' to every file in i18n/");
                    }
                }
            }
        }
    }

    private static String audiences(Messages text) {
        return text.keys().stream().filter(key -> key.startsWith("audience.")).sorted()
                .map(key -> key.substring("audience.".length())).toList().toString();
    }

    /** Renders every page; returns the number of files written (0 for {@code check} or a failed run). */
    private int render(Loaded loaded, Site site, Workers workers) throws IOException {
        OutputFolder out = options.write()
                ? OutputFolder.open(options.output(), layout.root(),
                List.of(layout.content(), layout.templates(), layout.i18n(), layout.root().resolve("src")))
                : null;
        boolean committed = false;
        try {
            PageRenderer pages = new PageRenderer(loaded, site, out, null);
            pages.renderAll(workers);
            lap("render");
            reading.searchPages = pages.searchPages();
            reading.search = keepSearchForUpdates ? pages.search : null;
            if (!problems.mustStop(options.strict()) && out != null) {
                // The whole-site files are independent of each other: each language's index, the assets, the
                // sitemap and feeds are written side by side.
                List<Workers.Job> jobs = new ArrayList<>();
                site.languages().forEach(language -> jobs.add(() -> pages.writeSearchIndex(language)));
                jobs.add(() -> out.copyTree(layout.templates().resolve("assets"), "assets/"));
                jobs.add(() -> SiteFiles.write(site, hrefs(), loaded.messages(), out));
                workers.runAll(jobs);
                lap("write");
                out.commit();
                lap("swap");
                committed = true;
                return out.filesWritten();
            }
            return 0;
        } finally {
            if (out != null && !committed) {
                out.discard();
            }
        }
    }

    /**
     * The search side of an update: a language whose playbooks were rendered again or went gets its index written
     * anew (the pages not rendered again come from memory, as the last run numbered their words), and the text of
     * a playbook that went is deleted.
     */
    private void updateSearch(PageRenderer after, PageChanges changes, Site site, LiveFolder out)
            throws IOException {
        Set<Language> languages = new java.util.TreeSet<>();
        changes.playbooks().forEach(playbook -> languages.add(playbook.language()));
        Set<Path> published = new HashSet<>();
        site.languages().forEach(language -> site.playbooks(language)
                .forEach(playbook -> published.add(playbook.source().path())));
        for (Language language : memory.shownSite.languages()) {
            for (Playbook was : memory.shownSite.playbooks(language)) {
                if (!published.contains(was.source().path())) {
                    out.delete(SearchIndexes.fragmentFile(language, was.slug()));
                    languages.add(language);
                }
            }
        }
        after.indexUnchanged(memory.searchPages, changes.playbooks().stream()
                .map(playbook -> playbook.source().path()).collect(java.util.stream.Collectors.toSet()));
        if (!languages.isEmpty()) {
            after.writeSearchIndexes(languages);
        }
    }

    /** Keeps what a good run wrote, so that the next {@link #update} can start from it. */
    private void remember(Loaded loaded, Site site) {
        if (options.write() && !problems.mustStop(options.strict())) {
            reading.shown(loaded, site);
            memory = reading;
        }
    }

    /**
     * The render phase of an update: pages whose inputs changed are rendered into the output folder as it is,
     * pages that are gone are deleted, and the sitemap and feeds are written again if their entries changed.
     */
    private int renderChanges(Loaded loaded, Site site, Workers workers) throws IOException {
        LiveFolder out = LiveFolder.at(options.output());
        PageRenderer before = new PageRenderer(memory.shown, memory.shownSite, null, null);
        PageRenderer after = new PageRenderer(loaded, site, out, memory.search);
        PageChanges changes = PageChanges.between(before, after);
        workers.map(changes.playbooks(), after::renderPlaybook);
        workers.map(changes.lists(), list -> after.page(list.template(), list.url(), list.language(), list.model()));
        updateSearch(after, changes, site, out);
        for (PageUrl gone : changes.removed()) {
            out.delete(gone.file());
        }
        if (problems.mustStop(options.strict())) {
            memory = null;
            return 0;
        }
        SiteFiles.update(site, hrefs(), loaded.messages(), out, changes.sitemap(), changes.feeds());
        memory.shown(loaded, site);
        memory.searchPages = after.searchPages();
        memory.search = after.search;
        return out.filesWritten();
    }

    private Hrefs hrefs() {
        return options.baseUrl()
                .map(url -> new Hrefs(LinkStyle.DIRECTORY, url))
                .orElseGet(() -> new Hrefs(LinkStyle.INDEX_FILE, BuildOptions.LOCAL_BASE_URL));
    }

    /** A page that lists playbooks (home, tag index, a tag), with the data its template gets. */
    record ListPage(String template, PageUrl url, Language language, Map<String, Object> model) {
    }

    /** Renders pages through the templates into the output folder, or nowhere for {@code check}. */
    final class PageRenderer {
        private final Loaded loaded;
        private final Site site;
        private final SiteWriter out;
        private final PageAssembler assembler;
        /** Filled while playbooks render; none for {@code check}, which writes nothing. */
        private final SearchIndexes search;
        private final Map<Playbook, Integer> positions = new IdentityHashMap<>();
        /** Each page as indexed, kept (for {@code serve} only) so an update can index the pages it skips. */
        private final Map<Path, IndexedPage> searchPages = new java.util.concurrent.ConcurrentHashMap<>();

        /** @param previousSearch the indexes of the run an update starts from, whose vocabularies it shares */
        PageRenderer(Loaded loaded, Site site, SiteWriter out, SearchIndexes previousSearch) {
            this.loaded = loaded;
            this.site = site;
            this.out = out;
            this.assembler = new PageAssembler(site, hrefs(), loaded.rules(), loaded.messages(), loaded.markdown());
            Map<Language, Integer> counts = new TreeMap<>();
            for (Language language : site.languages()) {
                List<Playbook> playbooks = site.playbooks(language);
                counts.put(language, playbooks.size());
                for (int i = 0; i < playbooks.size(); i++) {
                    positions.put(playbooks.get(i), i);
                }
            }
            this.search = out == null ? null
                    : keepSearchForUpdates ? SearchIndexes.forUpdates(counts, pageSuffix(), previousSearch)
                    : new SearchIndexes(counts, pageSuffix());
        }

        /** What a link to a playbook has after {@code slug/}, in this build's link style: "index.html" or nothing. */
        private String pageSuffix() {
            return hrefs().relative(new PageUrl("x/"), new PageUrl("x/slug/")).substring("slug/".length());
        }

        void writeSearchIndexes(Collection<Language> languages) throws IOException {
            for (Language language : languages) {
                writeSearchIndex(language);
            }
        }

        void writeSearchIndex(Language language) throws IOException {
            try (OutputStream stream = out.create(SearchIndexes.indexFile(language))) {
                search.write(language, stream);
            }
        }

        void renderAll(Workers workers) {
            workers.map(site.languages(), this::renderLanguagePages);
            List<Playbook> all = new ArrayList<>();
            site.languages().forEach(language -> all.addAll(site.playbooks(language)));
            workers.map(all, this::renderPlaybook);
            page("root.ftlh", new PageUrl(""), site.defaultLanguage(), assembler.root());
            PageUrl rootNotFound = new PageUrl("404.html");
            page("404.ftlh", rootNotFound, site.defaultLanguage(),
                    assembler.notFound(site.defaultLanguage(), rootNotFound));
        }

        private boolean renderLanguagePages(Language language) {
            for (ListPage list : listPages(language)) {
                page(list.template(), list.url(), language, list.model());
            }
            PageUrl notFound = Site.notFound(language);
            page("404.ftlh", notFound, language, assembler.notFound(language, notFound));
            return true;
        }

        /**
         * The pages of a language that list playbooks, each page of each list: its home page, its checklists page,
         * the tag index and a page per tag.
         */
        List<ListPage> listPages(Language language) {
            List<ListPage> pages = new ArrayList<>();
            List<Playbook> playbooks = site.playbooks(language);
            Optional<PageSource> intro = Optional.ofNullable(loaded.homes().get(language));
            for (Paging.Slice<Playbook> slice : Paging.slices(playbooks, Paging.PAGE_SIZE)) {
                pages.add(new ListPage("home.ftlh", Paging.url(Site.home(language), slice.number()), language,
                        assembler.home(language, intro, slice)));
            }
            List<Playbook> withChecklists = playbooks.stream()
                    .filter(playbook -> !playbook.outline().checklist().isEmpty()).toList();
            for (Paging.Slice<Playbook> slice : Paging.slices(withChecklists, Paging.PAGE_SIZE)) {
                pages.add(new ListPage("checklists.ftlh", Paging.url(PageAssembler.checklistsUrl(language),
                        slice.number()), language, assembler.checklists(language, slice)));
            }
            pages.add(new ListPage("tags.ftlh", Site.tagIndex(language), language, assembler.tagIndex(language)));
            for (Tag tag : site.tags(language)) {
                for (Paging.Slice<Playbook> slice : Paging.slices(tag.playbooks(), Paging.PAGE_SIZE)) {
                    pages.add(new ListPage("tag.ftlh", Paging.url(Site.tag(tag), slice.number()), language,
                            assembler.tag(tag, slice)));
                }
            }
            return pages;
        }

        Site site() {
            return site;
        }

        Map<Language, PageSource> homes() {
            return loaded.homes();
        }

        Map<Path, IndexedPage> searchPages() {
            return searchPages;
        }

        PageAssembler assembler() {
            return assembler;
        }

        boolean renderPlaybook(Playbook playbook) {
            RenderedBody body;
            try {
                body = assembler.body(playbook);
            } catch (StackOverflowError e) {
                reportTooDeep(playbook.source());
                return false;
            }
            int words = search != null ? indexForSearch(playbook, body) : assembler.words(playbook, body);
            page("playbook.ftlh", Site.url(playbook), playbook.language(), assembler.playbook(playbook, body, words));
            return true;
        }

        /**
         * Adds the page to its language's search index and writes its text fragment; remembered for updates. Returns
         * the length of the body in words, which the analysis counted on the way.
         */
        private int indexForSearch(Playbook playbook, RenderedBody body) {
            SearchPage page = new SearchPage(playbook.slug(), playbook.meta().title(), playbook.meta().summary(),
                    playbook.meta().tags(), body.sections());
            SearchIndexes.Added added = search.addAndAnalyse(playbook.language(), positions.get(playbook), page);
            if (keepSearchForUpdates) {
                searchPages.put(playbook.source().path(), added.indexed());
            }
            SearchIndexes.Fragment fragment = added.fragment();
            try (OutputStream stream = out.create(fragment.sitePath())) {
                stream.write(fragment.script());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return added.bodyWords();
        }

        /**
         * For an update: puts every page that was not rendered again into the search index, from what the last run
         * remembered of it, so the index written afterwards covers the whole site.
         */
        void indexUnchanged(Map<Path, IndexedPage> remembered, java.util.Set<Path> rendered) {
            for (Language language : site.languages()) {
                for (Playbook playbook : site.playbooks(language)) {
                    Path path = playbook.source().path();
                    IndexedPage page = remembered.get(path);
                    if (!rendered.contains(path) && page != null) {
                        searchPages.put(path, search.add(language, positions.get(playbook), page));
                    }
                }
            }
        }

        boolean page(String template, PageUrl url, Language language, Map<String, Object> model) {
            Map<String, Object> withSearch = new HashMap<>(model);
            withSearch.put("search", assembler.search(language, url));
            try (OutputStream stream = out == null ? OutputStream.nullOutputStream() : out.create(url.file());
                 Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
                loaded.templates().render(template, withSearch, loaded.messages().get(language), writer);
            } catch (TemplateFailure failure) {
                problems.add(failure.problem());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return true;
        }
    }

    private static Map<String, Integer> pagesPerLanguage(Site site) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        site.languages().forEach(language -> pages.put(language.code(), site.playbooks(language).size()));
        return pages;
    }

    private BuildResult finish(long start, Map<String, Integer> pages, int files) {
        if (options.strict()) {
            problems.makeStrict();
        }
        problems.addAll(staleTranslations);
        boolean succeeded = !problems.hasErrors();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BuildResult(succeeded, problems.sorted(), succeeded ? pages : Map.of(), succeeded ? files : 0,
                millis, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timings)));
    }
}
