package dev.playbooks.pipeline;

import dev.playbooks.site.SoundLinks;
import java.util.Optional;

/**
 * What a run leaves for the next: the files as it read them, the links it found sound, and what the output folder
 * holds (only while this pipeline alone has written it since). Immutable; a run never changes the snapshot it
 * starts from, it makes the next one.
 */
record Snapshot(Optional<Loaded> loaded, SoundLinks links, Optional<Written> written) {
    static final Snapshot NONE = new Snapshot(Optional.empty(), SoundLinks.NONE, Optional.empty());

    Snapshot reading(Optional<Loaded> now) {
        return new Snapshot(now, links, written);
    }

    Snapshot linking(SoundLinks now) {
        return new Snapshot(loaded, now, written);
    }

    Snapshot writing(Optional<Written> now) {
        return new Snapshot(loaded, links, now);
    }
}
