package dev.playbooks.pipeline;

import dev.playbooks.model.Language;
import dev.playbooks.model.Playbook;
import dev.playbooks.site.Site;
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
    static final PlaybookPrints NONE = new PlaybookPrints(Map.of(), Map.of());

    /** The published playbooks', by identity: filled before pages are assessed, then only read. */
    private final Map<Playbook, Fingerprint> published;
    /** Any other playbook's, such as a draft's, should a page come across one. */
    private final Map<Playbook, Fingerprint> others;

    private PlaybookPrints(Map<Playbook, Fingerprint> published, Map<Playbook, Fingerprint> others) {
        this.published = published;
        this.others = others;
    }

    /** The fingerprints of the playbooks {@code site} publishes, carried over from these where they are the same. */
    PlaybookPrints forSite(Site site) {
        Map<Playbook, Fingerprint> now = new IdentityHashMap<>(2 * site.pageCount());
        for (Language language : site.languages()) {
            for (Playbook playbook : site.playbooks(language)) {
                Fingerprint known = published.get(playbook);
                now.put(playbook, known != null ? known : take(playbook));
            }
        }
        return new PlaybookPrints(Collections.unmodifiableMap(now),
                Collections.synchronizedMap(new IdentityHashMap<>()));
    }

    /** Prints the build cache stored: the playbooks it read back, by identity. */
    static PlaybookPrints of(Map<Playbook, Fingerprint> published) {
        return new PlaybookPrints(Collections.unmodifiableMap(new IdentityHashMap<>(published)), Map.of());
    }

    /** The published playbooks' fingerprints, by identity. */
    Map<Playbook, Fingerprint> published() {
        return published;
    }

    Fingerprint of(Playbook playbook) {
        Fingerprint known = published.get(playbook);
        return known != null ? known : others.computeIfAbsent(playbook, PlaybookPrints::take);
    }

    private static Fingerprint take(Playbook playbook) {
        return new Fingerprint.Builder().add(playbook).build();
    }
}
