package dev.playbooks.pipeline;

import dev.playbooks.markdown.RenderedBody;
import dev.playbooks.model.Language;
import dev.playbooks.model.PageUrl;
import dev.playbooks.model.Playbook;
import dev.playbooks.output.SiteOutput;
import dev.playbooks.render.TemplateFailure;
import dev.playbooks.render.Views;
import dev.playbooks.search.IndexedPage;
import dev.playbooks.search.SearchIndexes;
import dev.playbooks.search.SearchPage;
import dev.playbooks.site.Hrefs;
import dev.playbooks.site.Site;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The render phase: every page of the site, in parallel, through its template. Each page's data is assembled, and
 * when the run keeps fingerprints its fingerprint is taken; a page whose fingerprint is the one the output folder
 * already shows is not rendered again. A playbook's body is rendered only when its page is written, and goes into
 * its language's search index on the way.
 */
final class RenderPhase {
    private final Run run;
    private final Loaded loaded;
    private final Site site;
    private final SiteOutput out;
    private final Hrefs hrefs;
    private final PageAssembler assembler;
    /** What the output folder holds now; empty when it is written afresh. */
    private final Optional<Written> before;
    private final boolean fingerprinting;
    private final Optional<SearchIndexes> search;
    // Sized for the whole site up front: growing a concurrent map while every worker writes to it costs more than
    // filling it.
    private final Map<String, Fingerprint> fingerprints;
    private final Map<Path, IndexedPage> indexed;
    private final Map<Path, Markdown> markdown;

    /**
     * What rendering left for the write phase: the fingerprints taken, the search indexes, the pages indexed, and
     * the fingerprint of each playbook's Markdown.
     */
    record Rendered(Map<String, Fingerprint> fingerprints, Optional<SearchIndexes> search,
                    Map<Path, IndexedPage> indexed, Map<Path, Markdown> markdown) {
    }

    /** The fingerprint of a playbook's Markdown, with the playbook as read, which it holds for. */
    record Markdown(Playbook playbook, Fingerprint fingerprint) {
    }

    private RenderPhase(Run run, Loaded loaded, Site site, SiteOutput out, Optional<Written> before,
                        boolean fingerprinting) {
        this.run = run;
        this.loaded = loaded;
        this.site = site;
        this.out = out;
        this.before = before;
        this.fingerprinting = fingerprinting;
        this.hrefs = run.hrefs();
        int pages = site.pageCount();
        this.fingerprints = new ConcurrentHashMap<>(fingerprinting ? 4 * pages + 64 : 16);
        this.indexed = new ConcurrentHashMap<>(fingerprinting ? 2 * pages : 16);
        this.markdown = new ConcurrentHashMap<>(fingerprinting ? 2 * pages : 16);
        Project project = loaded.project();
        this.assembler = new PageAssembler(site, hrefs, project.rules(), project.messages(), project.markdown());
        this.search = out.writes()
                ? Optional.of(fingerprinting
                        ? SearchIndexes.forUpdates(pageCounts(site), pageSuffix(hrefs),
                                before.map(Written::search).orElse(null))
                        : new SearchIndexes(pageCounts(site), pageSuffix(hrefs)))
                : Optional.empty();
    }

