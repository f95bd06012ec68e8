package dev.playbooks.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A loaded playbook: its file, its checked front matter, its Markdown body and the version of its translatable text.
 *
 * @param bodyLine  the 1-based line in the file where the body starts
 * @param committed the date of the last commit that changed the file, for a playbook whose front matter gives no
 *                  {@code updated} date and whose file git has a commit of
 */
public record Playbook(SourceFile source, FrontMatter meta, String body, int bodyLine, Outline outline,
                       SourceVersion version, Optional<LocalDate> committed) {

    /** A playbook as read from its file, before the history is asked when it last changed. */
    public Playbook(SourceFile source, FrontMatter meta, String body, int bodyLine, Outline outline,
                    SourceVersion version) {
        this(source, meta, body, bodyLine, outline, version, Optional.empty());
    }

    public Language language() {
        return source.language();
    }

    public String slug() {
        return source.slug();
    }

    /** When the playbook was last updated: the date its front matter gives, else its last commit's. */
    public Optional<LocalDate> updated() {
        return meta.updated().or(() -> committed);
    }

    /** This playbook dated by its last commit; itself when that changes nothing. */
    public Playbook withCommitted(Optional<LocalDate> date) {
        Optional<LocalDate> used = meta.updated().isPresent() ? Optional.empty() : date;
        return used.equals(committed) ? this
                : new Playbook(source, meta, body, bodyLine, outline, version, used);
    }
}
