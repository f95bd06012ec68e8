package dev.playbooks.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;
import dev.playbooks.i18n.Quotes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A language's quotation marks and apostrophes in place of the straight ones an author types, with flexmark's
 * typographic extension: a {@code "} pair becomes the language's quotation marks, a {@code '} pair the marks of a
 * quotation inside one, any other {@code '} an apostrophe. Code spans and code blocks are never parsed for them.
 *
 * <p>The extension knows the marks when it parses, so the parser is the language's own; its nodes are then swapped
 * for the two below, whose text carries the marks too, so that what search indexes, the contents list and the
 * checklists page show what the page shows. Item and heading ids do not change: slugs fold the marks away, as they
 * fold straight ones. What the extension does besides ({@code --}, {@code ...}, {@code <<…>>}) stays as typed: dashes
 * and ellipses are the author's choice, and their conventions differ between languages too.
 */
final class Typography {
    private Typography() {
    }

    /** The parser options that make the typographic extension set the language's marks. */
    static void configure(MutableDataSet options, Quotes quotes) {
        options.set(TypographicExtension.ENABLE_QUOTES, true);
        // Apostrophes are "unmatched single quotes", which the extension only replaces with its smarts on.
        options.set(TypographicExtension.ENABLE_SMARTS, true);
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, quotes.open());
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, quotes.close());
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, quotes.innerOpen());
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, quotes.innerClose());
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, Quotes.APOSTROPHE);
    }

    /** Swaps the extension's nodes of a parsed document for ours, or for the text as typed. */
    static void settle(Document document) {
        List<Node> found = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof TypographicQuotes || node instanceof TypographicSmarts) {
                found.add(node);
            }
        }
        for (Node node : found) {
            if (node instanceof TypographicSmarts smarts) {
                BasedSequence chars = smarts.getChars();
                boolean apostrophe = chars.length() == 1 && chars.charAt(0) == '\'';
                node.insertBefore(apostrophe ? new Mark(chars, Quotes.APOSTROPHE, "") : new Text(chars));
            } else {
                TypographicQuotes quotes = (TypographicQuotes) node;
                BasedSequence opening = quotes.getOpeningMarker();
                BasedSequence closing = quotes.getClosingMarker();
                if (isElision(quotes)) {
                    // 's avonds … Kees' boek: two apostrophes, not a quotation.
                    unwrap(node, new Mark(opening, Quotes.APOSTROPHE, ""), new Mark(closing, Quotes.APOSTROPHE, ""));
                } else if (opening.length() == 1) {
                    Mark mark = new Mark(quotes.getChars(), quotes.getTypographicOpening(),
                            quotes.getTypographicClosing());
                    mark.takeChildren(node);
                    node.insertBefore(mark);
                } else {
                    // <<angle quotes>>: the marks as typed, around the text.
                    unwrap(node, new Text(opening), new Text(closing));
                }
            }
            node.unlink();
        }
    }

    /** Puts a node's children in its place, between {@code before} and {@code after}. */
    private static void unwrap(Node node, Node before, Node after) {
        node.insertBefore(before);
        while (node.getFirstChild() != null) {
            node.insertBefore(node.getFirstChild());
        }
        node.insertBefore(after);
    }

    /**
     * Whether a single quote that opens before one letter and a space or hyphen ({@code 's avonds}, {@code 't is},
     * {@code 's-Hertogenbosch}) is an apostrophe that the extension paired with a later one ({@code Kees' boek}):
     * no quotation starts with a letter on its own.
     */
    private static boolean isElision(TypographicQuotes quotes) {
        BasedSequence opening = quotes.getOpeningMarker();
        if (opening.length() != 1 || opening.charAt(0) != '\'') {
            return false;
        }
        BasedSequence text = opening.getBaseSequence();
        int after = opening.getEndOffset();
        return after + 1 < text.length() && Character.isLetter(text.charAt(after))
                && (text.charAt(after + 1) == ' ' || text.charAt(after + 1) == '-');
    }

    /**
     * Typographic marks around the node's children (a quotation), or on their own (an apostrophe, with no children
     * and no closing mark). The plain text of the node, for search and lists, has the marks as the page does.
     */
    static final class Mark extends Node implements TextContainer {
        private final String opening;
        private final String closing;

        Mark(BasedSequence chars, String opening, String closing) {
            super(chars);
            this.opening = opening;
            this.closing = closing;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }

        @Override
        public boolean collectText(ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out,
                                   int flags, NodeVisitor nodeVisitor) {
            out.append(opening);
            return true;
        }

        @Override
        public void collectEndText(ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out,
                                   int flags, NodeVisitor nodeVisitor) {
            out.append(closing);
        }
    }

    /** Renders a {@link Mark}: its marks, escaped as text, around its children. */
    static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Mark.class, this::render));
        }

        private void render(Mark mark, NodeRendererContext context, HtmlWriter html) {
            html.text(mark.opening);
            context.renderChildren(mark);
            html.text(mark.closing);
        }

        static final class Factory implements NodeRendererFactory {
            @Override
            public NodeRenderer apply(DataHolder options) {
                return new Renderer();
            }
        }
    }
}
