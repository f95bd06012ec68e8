package dev.playbooks.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * Renders a task-list item as a real, labelled checkbox: the item's text is the label, so a click or tap anywhere
 * on the text ticks the box and screen readers announce the text with it. The box is disabled in the HTML; the
 * checklist script enables it, so without JavaScript the list still reads well and nothing pretends to work.
 */
final class ChecklistRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TaskListItem.class, this::render));
    }

    private void render(TaskListItem item, NodeRendererContext context, HtmlWriter html) {
        html.srcPos(item.getChars()).withAttr().attr("class", "task-list-item").tag("li");
        html.raw("<label class=\"task\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled"
                + (item.isItemDoneMarker() ? " checked" : "") + "> <span class=\"task-text\">");
        Node child = item.getFirstChild();
        if (child instanceof Paragraph paragraph) {
            context.renderChildren(paragraph);
            child = child.getNext();
        }
        html.raw("</span></label>");
        for (; child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/li").line();
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new ChecklistRenderer();
        }
    }
}
