package dev.playbooks.markdown;

import com.vladsch.flexmark.util.ast.Node;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Checklist item ids are positions, so the English and Dutch versions of an item share one id. Each task list of
 * a page is one checklist, numbered from 1 in the order the lists appear.
 */
final class ChecklistIds {
    private ChecklistIds() {
    }

    static String of(int zeroBasedIndex) {
        return "item-" + (zeroBasedIndex + 1);
    }

    /** Numbers the lists that hold task items, in document order. */
    static final class Lists {
        private final Map<Node, Integer> numbers = new IdentityHashMap<>();

        int indexOf(Node list) {
            return numbers.computeIfAbsent(list, l -> numbers.size() + 1);
        }
    }
}
