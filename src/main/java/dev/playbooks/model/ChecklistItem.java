package dev.playbooks.model;

/**
 * One task-list item.
 *
 * @param id   made from the item's own first words, unique on its page; a reader's tick is kept under it (a
 *             translation's page carries its source's ids instead, see {@code site.SiteView#checklistIds})
 * @param list which checklist of the page holds it, counting task lists from 1
 */
public record ChecklistItem(String id, int list, String text, boolean done, int line) {
}
