package dev.playbooks.site;

import dev.playbooks.model.Playbook;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The playbooks whose links were all sound when a site was linked, with the playbooks those links lead to, and the
 * playbooks that site published. {@code serve} links the whole site after every edit; a playbook that was not read
 * again (the same object), whose links lead only to playbooks still published, has the same sound links as before,
 * so linking takes them from here instead of checking each of them again. Immutable: each linking makes a new one.
 */
public final class SoundLinks {
    public static final SoundLinks NONE = new SoundLinks(Map.of(), Set.of());

    private final Map<Playbook, List<Playbook>> targets;
    private final Set<Playbook> published;

    private SoundLinks(Map<Playbook, List<Playbook>> targets, Set<Playbook> published) {
        this.targets = targets;
        this.published = published;
    }

    static SoundLinks of(Map<Playbook, List<Playbook>> sound, Collection<Playbook> published) {
        Set<Playbook> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(published);
        return new SoundLinks(Collections.unmodifiableMap(new IdentityHashMap<>(sound)),
                Collections.unmodifiableSet(set));
    }

    /** What may be reused by a linking that publishes {@code now}. */
    Reuse reuseFor(Collection<Playbook> now) {
        Set<Playbook> current = Collections.newSetFromMap(new IdentityHashMap<>());
        current.addAll(now);
        Set<Playbook> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Playbook before : published) {
            if (!current.contains(before)) {
                gone.add(before);
            }
        }
        return playbook -> {
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
        };
    }

    /** The playbooks a playbook's links lead to, as last found sound and still so; null when it must be checked. */
    @FunctionalInterface
    interface Reuse {
        List<Playbook> targetsOf(Playbook playbook);
    }
}
