package dev.playbooks.pipeline;

import dev.playbooks.model.Language;
import dev.playbooks.model.Playbook;
import dev.playbooks.site.Site;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fingerprint of each playbook as read (front matter, Markdown, outline), taken once per file read. A playbook
 * that was not read again is the very object the run before had, so its fingerprint is carried over instead of
 * being taken of its whole text again; a playbook read again is a new object, and gets a new one.
 */
final class PlaybookPrints {
    static final PlaybookPrints NONE = new PlaybookPrints(Map.of(), Map.of(), Map.of());

    /** The published playbooks', by identity: filled before pages are assessed, then only read. */
    private final Map<Playbook, Fingerprint> published;
    /** Any other playbook's, such as a draft's, should a page come across one. */
    private final Map<Playbook, Fingerprint> others;
    /** The fingerprint of each file's bytes as read, when the run took them (for the build cache). */
    private final Map<Path, Fingerprint> sourceBytes;

    private PlaybookPrints(Map<Playbook, Fingerprint> published, Map<Playbook, Fingerprint> others,
                          Map<Path, Fingerprint> sourceBytes) {
        this.published = published;
        this.others = others;
        this.sourceBytes = sourceBytes;
    }

    /**
     * The fingerprints of the playbooks {@code site} publishes, carried over from these where they are the same.
     *
     * @param sourceBytes the fingerprint of each file's bytes as this run read them; none when it did not take them
     */
    PlaybookPrints forSite(Site site, Map<Path, Fingerprint> sourceBytes) {
        Map<Playbook, Fingerprint> now = new IdentityHashMap<>(2 * site.pageCount());
        for (Language language : site.languages()) {
            for (Playbook playbook : site.playbooks(language)) {
                Fingerprint known = published.get(playbook);
                now.put(playbook, known != null ? known : take(playbook, sourceBytes));
            }
        }
        return new PlaybookPrints(Collections.unmodifiableMap(now),
                Collections.synchronizedMap(new IdentityHashMap<>()), sourceBytes);
    }

    Fingerprint of(Playbook playbook) {
        Fingerprint known = published.get(playbook);
        return known != null ? known : others.computeIfAbsent(playbook, read -> take(read, sourceBytes));
    }

    /**
     * A playbook is what its file's bytes read as, in its place, with the date of its last commit: when the run has
     * the fingerprint of those bytes, that stands for the whole record, which it would otherwise take apart, body
     * and all. The same in every process, so a build cache can compare what another process found.
     */
    private static Fingerprint take(Playbook playbook, Map<Path, Fingerprint> sourceBytes) {
        Fingerprint bytes = sourceBytes.get(playbook.source().path());
        if (bytes != null) {
            return Fingerprint.of(bytes, playbook.source(), playbook.committed());
        }
        return new Fingerprint.Builder().add(playbook).build();
    }
}
