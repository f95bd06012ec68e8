package dev.playbooks.site;

import dev.playbooks.model.Playbook;
import java.util.List;
import java.util.Optional;

/**
 * A run of a language's playbooks in home-page order, as a page lists them beside itself: group {@code number}
 * (1-based) of {@code count}, how many playbooks the language has in all, and the first playbook of the groups
 * before and after, if any.
 */
public record PlaybookGroup(List<Playbook> members, int number, int count, int total, Optional<Playbook> before,
                            Optional<Playbook> after) {
}
