package dev.playbooks.pipeline;

import dev.playbooks.search.SearchIndexes;
import dev.playbooks.site.Site;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run knows of each page it does not have to write: the fingerprints of what the last run made each page
 * from, and what this run finds. A page is written when the fingerprint of its data differs from the one the output
 * folder shows. Its data is not even assembled when nothing it was made from changed: the same page, the same
 * project, and the same answers to the questions it asked of the site.
 */
final class PageMemory {
    /**
     * What a page was made from: which page it is with the project ({@code inputs}), the questions it asked of the
     * site and the fingerprint of the answers, and the fingerprint of its data.
     */
    record PageRecord(Fingerprint inputs, Reads reads, Fingerprint data) {
    }

    /** What a run found of one page: what it was made from, and its data when it must be written. */
    record Assessed(SitePages.Page page, PageRecord record, Optional<Map<String, Object>> changed) {
        /** What is kept of the page once it is written: the data of tens of thousands of pages would not fit. */
        Assessed written() {
            return changed.isEmpty() ? this : new Assessed(page, record, Optional.empty());
        }
    }

    private final Site site;
    private final PageAssembler assembler;
    private final Fingerprint project;
    private final Map<String, PageRecord> before;
    private final PlaybookPrints playbooks;
    private final Reads.Answers answers;
    private final Map<String, PageRecord> now = new HashMap<>();
    private final Map<String, Fingerprint> files = new HashMap<>();

    /** @param before what the output folder holds, none when it is written afresh */
    PageMemory(Site site, PageAssembler assembler, Fingerprint project, Optional<Written> before,
               Map<Path, Fingerprint> sourceBytes) {
        this.site = site;
        this.assembler = assembler;
        this.project = project;
        this.before = before.map(Written::pages).orElse(Map.of());
        this.playbooks = before.map(Written::playbooks).orElse(PlaybookPrints.NONE).forSite(site, sourceBytes);
        this.answers = new Reads.Answers(playbooks);
    }

    /** What the page is made from now, and its data when it must be written: when the folder shows it otherwise. */
    Assessed assess(SitePages.Page page, String file) {
        Fingerprint inputs = new Fingerprint.Builder(playbooks).add(project).add(page.template())
                .add(page.url().path()).add(page.key()).build();
        PageRecord was = before.get(file);
        if (was != null && was.inputs().equals(inputs) && was.reads().sameAnswersFrom(site, answers)) {
            return new Assessed(page, new PageRecord(inputs, was.reads(), was.data()), Optional.empty());
        }
        Reads.Noting noting = new Reads.Noting(site, answers);
        Map<String, Object> data = assembler.asking(noting.view()).data(page.key());
        // A playbook's body is not in its data: the playbook, which holds its Markdown, stands for it.
        Fingerprint fingerprint = new Fingerprint.Builder(playbooks).add(project).add(page.template())
                .add(page.url().path()).add(data).add(page.body()).build();
        PageRecord record = new PageRecord(inputs, noting.reads(), fingerprint);
        boolean same = was != null && was.data().equals(fingerprint);
        return new Assessed(page, record, same ? Optional.empty() : Optional.of(data));
    }

    /** Takes in what was found of every page, on one thread, once they are all assessed. */
    void remember(List<Assessed> pages) {
        for (Assessed assessed : pages) {
            SitePages.Page page = assessed.page();
            String file = page.url().file();
            now.put(file, assessed.record());
            files.put(file, assessed.record().data());
            page.body().ifPresent(playbook -> files.put(
                    SearchIndexes.fragmentFile(playbook.language(), playbook.slug()), assessed.record().data()));
        }
    }

    /** The fingerprint of every file written from a page: the page and, for a playbook, its text for search. */
    Map<String, Fingerprint> files() {
        return Collections.unmodifiableMap(files);
    }

    Map<String, PageRecord> pages() {
        return Collections.unmodifiableMap(now);
    }

    PlaybookPrints playbooks() {
        return playbooks;
    }
}
