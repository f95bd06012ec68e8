package dev.playbooks.pipeline;

import dev.playbooks.content.ProjectLayout;
import dev.playbooks.content.SiteConfig;
import dev.playbooks.content.SiteConfigReader;
import dev.playbooks.model.Language;
import dev.playbooks.model.Playbook;
import dev.playbooks.output.LiveFolder;
import dev.playbooks.output.OutputFolder;
import dev.playbooks.output.SiteOutput;
import dev.playbooks.site.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The pipeline, in the order it runs: load the author's files, link them into one site, render every page, write the
 * files of the whole site, and swap the finished site in. Each phase reports all its problems; the run stops after
 * a phase with errors (or, under {@code --strict}, with any problem).
 *
 * <p>{@link #run} builds everything; {@link #update} runs the very same phases after some files changed, starting
 * from the {@link Snapshot} the last run left: only changed files are read again, and only files whose fingerprint
 * changed are written, into the output folder in place. A pipeline that does not {@link #keepingSnapshots keep
 * snapshots} keeps nothing between runs, and {@link #update} is then a full run.
 *
 * <p>A pipeline {@link #cachingIn caching} starts each {@link #run} from the build cache another process left (see
 * {@link BuildCache}) much as {@link #update} starts from a snapshot, but into a fresh folder: the files it need not
 * write again are linked into it from the site before, and the swap stays whole.
 */
public final class Pipeline {
    private final BuildOptions options;
    private final ProjectLayout layout;
    private final SiteConfig config;
    private boolean keeping;
    private Optional<BuildCache> cache = Optional.empty();
    private Progress progress = Progress.NONE;
    private Snapshot last = Snapshot.NONE;

    /**
     * A pipeline for the project {@code options} name, with its {@code playbooks.yaml} read once: the base URL it
     * gives is used unless the options give one.
     */
    public Pipeline(BuildOptions options) {
        this.layout = ProjectLayout.at(options.projectRoot());
        this.config = SiteConfigReader.read(layout);
        this.options = options.baseUrl().isPresent() ? options
                : config.baseUrl().map(options::withBaseUrl).orElse(options);
    }

    /** The options the runs use: those given, with the site's base URL where they gave none. */
    public BuildOptions options() {
        return options;
    }

    /** For {@code serve}: each run keeps what the next needs to redo only what changed. */
    public Pipeline keepingSnapshots() {
        keeping = true;
        return this;
    }

    /**
     * Keeps a build cache in {@code folder}, so that a build in another process reads again only the files that
     * changed and renders only the pages that did, taking the rest from the site the last build left.
     */
    public Pipeline cachingIn(Path folder) {
        cache = Optional.of(new BuildCache(folder, layout.root()));
        return this;
    }

    /** Tells {@code progress} how far each run's reading and rendering have come. */
    public Pipeline reportingProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /** Builds the whole site. */
    public BuildResult run() throws IOException {
        return build(Changes.all());
    }

    /** Brings the site up to date after {@code changed} files were saved, created or deleted. */
    public BuildResult update(Collection<Path> changed) throws IOException {
        return build(keeping ? Changes.of(changed) : Changes.all());
    }

    private BuildResult build(Changes changes) throws IOException {
        try {
            return build(changes, true);
        } catch (OutputFolder.NotInPreviousSite e) {
            return build(changes, false);
        }
    }

    /**
     * One run; with {@code fromCache}, pages the build cache shows unchanged are taken from the site the last build
     * left, which throws when that site lacks one of them.
     */
    private BuildResult build(Changes changes, boolean fromCache) throws IOException {
        Snapshot base = changes.everything() ? Snapshot.NONE : last;
        // Until this run says otherwise: a run that throws leaves nothing a later run may trust.
        last = Snapshot.NONE;
        if (options.write()) {
            OutputFolder.recover(options.output());
        }
        try (Run run = new Run(options, layout, config, progress); RunOutput output = new RunOutput()) {
            Optional<BuildCache.Stored> stored = readCache(run);
            if (caching() && !fromCache) {
                run.notes.add(new BuildResult.Note("The output folder lacked files the build cache expected (were "
                        + "they changed by hand?), so every page was written again.", "", List.of()));
            }
            // The cache describes the site readers see now, or its pages cannot be taken from that site.
            Optional<BuildCache.Stored> describesSite = Optional.empty();
            if (fromCache && stored.isPresent()) {
                SiteOutput early = output.open(base.written());
                describesSite = stored.filter(cached -> early.previousSite().equals(Optional.of(cached.site())));
                if (describesSite.isPresent()) {
                    // Made again while the files are read: the site before's files will be linked into them.
                    early.prepareLikePreviousSite();
                }
            }
            Optional<Loaded> loaded = caching() ? LoadPhase.load(run, stored)
                    : LoadPhase.load(run, base.loaded(), changes);
            run.lap("load");
            if (loaded.isEmpty()) {
                keep(base.reading(loaded));
                return run.result(Map.of(), 0);
            }
            // Linked even when some files could not be read, so that one run reports every problem it can find.
            Site site = LinkPhase.link(run, loaded.get(), base.links());
            run.notes.addAll(CommitDates.undated(site, loaded.get().history(), layout));
            run.lap("link");
            Snapshot linked = base.reading(loaded).linking(site.soundLinks());
            if (run.mustStop()) {
                keep(linked);
                return run.result(Map.of(), 0);
            }
            if (!output.isOpen()) {
                output.open(base.written()).prepare(SitePages.of(site, loaded.get().homePages()).stream()
                        .map(page -> page.url().file()).toList());
            }
            SiteOutput out = output.open(base.written());
            if (caching()) {
                // Only once the output folder is known to be safe: a refused one leaves nothing anywhere.
                output.writing = Optional.of(cache.get().start(loaded.get(), output.siteId));
            }
            Optional<Written> written = renderAndWrite(run, loaded.get(), site, out, out.inPlace() ? base.written()
                    : describesSite.flatMap(cached -> cached.written(loaded.get(), run.notes)), output.writing);
            written.ifPresent(done -> output.keep());
            // What a run that stopped wrote in place is unknown: the next run then writes a fresh folder.
            keep(linked.writing(written.isPresent() || out.inPlace() ? written : base.written()));
            if (written.isPresent() && output.writing.isPresent()) {
                output.writing.get().finish(written.get(), run.notes);
                run.lap("writeCache");
            }
            return run.result(pagesPerLanguage(site), draftsLeftOut(loaded.get(), site), out.filesWritten());
        }
    }

    /** The build cache, when this run keeps one and there is one to trust. */
    private Optional<BuildCache.Stored> readCache(Run run) {
        if (!caching()) {
            return Optional.empty();
        }
        Optional<BuildCache.Stored> stored = cache.get().read(run.notes);
        run.lap("readCache");
        return stored;
    }

    /**
     * Where one run writes: the site, opened when first needed and given up unless the run made it the site, and
     * the build cache being written, given up unless finished.
     */
    private final class RunOutput implements AutoCloseable {
        /** The name of the site this run makes, which its cache names too. */
        final String siteId = UUID.randomUUID().toString();
        Optional<BuildCacheWriter> writing = Optional.empty();
        private SiteOutput out;
        private boolean kept;

        SiteOutput open(Optional<Written> written) throws IOException {
            if (out == null) {
                out = Pipeline.this.open(written, siteId);
            }
            return out;
        }

        boolean isOpen() {
            return out != null;
        }

        void keep() {
            kept = true;
        }

        @Override
        public void close() {
            writing.ifPresent(BuildCacheWriter::close);
            if (out != null && !kept) {
                out.discard();
            }
        }
    }

    /** Whether this run reads and writes a build cache: only a run that writes the site does. */
    private boolean caching() {
        return cache.isPresent() && options.write() && !keeping;
    }

    /** The render and write phases; empty when the run must stop, having written nothing that counts. */
    private Optional<Written> renderAndWrite(Run run, Loaded loaded, Site site, SiteOutput out,
                                             Optional<Written> before, Optional<BuildCacheWriter> cacheWriting)
            throws IOException {
        boolean fingerprinting = keeping || caching();
        RenderPhase.Rendered rendered = RenderPhase.render(run, loaded, site, out, before, fingerprinting);
        run.lap("render");
        if (run.mustStop()) {
            return Optional.empty();
        }
        // What the pages were made from is final now: the cache takes it while the files of the site are written.
        cacheWriting.ifPresent(writing -> rendered.memory().ifPresent(memory -> writing.rendered(
                rendered.allIndexed(), memory.pages())));
        Written written = WritePhase.write(run, loaded, site, rendered, out, before, fingerprinting);
        run.lap("write");
        out.commit();
        run.lap("swap");
        return Optional.of(written);
    }

    /**
     * In place when the output folder holds what the last run wrote (and still carries the marker of this tool);
     * a fresh folder, swapped in at the end, otherwise; nowhere for {@code check}.
     */
    private SiteOutput open(Optional<Written> written, String siteId) throws IOException {
        if (!options.write()) {
            return SiteOutput.NOWHERE;
        }
        if (written.isPresent() && !Files.isSymbolicLink(options.output())
                && Files.isRegularFile(options.output().resolve(OutputFolder.MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return LiveFolder.at(options.output());
        }
        return OutputFolder.open(options.output(), layout.root(),
                List.of(layout.content(), layout.templates(), layout.i18n(), layout.root().resolve("src")), siteId);
    }

    private void keep(Snapshot snapshot) {
        last = keeping ? snapshot : Snapshot.NONE;
    }

    /** Per language, the drafts read but not published: all of them unless the run includes drafts. */
    private static Map<String, Integer> draftsLeftOut(Loaded loaded, Site site) {
        Map<String, Integer> drafts = new LinkedHashMap<>();
        for (Language language : site.languages()) {
            drafts.put(language.code(), 0);
        }
        for (Playbook playbook : loaded.pages()) {
            if (!site.isPublished(playbook)) {
                drafts.merge(playbook.language().code(), 1, Integer::sum);
            }
        }
        return drafts;
    }

    private static Map<String, Integer> pagesPerLanguage(Site site) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (Language language : site.languages()) {
            pages.put(language.code(), site.playbooks(language).size());
        }
        return pages;
    }
}
