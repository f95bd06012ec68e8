package dev.playbooks.pipeline;

import dev.playbooks.search.IndexedPage;
import dev.playbooks.search.SearchIndexes;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the output folder holds after a run: every file with the fingerprint of what it was made from, and the
 * search indexes as written with each published playbook as they indexed it, so that the next run can write an
 * index without analysing the pages it does not render again; what each page was made from
 * ({@link PageMemory}), and the fingerprint of each playbook as read, which need not be taken again while the
 * playbook is not read again.
 *
 * @param search the indexes last written; their vocabularies are shared with the next run's, as an append-only
 *               cache of each word's number, order and stems
 */
record Written(Map<String, Fingerprint> files, SearchIndexes search, Map<Path, IndexedPage> indexed,
               Map<String, PageMemory.PageRecord> pages, PlaybookPrints playbooks) {
}
