package dev.playbooks.markdown;

/** Checklist item ids are positions, so the English and Dutch versions of an item share one id. */
final class ChecklistIds {
    private ChecklistIds() {
    }

    static String of(int zeroBasedIndex) {
        return "item-" + (zeroBasedIndex + 1);
    }
}
