package dev.playbooks.markdown;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Adds what the page needs beyond plain HTML: each checklist item carries its stable id, and, as a last guard
 * after every other check, no {@code href} or {@code src} with a forbidden scheme leaves the renderer.
 */
final class PlaybookAttributes implements AttributeProvider {
    private final Map<Node, String> itemIds = new IdentityHashMap<>();
    private final ChecklistIds.Lists lists = new ChecklistIds.Lists();

    private PlaybookAttributes(Node document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof TaskListItem) {
                itemIds.put(node, ChecklistIds.of(itemIds.size()));
                lists.indexOf(node.getParent());
            }
        }
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        String itemId = itemIds.get(node);
        if (itemId != null && isItemElement(part)) {
            attributes.addValue("data-item", itemId);
        }
        if (node instanceof ListBlock && part == AttributablePart.NODE && node.getFirstChild() instanceof TaskListItem) {
            attributes.addValue("class", "checklist");
            attributes.addValue("data-checklist", String.valueOf(lists.indexOf(node)));
        }
        for (String name : new String[] {"href", "src"}) {
            String value = attributes.getValue(name);
            if (!value.isEmpty() && UrlSafety.classify(value) == UrlSafety.Kind.FORBIDDEN) {
                attributes.replaceValue(name, "#");
            }
        }
    }

    /** The task-list renderer marks the {@code <li>} itself as a tight or loose list item, not as the node. */
    private static boolean isItemElement(AttributablePart part) {
        return part == CoreNodeRenderer.TIGHT_LIST_ITEM || part == CoreNodeRenderer.LOOSE_LIST_ITEM
                || part == AttributablePart.NODE;
    }

    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new PlaybookAttributes(context.getDocument());
        }
    }
}
