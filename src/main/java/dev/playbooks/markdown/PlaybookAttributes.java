package dev.playbooks.markdown;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds what the page needs beyond plain HTML: each checklist item carries its stable id, and, as a last guard
 * after every other check, no {@code href} or {@code src} with a forbidden scheme leaves the renderer.
 */
final class PlaybookAttributes implements AttributeProvider {
    private final Map<Node, String> itemIds = new IdentityHashMap<>();
    private final ChecklistIds.Lists lists = new ChecklistIds.Lists();

    /** The ids of the page's checklist items in page order, when the site gives them (a translation's). */
    static final NullableDataKey<List<String>> ITEM_IDS = new NullableDataKey<>("PLAYBOOK_ITEM_IDS");

    private PlaybookAttributes(Document document) {
        List<Node> items = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof TaskListItem item) {
                items.add(item);
                texts.add(Outliner.itemText(item));
                lists.indexOf(node.getParent());
            }
        }
        List<String> given = ITEM_IDS.get(document);
        List<String> ids = given != null && given.size() == items.size() ? given : ChecklistIds.of(texts);
        for (int i = 0; i < items.size(); i++) {
            itemIds.put(items.get(i), ids.get(i));
        }
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        String itemId = itemIds.get(node);
        if (itemId != null && isItemElement(part)) {
            attributes.addValue("data-item", itemId);
        }
        if (node instanceof ListBlock && part == AttributablePart.NODE
                && node.getFirstChild() instanceof TaskListItem) {
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
