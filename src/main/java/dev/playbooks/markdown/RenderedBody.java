package dev.playbooks.markdown;

import dev.playbooks.model.SectionText;
import java.util.List;

/** A body rendered to HTML, with its plain text per section from the same parse (the first is the intro). */
public record RenderedBody(String html, List<SectionText> sections) {
    public RenderedBody {
        sections = List.copyOf(sections);
    }
}
