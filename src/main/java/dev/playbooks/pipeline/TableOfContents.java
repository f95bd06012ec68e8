package dev.playbooks.pipeline;

import dev.playbooks.model.Heading;
import dev.playbooks.render.Views;
import java.util.ArrayList;
import java.util.List;

/** A playbook's table of contents, from the headings of its outline. */
final class TableOfContents {
    private TableOfContents() {
    }

    /** Nests h2 and h3 headings into a table of contents; the page title is the only h1. */
    static List<Views.TocEntry> of(List<Heading> headings) {
        List<Views.TocEntry> top = new ArrayList<>();
        List<Views.TocEntry> children = null;
        for (Heading heading : headings) {
            if (heading.level() == 2) {
                children = new ArrayList<>();
                top.add(new Views.TocEntry(heading.id(), heading.text(), children));
            } else if (heading.level() == 3) {
                Views.TocEntry entry = new Views.TocEntry(heading.id(), heading.text(), List.of());
                if (children == null) {
                    top.add(entry);
                } else {
                    children.add(entry);
                }
            }
        }
        return top;
    }
}
