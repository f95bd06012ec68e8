package dev.playbooks.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
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
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.playbooks.model.MediaRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds what the page needs beyond plain HTML: each checklist item carries its stable id; each image its size in
 * pixels (so the page keeps its place while it loads), its smaller copies, and below the first section heading
 * {@code loading="lazy"}; an image that only decorates ({@code ![-](…)}) an empty alt text, so readers skip it; and,
 * as a last guard after every other check, no {@code href} or {@code src} with a forbidden scheme leaves the
 * renderer.
 */
final class PlaybookAttributes implements AttributeProvider {
    /** What a large image's copies are for: the article's width on a wide screen, the screen's on a phone. */
    private static final String SIZES = "(min-width: 64rem) 44rem, 100vw";

    private final Map<Node, String> itemIds = new IdentityHashMap<>();
    private final ChecklistIds.Lists lists = new ChecklistIds.Lists();
    private final Set<Node> belowTheFirstScreen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final LinkTargets targets;

    /** The ids of the page's checklist items in page order, when the site gives them (a translation's). */
    static final NullableDataKey<List<String>> ITEM_IDS = new NullableDataKey<>("PLAYBOOK_ITEM_IDS");

    private PlaybookAttributes(Document document) {
        List<Node> items = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        boolean pastFirstSection = false;
        for (Node node : document.getDescendants()) {
            if (node instanceof TaskListItem item) {
                items.add(item);
                texts.add(Outliner.itemText(item));
                lists.indexOf(node.getParent());
            } else if (node instanceof Heading heading && heading.getLevel() >= 2) {
                pastFirstSection = true;
            } else if (node instanceof Image && pastFirstSection) {
                belowTheFirstScreen.add(node);
            }
        }
        LinkTargets given = SiteLinkResolver.TARGETS.get(document);
        this.targets = given == null ? LinkTargets.NONE : given;
        List<String> fromSite = ITEM_IDS.get(document);
        List<String> ids = fromSite != null && fromSite.size() == items.size() ? fromSite : ChecklistIds.of(texts);
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
        if (node instanceof Image image && (part == AttributablePart.LINK || part == AttributablePart.NODE)) {
            image(image, attributes);
        }
        for (String name : new String[] {"href", "src"}) {
            String value = attributes.getValue(name);
            if (!value.isEmpty() && UrlSafety.classify(value) == UrlSafety.Kind.FORBIDDEN) {
                attributes.replaceValue(name, "#");
            }
        }
    }

    private void image(Image image, MutableAttributes attributes) {
        if (MediaRef.DECORATIVE.equals(attributes.getValue("alt").strip())) {
            attributes.replaceValue("alt", "");
        }
        targets.media(Escaping.unescapeString(image.getUrl().toString())).ifPresent(target -> {
            if (target.width() > 0) {
                attributes.replaceValue("width", String.valueOf(target.width()));
                attributes.replaceValue("height", String.valueOf(target.height()));
            }
            if (!target.srcset().isEmpty()) {
                attributes.replaceValue("srcset", target.srcset());
                attributes.replaceValue("sizes", SIZES);
            }
        });
        if (belowTheFirstScreen.contains(image)) {
            attributes.replaceValue("loading", "lazy");
            attributes.replaceValue("decoding", "async");
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
