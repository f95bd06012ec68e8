package dev.playbooks.pipeline;

import dev.playbooks.model.Playbook;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fingerprint of each playbook as read (front matter, Markdown, outline), taken once per file read. A playbook
 * that was not read again is the very object the run before had, so its fingerprint is carried over instead of
 * being taken of its whole text again; a playbook read again is a new object, and gets a new one.
 */
final class PlaybookPrints {
    static final PlaybookPrints NONE = new PlaybookPrints(Map.of());

    private record Print(Playbook playbook, Fingerprint fingerprint) {
    }

    private final Map<Path, Print> before;
    private final Map<Path, Print> now = new ConcurrentHashMap<>();

    private PlaybookPrints(Map<Path, Print> before) {
        this.before = before;
    }

    /**
     * For the next run: what this one took, to be looked up by the playbooks it did not read again. This run is
     * over by then, so its map is only read.
     */
    PlaybookPrints next() {
        return new PlaybookPrints(now);
    }

    Fingerprint of(Playbook playbook) {
        Path path = playbook.source().path();
        Print known = now.get(path);
        if (known == null || known.playbook() != playbook) {
            Print earlier = before.get(path);
            known = earlier != null && earlier.playbook() == playbook ? earlier
                    : new Print(playbook, new Fingerprint.Builder().add(playbook).build());
            now.put(path, known);
        }
        return known.fingerprint();
    }
}
