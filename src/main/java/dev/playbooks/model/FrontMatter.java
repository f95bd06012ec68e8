package dev.playbooks.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the author declared at the top of a playbook, already checked.
 *
 * @param lines          the 1-based line of each key the author wrote, so later checks can point at it
 * @param translatedFrom for a translation: the version of its source it was written from
 */
public record FrontMatter(
        String title,
        String summary,
        String translationKey,
        List<String> tags,
        List<String> audience,
        Optional<LocalDate> updated,
        boolean draft,
        int weight,
        Map<String, Integer> lines,
        Optional<SourceVersion> translatedFrom) {

    public FrontMatter {
        tags = List.copyOf(tags);
        audience = List.copyOf(audience);
        lines = Map.copyOf(lines);
    }

    /** Front matter of a page that records no source: an original, or a translation not yet tracked. */
    public FrontMatter(String title, String summary, String translationKey, List<String> tags, List<String> audience,
                       Optional<LocalDate> updated, boolean draft, int weight, Map<String, Integer> lines) {
        this(title, summary, translationKey, tags, audience, updated, draft, weight, lines, Optional.empty());
    }

    /** The line of {@code key}, or 1 (the opening fence) when the author did not write it. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }
}
