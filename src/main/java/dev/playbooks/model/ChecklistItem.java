package dev.playbooks.model;

/**
 * One task-list item. Its id is its position among the playbook's checklist items, which is the same in every
 * translation of the playbook, so a reader's progress can follow them from one language to the other.
 *
 * @param list which checklist of the page holds it, counting task lists from 1
 */
public record ChecklistItem(String id, int list, String text, boolean done, int line) {
}
