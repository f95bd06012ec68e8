package dev.playbooks.search;

import dev.playbooks.model.SectionText;
import java.util.List;

/**
 * What search learns of one rendered playbook.
 *
 * @param slug     the last part of its URL, which names the page in the index and its text fragment
 * @param sections the body's sections; the first is the text before any heading
 */
public record SearchPage(String slug, String title, String summary, List<String> tags, List<SectionText> sections) {
    public SearchPage {
        tags = List.copyOf(tags);
        sections = List.copyOf(sections);
        if (sections.isEmpty() || !sections.get(0).anchor().isEmpty()) {
            throw new IllegalArgumentException("the first section must be the intro, without an anchor");
        }
    }
}
