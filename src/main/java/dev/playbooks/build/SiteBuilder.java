package dev.playbooks.build;

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
import dev.playbooks.output.OutputFolder;
import dev.playbooks.problem.Problems;
import dev.playbooks.render.TemplateEngine;
import dev.playbooks.render.TemplateFailure;
import dev.playbooks.render.TemplateKeys;
import dev.playbooks.search.SearchIndexes;
import dev.playbooks.search.SearchPage;
import dev.playbooks.site.Hrefs;
import dev.playbooks.site.LinkStyle;
import dev.playbooks.site.Site;
import dev.playbooks.site.Tag;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pipeline, in the order it runs: load the author's files, link them into one site, render every page, and
 * swap the finished site in. Each phase reports all its problems; the run stops after a phase with errors (or,
 * under {@code --strict}, with any problem). A builder holds no global state and can run any number of times.
 */
public final class SiteBuilder {
    static final List<String> TEMPLATES =
            List.of("root.ftlh", "home.ftlh", "playbook.ftlh", "tags.ftlh", "tag.ftlh", "checklists.ftlh", "404.ftlh");

    private final BuildOptions options;
    private final ProjectLayout layout;
    private final Problems problems = new Problems();

    public SiteBuilder(BuildOptions options) {
        this.options = options;
        this.layout = ProjectLayout.at(options.projectRoot());
    }

    public BuildResult run() throws IOException {
        long start = System.nanoTime();
        try (Workers workers = new Workers()) {
            Optional<Loaded> loaded = load(workers);
            Optional<Site> site = loaded.flatMap(this::link);
            if (site.isEmpty()) {
                return finish(start, Map.of(), 0);
            }
            int files = render(loaded.get(), site.get(), workers);
            return finish(start, pagesPerLanguage(site.get()), files);
        }
    }

    /** Everything read from disk and checked on its own, before pages know about each other. */
    private record Loaded(List<Language> languages, Map<Language, Messages> messages,
                          Map<Language, LanguageRules> rules, List<Playbook> playbooks,
                          Map<Language, PageSource> homes, TemplateEngine templates, MarkdownEngine markdown) {
    }

