package dev.playbooks.output;

import java.time.LocalDate;

/** One playbook as a feed shows it; {@code url} is absolute. */
public record FeedEntry(String title, String summary, String url, LocalDate updated) {
}
