package dev.playbooks.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import dev.playbooks.i18n.Slugs;
import java.util.HashSet;
import java.util.Set;

/**
 * Gives every heading an anchor id from its plain text ("Één op één" gets {@code een-op-een}); a repeated id gets
 * {@code -1}, {@code -2}, … as on GitHub. Ids the layouts use themselves are taken from the start, so a heading
 * called "Main" cannot steal the skip link's target.
 */
final class HeadingIds {
    static final Set<String> RESERVED = Set.of("top", "main", "toc", "search", "site-nav", "checklist");
    private static final String FALLBACK = "section";

    private HeadingIds() {
    }

    /** Sets the anchor id of each heading of the document, in document order. */
    static void assign(Document document) {
        Set<String> used = new HashSet<>(RESERVED);
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                String base = Slugs.slugify(plainText(heading));
                String id = unique(base.isEmpty() ? FALLBACK : base, used);
                heading.setAnchorRefId(id);
            }
        }
    }

    static String plainText(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).strip();
    }

    private static String unique(String base, Set<String> used) {
        String id = base;
        for (int n = 1; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