    private Optional<Loaded> load(Workers workers) throws IOException {
        ContentTree tree = ContentTree.scan(layout, problems);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        List<Language> languages = tree.languages();
        Map<Language, LanguageRules> rules = new TreeMap<>();
        languages.forEach(language -> rules.put(language, new LanguageRules(language)));
        Map<Language, Messages> messages = uiStrings(tree);
        TemplateEngine templates = templates(messages);
        MarkdownEngine markdown = new MarkdownEngine(options.allowHtml());

        List<SourceFile> files = new ArrayList<>();
        languages.forEach(language -> files.addAll(tree.playbooks(language)));
        List<Playbook> playbooks = workers.map(files, file -> loadPlaybook(file, markdown, rules))
                .stream().flatMap(Optional::stream).toList();
        Map<Language, PageSource> homes = new TreeMap<>();
        for (Language language : languages) {
            tree.home(language).flatMap(file -> SourceReader.read(file, problems))
                    .ifPresent(home -> homes.put(language, home));
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

    private Optional<Playbook> loadPlaybook(SourceFile file, MarkdownEngine markdown,
                                            Map<Language, LanguageRules> rules) {
        return SourceReader.read(file, problems).flatMap(source -> {
            try {
                Outline outline = markdown.outline(source.body(), source.bodyLine(), file.display(),
                        rules.get(file.language()), problems);
                return Optional.of(new Playbook(file, source.meta(), source.body(), source.bodyLine(), outline));
            } catch (StackOverflowError e) {
                reportTooDeep(file);
                return Optional.empty();
            }
        });
    }

    private void reportTooDeep(SourceFile file) {
        problems.error(file.display(), 0, 0, "the Markdown is nested too deeply to render",
                "flatten the deepest lists or block quotes");
    }

    private Optional<Site> link(Loaded loaded) {
        Language defaultLanguage = loaded.languages().contains(new Language("en"))
                ? new Language("en") : loaded.languages().get(0);
        Site site = Site.link(loaded.languages(), defaultLanguage, loaded.playbooks(), options.drafts(),
                loaded.rules(), problems);
        checkAudiences(loaded, site);
        return problems.mustStop(options.strict()) ? Optional.empty() : Optional.of(site);
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
            PageRenderer pages = new PageRenderer(loaded, site, out);
            pages.renderAll(workers);
            if (!problems.mustStop(options.strict()) && out != null) {
                pages.writeSearchIndexes();
                out.copyTree(layout.templates().resolve("assets"), "assets/");
                SiteFiles.write(site, hrefs(), loaded.messages(), out);
                out.commit();
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

    private Hrefs hrefs() {
        return options.baseUrl()
                .map(url -> new Hrefs(LinkStyle.DIRECTORY, url))
                .orElseGet(() -> new Hrefs(LinkStyle.INDEX_FILE, BuildOptions.LOCAL_BASE_URL));
    }

    /** Renders pages through the templates into the output folder, or nowhere for {@code check}. */
    private final class PageRenderer {
        private final Loaded loaded;
        private final Site site;
        private final OutputFolder out;
        private final PageAssembler assembler;
        /** Filled while playbooks render; none for {@code check}, which writes nothing. */
        private final SearchIndexes search;
        private final Map<Playbook, Integer> positions = new IdentityHashMap<>();

        PageRenderer(Loaded loaded, Site site, OutputFolder out) {
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
                    : new SearchIndexes(counts, pageSuffix());
        }

        /** What a link to a playbook has after {@code slug/}, in this build's link style: "index.html" or nothing. */
        private String pageSuffix() {
            return hrefs().relative(new PageUrl("x/"), new PageUrl("x/slug/")).substring("slug/".length());
        }

        void writeSearchIndexes() throws IOException {
            for (Language language : site.languages()) {
                try (OutputStream stream = out.create(SearchIndexes.indexFile(language))) {
                    search.write(language, stream);
                }
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
            List<Playbook> playbooks = site.playbooks(language);
            Optional<PageSource> intro = Optional.ofNullable(loaded.homes().get(language));
            for (Paging.Slice<Playbook> slice : Paging.slices(playbooks, Paging.PAGE_SIZE)) {
                page("home.ftlh", Paging.url(Site.home(language), slice.number()), language,
                        assembler.home(language, intro, slice));
            }
            List<Playbook> withChecklists = playbooks.stream()
                    .filter(playbook -> !playbook.outline().checklist().isEmpty()).toList();
            for (Paging.Slice<Playbook> slice : Paging.slices(withChecklists, Paging.PAGE_SIZE)) {
                page("checklists.ftlh", Paging.url(PageAssembler.checklistsUrl(language), slice.number()), language,
                        assembler.checklists(language, slice));
            }
            page("tags.ftlh", Site.tagIndex(language), language, assembler.tagIndex(language));
            for (Tag tag : site.tags(language)) {
                for (Paging.Slice<Playbook> slice : Paging.slices(tag.playbooks(), Paging.PAGE_SIZE)) {
                    page("tag.ftlh", Paging.url(Site.tag(tag), slice.number()), language, assembler.tag(tag, slice));
                }
            }
            PageUrl notFound = Site.notFound(language);
            page("404.ftlh", notFound, language, assembler.notFound(language, notFound));
            return true;
        }

        private boolean renderPlaybook(Playbook playbook) {
            Map<String, Object> model;
            RenderedBody body;
            try {
                body = assembler.body(playbook);
                model = assembler.playbook(playbook, body.html());
            } catch (StackOverflowError e) {
                reportTooDeep(playbook.source());
                return false;
            }
            page("playbook.ftlh", Site.url(playbook), playbook.language(), model);
            if (search != null) {
                indexForSearch(playbook, body);
            }
            return true;
        }

        private void indexForSearch(Playbook playbook, RenderedBody body) {
            SearchPage page = new SearchPage(playbook.slug(), playbook.meta().title(), playbook.meta().summary(),
                    playbook.meta().tags(), body.sections());
            SearchIndexes.Fragment fragment = search.add(playbook.language(), positions.get(playbook), page);
            try {
                out.write(fragment.sitePath(), fragment.script());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private void page(String template, PageUrl url, Language language, Map<String, Object> model) {
            Map<String, Object> withSearch = new HashMap<>(model);
            withSearch.put("search", assembler.search(language, url));
            try (OutputStream stream = out == null ? OutputStream.nullOutputStream() : out.create(url.file());
                 Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8),
                         1 << 16)) {
                loaded.templates().render(template, withSearch, loaded.messages().get(language), writer);
            } catch (TemplateFailure failure) {
                problems.add(failure.problem());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
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
        boolean succeeded = !problems.hasErrors();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BuildResult(succeeded, problems.sorted(), succeeded ? pages : Map.of(), succeeded ? files : 0,
                millis);
    }
}
