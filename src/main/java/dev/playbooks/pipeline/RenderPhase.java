package dev.playbooks.pipeline;

import dev.playbooks.markdown.LinkTargets;
import dev.playbooks.markdown.MediaTarget;
import dev.playbooks.markdown.RenderedBody;
import dev.playbooks.markdown.TooComplex;
import dev.playbooks.model.Language;
import dev.playbooks.model.PageUrl;
import dev.playbooks.model.Playbook;
import dev.playbooks.output.SiteOutput;
import dev.playbooks.problem.Problem;
import dev.playbooks.render.TemplateFailure;
import dev.playbooks.render.Views;
import dev.playbooks.search.IndexedPage;
import dev.playbooks.search.SearchIndexes;
import dev.playbooks.search.SearchPage;
import dev.playbooks.site.Hrefs;
import dev.playbooks.site.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The render phase: every page of the site, in parallel, through its template. When the run keeps fingerprints, a
 * page the output folder already shows as it would be now is not rendered again ({@link PageMemory} says which). A
 * playbook's body is rendered only when its page is written, and goes into its language's search index on the way.
 */
final class RenderPhase {
    private final Run run;
    private final Loaded loaded;
    private final Site site;
    private final SiteOutput out;
    private final Hrefs hrefs;
    private final PageAssembler assembler;
    private final Optional<SearchIndexes> search;
    private final Map<Path, IndexedPage> indexed;
    /**
     * Each distinct template error once, with the first page (by path) it broke and how many it broke: one mistake
     * in the layout fails every page, and a list of every page would hide the mistake.
     */
    private final Map<Problem, Failed> failures = new ConcurrentHashMap<>();

    private record Failed(String firstPage, int pages) {
        Failed and(Failed other) {
            return new Failed(firstPage.compareTo(other.firstPage) <= 0 ? firstPage : other.firstPage,
                    pages + other.pages);
        }

        Problem named(Problem problem) {
            String where = " (rendering " + firstPage + (pages > 1 ? " and " + (pages - 1) + " other pages" : "")
                    + ")";
            return new Problem(problem.file(), problem.line(), problem.column(), problem.severity(),
                    problem.message() + where, problem.hint());
        }
    }

    /** None when the run keeps no fingerprints: every page is written. */
    private final Optional<PageMemory> memory;

    /**
     * What rendering left for the write phase: the search indexes, the pages indexed, and what the run learnt of
     * each page (none when it keeps no fingerprints).
     */
    record Rendered(Optional<SearchIndexes> search, Map<Path, IndexedPage> indexed,
                    Map<Path, IndexedPage> allIndexed, Optional<PageMemory> memory) {
    }

    private RenderPhase(Run run, Loaded loaded, Site site, SiteOutput out, Optional<Written> before,
                        boolean fingerprinting) {
        this.run = run;
        this.loaded = loaded;
        this.site = site;
        this.out = out;
        this.hrefs = run.hrefs();
        this.indexed = new ConcurrentHashMap<>(fingerprinting ? 2 * site.pageCount() : 16);
        Project project = loaded.project();
        this.assembler = new PageAssembler(site, hrefs, project.rules(), project.messages(), project.markdown(),
                run.config.repository());
        this.memory = fingerprinting
                ? Optional.of(new PageMemory(site, assembler, project.fingerprint(), before, loaded.sourceBytes()))
                : Optional.empty();
        this.search = out.writes()
                ? Optional.of(fingerprinting
                        ? SearchIndexes.forUpdates(pageCounts(site), pageSuffix(hrefs),
                                before.map(Written::search).orElse(null))
                        : new SearchIndexes(pageCounts(site), pageSuffix(hrefs)))
                : Optional.empty();
    }

    /**
     * Renders the pages that changed since {@code before} (every page, without it).
     *
     * @param fingerprinting whether to take fingerprints, for a later run to compare with
     */
    static Rendered render(Run run, Loaded loaded, Site site, SiteOutput out, Optional<Written> before,
                           boolean fingerprinting) {
        RenderPhase phase = new RenderPhase(run, loaded, site, out, before, fingerprinting);
        List<PageMemory.Assessed> assessed = run.workers.map(SitePages.of(site, loaded.homePages()),
                page -> phase.render(page).map(PageMemory.Assessed::written).orElse(null), "rendering", run.progress);
        phase.failures.forEach((problem, failed) -> run.problems.add(failed.named(problem)));
        phase.memory.ifPresent(memory -> memory.remember(assessed));
        return new Rendered(phase.search, Collections.unmodifiableMap(phase.indexed),
                phase.memory.isPresent() ? allIndexed(site, phase.indexed, before) : Map.of(), phase.memory);
    }

