package dev.playbooks.model;

import java.util.List;

/**
 * The plain text of one section of a rendered page, for search: the part before the first heading has an empty
 * {@code anchor} and {@code heading}; every heading starts the next section. Checklist items are kept apart from
 * the running {@code text} because they weigh more in search.
 */
public record SectionText(String anchor, String heading, String text, List<String> checklist) {
    public SectionText {
        checklist = List.copyOf(checklist);
    }
}
