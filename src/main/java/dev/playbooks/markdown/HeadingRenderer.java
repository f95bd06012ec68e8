package dev.playbooks.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Gives each section heading (the levels of the table of contents) a link to itself, for readers who want to point
 * someone at a section. The link sits beside the heading, not in it, so the heading's own name stays its text; its
 * accessible name says what it is in the page's language ({@link #ANCHOR_LABEL}). Without a label (a home page's
 * introduction), headings are rendered as flexmark renders them.
 */
final class HeadingRenderer implements NodeRenderer {
    static final NullableDataKey<String> ANCHOR_LABEL = new NullableDataKey<>("PLAYBOOK_ANCHOR_LABEL");

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Heading.class, this::render));
    }

    private void render(Heading heading, NodeRendererContext context, HtmlWriter html) {
        String label = ANCHOR_LABEL.get(context.getDocument());
        if (label == null || heading.getLevel() < 2 || heading.getLevel() > 3) {
            context.delegateRender();
            return;
        }
        String id = context.getNodeId(heading);
        html.raw("<div class=\"heading\">");
        context.delegateRender();
        if (id != null) {
            String name = label + ": " + heading.getAnchorRefText();
            html.raw("<a class=\"heading-anchor\" href=\"#" + Escaping.escapeHtml(id, false) + "\" aria-label=\""
                    + Escaping.escapeHtml(name, false) + "\">#</a>");
        }
        html.raw("</div>").line();
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new HeadingRenderer();
        }
    }
}
