package dev.playbooks.model;

import java.util.List;

/**
 * What the site needs to know of a playbook's body before any page is rendered.
 *
 * @param links links to other playbooks and anchors; {@code media} the images and files it shows or offers
 */
public record Outline(List<Heading> headings, List<LinkRef> links, List<ChecklistItem> checklist,
                      List<MediaRef> media) {
    public Outline {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        checklist = List.copyOf(checklist);
        media = List.copyOf(media);
    }

    public boolean hasHeading(String id) {
        for (Heading heading : headings) {
            if (heading.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** The text of the last heading above {@code line} of the file; empty when none is. */
    public String headingBefore(int line) {
        String text = "";
        for (Heading heading : headings) {
            if (heading.line() < line) {
                text = heading.text();
            }
        }
        return text;
    }
}
