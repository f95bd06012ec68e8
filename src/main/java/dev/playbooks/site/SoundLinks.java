package dev.playbooks.site;

import dev.playbooks.model.Playbook;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The playbooks whose links were all sound when the site was last linked, with the playbooks those links lead to.
 * {@code serve} links the whole site after every edit; a playbook that was not read again (the same object), whose
 * links lead only to playbooks still published as they were, has the same sound links as before, so linking takes
 * them from here instead of checking each of them again. Remembered across the runs of one builder; each run
 * replaces what it holds.
 */
public final class SoundLinks {
    private Map<Playbook, List<Playbook>> targets = new IdentityHashMap<>();
    private Set<Playbook> published = Collections.newSetFromMap(new IdentityHashMap<>());
    private Set<Playbook> gone = Set.of();

    /** Starts a run that publishes {@code now}: what was published last time and is not now is gone. */
    void startRun(Collection<Playbook> now) {
        Set<Playbook> current = Collections.newSetFromMap(new IdentityHashMap<>());
        current.addAll(now);
        Set<Playbook> left = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Playbook before : published) {
            if (!current.contains(before)) {
                left.add(before);
            }
        }
        gone = left;
        published = current;
    }

    /** The playbooks the links of {@code playbook} lead to, as last found sound and still so; null if unknown. */
    List<Playbook> reusable(Playbook playbook) {
        List<Playbook> known = targets.get(playbook);
        if (known == null) {
            return null;
        }
        for (Playbook target : known) {
            if (gone.contains(target)) {
                return null;
            }
        }
        return known;
    }

    /** Ends the run: {@code sound} holds every published playbook whose links were all sound, with their targets. */
    void endRun(Map<Playbook, List<Playbook>> sound) {
        targets = sound;
        gone = Set.of();
    }
}
