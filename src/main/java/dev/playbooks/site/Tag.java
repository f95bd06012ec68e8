package dev.playbooks.site;

import dev.playbooks.model.Language;
import dev.playbooks.model.Playbook;
import java.util.List;

/** A tag of one language and the playbooks that carry it, in home-page order. */
public record Tag(Language language, String name, String slug, List<Playbook> playbooks) {
    public TagLabel label() {
        return new TagLabel(language, name, slug, playbooks.size());
    }
}