    /**
     * Renders the pages whose fingerprint differs from {@code before}'s (every page, without it).
     *
     * @param fingerprinting whether to take fingerprints, for a later run to compare with
     */
    static Rendered render(Run run, Loaded loaded, Site site, SiteOutput out, Optional<Written> before,
                           boolean fingerprinting) {
        RenderPhase phase = new RenderPhase(run, loaded, site, out, before, fingerprinting);
        run.workers.map(SitePages.of(site, loaded.homePages(), phase.assembler), phase::render);
        return new Rendered(Collections.unmodifiableMap(phase.fingerprints), phase.search,
                Collections.unmodifiableMap(phase.indexed), Collections.unmodifiableMap(phase.markdown));
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

    /** Renders one page unless the output folder shows it as it would be now; false when it was not written. */
    private boolean render(SitePages.Page page) {
        Map<String, Object> data = page.data().get();
        if (fingerprinting) {
            Fingerprint fingerprint = fingerprint(page, data);
            fingerprints.put(page.url().file(), fingerprint);
            page.body().ifPresent(playbook -> fingerprints.put(
                    SearchIndexes.fragmentFile(playbook.language(), playbook.slug()), fingerprint));
            if (before.map(written -> fingerprint.equals(written.files().get(page.url().file()))).orElse(false)) {
                return false;
            }
        }
        Map<String, Object> model = data;
        if (page.body().isPresent()) {
            Optional<Views.Body> body = body(page.body().get());
            if (body.isEmpty()) {
                return false;
            }
            model = new HashMap<>(data);
            model.put("body", body.get());
        }
        write(page, model);
        return true;
    }

    /**
     * Everything the page is made from: the project (templates, UI strings, options), the template, the address,
     * the data, and for a playbook its Markdown, which stands for its body. Where the body's links lead follows
     * from the page's address and the links as written, since a link to a page the site does not publish fails
     * the run.
     */
    private Fingerprint fingerprint(SitePages.Page page, Map<String, Object> data) {
        Fingerprint.Builder fingerprint = new Fingerprint.Builder().add(loaded.project().fingerprint())
                .add(page.template()).add(page.url().path()).add(data);
        page.body().ifPresent(playbook -> fingerprint.add(markdown(playbook)));
        return fingerprint.build();
    }

    /**
     * The fingerprint of a playbook's Markdown, taken once per file read: a playbook that was not read again is the
     * very object the last run had, so its fingerprint is carried over rather than taken of the whole text again.
     */
    private Fingerprint markdown(Playbook playbook) {
        Path path = playbook.source().path();
        Markdown known = before.map(written -> written.markdown().get(path)).orElse(null);
        Markdown now = known != null && known.playbook() == playbook ? known
                : new Markdown(playbook, Fingerprint.of(playbook.body()));
        markdown.put(path, now);
        return now.fingerprint();
    }

    /** Renders a playbook's Markdown; its words go into the search index, whose analysis also counts them. */
    private Optional<Views.Body> body(Playbook playbook) {
        RenderedBody body;
        try {
            body = loaded.project().markdown().renderWithText(playbook.body(),
                    destination -> site.href(playbook, destination, hrefs));
        } catch (StackOverflowError e) {
            LoadPhase.reportTooDeep(playbook.source(), run.problems);
            return Optional.empty();
        }
        int words = search.isPresent() ? index(playbook, body, search.get())
                : loaded.project().rules().get(playbook.language()).countWords(body.sections());
        return Optional.of(PageAssembler.body(body.html(), words));
    }

    /** Adds the page to its language's search index and writes its text for snippets; returns its words. */
    private int index(Playbook playbook, RenderedBody body, SearchIndexes indexes) {
        SearchPage page = new SearchPage(playbook.slug(), playbook.meta().title(), playbook.meta().summary(),
                playbook.meta().tags(), body.sections());
        SearchIndexes.Added added = indexes.addAndAnalyse(playbook.language(), site.position(playbook), page);
        if (fingerprinting) {
            indexed.put(playbook.source().path(), added.indexed());
        }
        SearchIndexes.Fragment fragment = added.fragment();
        try (OutputStream stream = out.create(fragment.sitePath())) {
            stream.write(fragment.script());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return added.bodyWords();
    }

    private void write(SitePages.Page page, Map<String, Object> model) {
        try (OutputStream stream = out.create(page.url().file());
             Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
            loaded.project().templates().render(page.template(), model,
                    loaded.project().messages().get(page.language()), writer);
        } catch (TemplateFailure failure) {
            run.problems.add(failure.problem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
