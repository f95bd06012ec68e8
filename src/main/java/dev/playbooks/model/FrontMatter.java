package dev.playbooks.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the author declared at the top of a playbook, already checked.
 *
 * @param lines the 1-based line of each key the author wrote, so later checks can point at it
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
        Map<String, Integer> lines) {

    public FrontMatter {
        tags = List.copyOf(tags);
        audience = List.copyOf(audience);
        lines = Map.copyOf(lines);
    }

    /** The line of {@code key}, or 1 (the opening fence) when the author did not write it. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }
}
