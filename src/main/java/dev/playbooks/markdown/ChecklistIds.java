package dev.playbooks.markdown;

import com.vladsch.flexmark.util.ast.Node;
import dev.playbooks.i18n.Slugs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checklist item's id, which a reader's tick is kept under: made from the item's own words, so it follows the
 * step wherever the author moves it and whatever they insert or remove around it. The first words are enough to
 * tell steps apart and keep ids short; a step written twice on one page gets {@code -2}, {@code -3}. A translation
 * takes its source's ids, item by item (see {@code site.Site#checklistIds}); the checklist script matches an id that
 * changed a little (a typo fixed) to the id it was, so a tick survives small edits too.
 */
public final class ChecklistIds {
    /** How many words of an item make its id, and how long an id may be at most. */
    static final int WORDS = 8;
    static final int MAX_LENGTH = 60;

    private ChecklistIds() {
    }

    /** The ids of a page's checklist items, from their texts in page order. */
    public static List<String> of(List<String> texts) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> ids = new ArrayList<>(texts.size());
        for (String text : texts) {
            String id = fromText(text);
            int times = seen.merge(id, 1, Integer::sum);
            ids.add(times == 1 ? id : id + "-" + times);
        }
        return ids;
    }

    /** The first words of the text, folded and joined by hyphens: "Plan één check-in" is "plan-een-check-in". */
    static String fromText(String text) {
        String slug = Slugs.slugify(text);
        int end = 0;
        for (int words = 0; end < slug.length() && words < WORDS; words++) {
            int hyphen = slug.indexOf('-', end + 1);
            int next = hyphen < 0 ? slug.length() : hyphen;
            if (next > MAX_LENGTH && words > 0) {
                break;
            }
            end = next;
        }
        String id = slug.substring(0, Math.min(end, MAX_LENGTH));
        return id.isEmpty() ? "step" : id;
    }

    /** Numbers the lists that hold task items, in document order. */
    static final class Lists {
        private final Map<Node, Integer> numbers = new IdentityHashMap<>();

        int indexOf(Node list) {
            return numbers.computeIfAbsent(list, l -> numbers.size() + 1);
        }
    }
}
