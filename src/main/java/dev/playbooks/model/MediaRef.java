package dev.playbooks.model;

import java.util.Optional;

/**
 * A file a playbook shows or offers, referred to relative to the Markdown file as a link to another playbook is:
 * {@code ![The delegation ladder](images/ladder.svg)} or {@code [the worksheet](files/worksheet.pdf)}, at a 1-based
 * place.
 *
 * @param alt an image's alternative text as written (empty when there is none); nothing for a link to a file
 */
public record MediaRef(String destination, int line, int column, boolean image, Optional<String> alt) {
    /** An image that only decorates says so with the alt text {@value #DECORATIVE}; readers then skip it. */
    public static final String DECORATIVE = "-";

    public boolean decorative() {
        return alt.map(DECORATIVE::equals).orElse(false);
    }
}
