package dev.playbooks.pipeline;

import dev.playbooks.media.MediaFile;
import dev.playbooks.media.Resizer;
import dev.playbooks.model.Language;
import dev.playbooks.model.Playbook;
import dev.playbooks.output.SiteOutput;
import dev.playbooks.output.SitemapEntry;
import dev.playbooks.search.IndexedPage;
import dev.playbooks.search.SearchIndexes;
import dev.playbooks.site.Hrefs;
import dev.playbooks.site.Site;
import dev.playbooks.site.SiteUrls;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The write phase: the files of the whole site, once every page is rendered: each language's search index, the
 * images and files playbooks show or offer (each once, with a large image's smaller copies), the static files, the
 * sitemap and the feeds, side by side. Like pages, each is written only when its fingerprint
 * differs from what the output folder holds; a file the folder holds that the site no longer has is deleted.
 */
final class WritePhase {
    private static final String ASSETS = "assets/";

    private final Run run;
    private final Loaded loaded;
    private final Site site;
    private final RenderPhase.Rendered rendered;
    private final SiteOutput out;
    private final Optional<Written> before;
    private final boolean fingerprinting;
    private final Map<String, Fingerprint> files;
    private final List<Workers.Job> jobs = new ArrayList<>();

    private WritePhase(Run run, Loaded loaded, Site site, RenderPhase.Rendered rendered, SiteOutput out,
                       Optional<Written> before, boolean fingerprinting) {
        this.run = run;
        this.loaded = loaded;
        this.site = site;
        this.rendered = rendered;
        this.out = out;
        this.before = before;
        this.fingerprinting = fingerprinting;
        this.files = new HashMap<>(rendered.memory().map(PageMemory::files).orElse(Map.of()));
    }

    /** Writes what changed since {@code before} (everything, without it); returns what the folder then holds. */
    static Written write(Run run, Loaded loaded, Site site, RenderPhase.Rendered rendered, SiteOutput out,
                         Optional<Written> before, boolean fingerprinting) throws IOException {
        return new WritePhase(run, loaded, site, rendered, out, before, fingerprinting).write();
    }

    private Written write() throws IOException {
        Map<Path, IndexedPage> indexed = rendered.allIndexed();
        Hrefs hrefs = run.hrefs();
        if (rendered.search().isPresent()) {
            SearchIndexes search = rendered.search().get();
            for (Language language : site.languages()) {
                if (changed(SearchIndexes.indexFile(language), () -> indexFingerprint(language))) {
                    jobs.add(() -> writeIndex(search, language, indexed));
                }
            }
        }
        for (MediaFile file : site.publishedMedia()) {
            if (changed(file.sitePath(), () -> Fingerprint.of(file.hash()))) {
                jobs.add(() -> copy(file.path(), file.sitePath()));
            }
            for (int width : file.widths()) {
                if (changed(file.sitePath(width), () -> Fingerprint.of(file.hash(), width))) {
                    jobs.add(() -> {
                        if (!out.reuse(file.sitePath(width))) {
                            write(file.sitePath(width), Resizer.resize(file, width));
                        }
                    });
                }
            }
        }
        for (String asset : assets()) {
            if (changed(asset, () -> Fingerprint.of(loaded.project().fingerprint(), asset))) {
                jobs.add(() -> copyAsset(asset));
            }
        }
        List<SitemapEntry> sitemap = SiteFiles.sitemap(site, hrefs);
        if (changed(SiteFiles.SITEMAP, () -> Fingerprint.of(loaded.project().fingerprint(), sitemap))) {
            jobs.add(() -> SiteFiles.write(sitemap, out));
        }
        for (Language language : site.languages()) {
            SiteFiles.Feed feed = SiteFiles.feed(site, hrefs, language, loaded.project().messages().get(language));
            if (changed(feed.url().file(), () -> Fingerprint.of(loaded.project().fingerprint(), feed))) {
                jobs.add(() -> SiteFiles.write(feed, out));
            }
        }
        if (out.writes()) {
            run.workers.runAll(jobs);
            keepWhatStayed();
        }
        deleteWhatWent();
        return new Written(Collections.unmodifiableMap(files), rendered.search().orElse(null), indexed,
                rendered.memory().map(PageMemory::pages).orElse(Map.of()),
                rendered.memory().map(PageMemory::playbooks).orElse(PlaybookPrints.NONE));
    }

    /** Whether a file must be written: always without fingerprints, else when its fingerprint changed. */
    private boolean changed(String sitePath, java.util.function.Supplier<Fingerprint> fingerprint) {
        if (!fingerprinting) {
            return true;
        }
        Fingerprint now = fingerprint.get();
        files.put(sitePath, now);
        return before.map(written -> !now.equals(written.files().get(sitePath))).orElse(true);
    }

    /** A language's index is made from its pages, in their order: their fingerprints stand for it. */
    private Fingerprint indexFingerprint(Language language) {
        List<Fingerprint> pages = new ArrayList<>();
        for (Playbook playbook : site.playbooks(language)) {
            pages.add(files.get(SiteUrls.playbook(playbook).file()));
        }
        return Fingerprint.of(loaded.project().fingerprint(), SearchIndexes.indexFile(language), pages);
    }

    /** Adds the pages not rendered again, as the last run indexed them, then writes the language's index. */
    private void writeIndex(SearchIndexes search, Language language, Map<Path, IndexedPage> indexed)
            throws IOException {
        for (Playbook playbook : site.playbooks(language)) {
            Path path = playbook.source().path();
            if (!rendered.indexed().containsKey(path) && fingerprinting) {
                IndexedPage page = indexed.get(path);
                if (page == null) {
                    throw new IllegalStateException(path + " was neither rendered nor indexed before");
                }
                search.add(language, site.position(playbook), page);
            }
        }
        try (OutputStream stream = out.create(SearchIndexes.indexFile(language))) {
            search.write(language, stream);
        }
    }

    /** The theme's static files (CSS, scripts) by their place in the site; links are skipped, never followed. */
    private List<String> assets() throws IOException {
        Path folder = run.layout.templates().resolve("assets");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .map(file -> ASSETS + folder.relativize(file).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private void copyAsset(String sitePath) throws IOException {
        copy(run.layout.templates().resolve(sitePath), sitePath);
    }

    private void copy(Path file, String sitePath) throws IOException {
        try (OutputStream stream = out.create(sitePath)) {
            Files.copy(file, stream);
        }
    }

    private void write(String sitePath, byte[] bytes) throws IOException {
        try (OutputStream stream = out.create(sitePath)) {
            stream.write(bytes);
        }
    }

    /**
     * Takes into a fresh folder the files of the site readers see that this run did not write because their
     * fingerprints are as that site's (a build with a build cache): in place, they are there already.
     */
    private void keepWhatStayed() throws IOException {
        if (out.inPlace() || before.isEmpty()) {
            return;
        }
        Map<String, Fingerprint> was = before.get().files();
        List<Workers.Job> keeps = new ArrayList<>();
        files.forEach((sitePath, fingerprint) -> {
            if (fingerprint.equals(was.get(sitePath))) {
                keeps.add(() -> out.keep(sitePath));
            }
        });
        run.workers.runAll(keeps);
    }

    /** Files the folder holds from an earlier run that this run's site does not have. */
    private void deleteWhatWent() throws IOException {
        if (!out.inPlace() || before.isEmpty()) {
            return;
        }
        for (String sitePath : before.get().files().keySet()) {
            if (!files.containsKey(sitePath)) {
                out.delete(sitePath);
            }
        }
    }
}