    /** Every published playbook as its language's index holds it: indexed now if rendered, else as it was. */
    private static Map<Path, IndexedPage> allIndexed(Site site, Map<Path, IndexedPage> now,
                                                     Optional<Written> before) {
        Map<Path, IndexedPage> all = new HashMap<>(2 * site.pageCount());
        for (Language language : site.languages()) {
            for (Playbook playbook : site.playbooks(language)) {
                Path path = playbook.source().path();
                IndexedPage page = now.get(path);
                if (page == null) {
                    page = before.map(written -> written.indexed().get(path)).orElse(null);
                }
                if (page != null) {
                    all.put(path, page);
                }
            }
        }
        return Collections.unmodifiableMap(all);
    }

    private static Map<Language, Integer> pageCounts(Site site) {
        Map<Language, Integer> counts = new TreeMap<>();
        site.languages().forEach(language -> counts.put(language, site.playbooks(language).size()));
        return counts;
    }

    /** What a link to a playbook has after {@code slug/}, in this build's link style: "index.html" or nothing. */
    private static String pageSuffix(Hrefs hrefs) {
        return hrefs.relative(new PageUrl("x/"), new PageUrl("x/slug/")).substring("slug/".length());
    }

    /**
     * Renders one page unless the output folder shows it as it would be now; returns what was found of it (none
     * when the run keeps no fingerprints).
     */
    private Optional<PageMemory.Assessed> render(SitePages.Page page) {
        Optional<PageMemory.Assessed> assessed = memory.map(known -> known.assess(page, page.url().file()));
        Optional<Map<String, Object>> changed = assessed.isPresent() ? assessed.get().changed()
                : Optional.of(assembler.data(page.key()));
        if (changed.isEmpty()) {
            return assessed;
        }
        Map<String, Object> model = changed.get();
        if (page.body().isPresent()) {
            Optional<Views.Body> body = body(page.body().get(), (Views.Playbook) model.get("playbook"));
            if (body.isEmpty()) {
                return assessed;
            }
            model = new HashMap<>(model);
            model.put("body", body.get());
        }
        write(page, model);
        return assessed;
    }

    /** Renders a playbook's Markdown; its words go into the search index, whose analysis also counts them. */
    private Optional<Views.Body> body(Playbook playbook, Views.Playbook view) {
        RenderedBody body;
        try {
            body = loaded.project().markdown(playbook.language()).renderWithText(playbook.body(),
                    targets(playbook, view),
                    loaded.project().messages().get(playbook.language()).format("playbook.anchor", Map.of()),
                    view.checklistIds());
        } catch (TooComplex e) {
            LoadPhase.reportTooComplex(playbook.source(), playbook.bodyLine(), e, run.problems);
            return Optional.empty();
        } catch (StackOverflowError e) {
            LoadPhase.reportTooDeep(playbook.source(), run.problems);
            return Optional.empty();
        }
        int words = search.isPresent() ? index(playbook, body, search.get())
                : loaded.project().rules().get(playbook.language()).countWords(body.sections());
        return Optional.of(PageAssembler.body(body.html(), words));
    }

    /** Where the body's links lead and its images and files are published: as its page's data says. */
    private LinkTargets targets(Playbook playbook, Views.Playbook view) {
        Map<String, MediaTarget> media = new HashMap<>();
        view.media().forEach(item -> media.put(item.destination(),
                new MediaTarget(item.href(), item.width(), item.height(), item.srcset())));
        return new LinkTargets() {
            @Override
            public Optional<String> href(String destination) {
                return site.href(playbook, destination, hrefs);
            }

            @Override
            public Optional<MediaTarget> media(String destination) {
                return Optional.ofNullable(media.get(destination));
            }
        };
    }

    /** Adds the page to its language's search index and writes its text for snippets; returns its words. */
    private int index(Playbook playbook, RenderedBody body, SearchIndexes indexes) {
        SearchPage page = new SearchPage(playbook.slug(), playbook.meta().title(), playbook.meta().summary(),
                playbook.meta().tags(), body.sections());
        SearchIndexes.Added added = indexes.addAndAnalyse(playbook.language(), site.position(playbook), page);
        if (memory.isPresent()) {
            indexed.put(playbook.source().path(), added.indexed());
        }
        SearchIndexes.Fragment fragment = added.fragment();
        try {
            out.write(fragment.sitePath(), fragment.script());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return added.bodyWords();
    }

    private void write(SitePages.Page page, Map<String, Object> model) {
        String html;
        try {
            html = loaded.project().templates().render(page.template(), model,
                    loaded.project().messages().get(page.language()));
        } catch (TemplateFailure failure) {
            failures.merge(failure.problem(), new Failed(page.url().file(), 1), Failed::and);
            return;
        }
        try {
            out.write(page.url().file(), html.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
