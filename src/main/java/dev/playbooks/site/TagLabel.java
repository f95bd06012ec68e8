package dev.playbooks.site;

import dev.playbooks.model.Language;

/** A tag as pages show it: its name (the first spelling met), the slug of its page, and how many playbooks carry it. */
public record TagLabel(Language language, String name, String slug, int count) {
}
