package dev.playbooks.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.playbooks.i18n.Quotes;
import dev.playbooks.model.ChecklistItem;
import dev.playbooks.model.Heading;
import dev.playbooks.model.LinkRef;
import dev.playbooks.model.Outline;
import dev.playbooks.model.SectionText;
import dev.playbooks.problem.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * CommonMark with tables and task lists, and a language's quotation marks and apostrophes ({@link Typography}). The
 * parser and renderer are built once and shared by every thread; everything that differs per page travels on the
 * parsed document. A site has one engine per language, as each language sets its own marks.
 */
public final class MarkdownEngine {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean allowHtml;
    private final boolean typographic;

    /** An engine that leaves quotes and apostrophes as typed. */
    public MarkdownEngine(boolean allowHtml) {
        this(allowHtml, Optional.empty());
    }

    /** An engine that sets straight quotes and apostrophes as a language's {@code quotes}. */
    public MarkdownEngine(boolean allowHtml, Quotes quotes) {
        this(allowHtml, Optional.of(quotes));
    }

    private MarkdownEngine(boolean allowHtml, Optional<Quotes> quotes) {
        this.allowHtml = allowHtml;
        this.typographic = quotes.isPresent();
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create()));
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, !allowHtml);
        MutableDataSet parsing = new MutableDataSet(options);
        quotes.ifPresent(marks -> {
            parsing.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                    TypographicExtension.create()));
            Typography.configure(parsing, marks);
        });
        this.parser = Parser.builder(parsing.toImmutable()).build();
        this.renderer = HtmlRenderer.builder(options.toImmutable())
                .htmlIdGeneratorFactory(new PlaybookIdGenerator.Factory())
                .linkResolverFactory(new SiteLinkResolver.Factory())
                .attributeProviderFactory(new PlaybookAttributes.Factory())
                .nodeRendererFactory(new ChecklistRenderer.Factory())
                .nodeRendererFactory(new HeadingRenderer.Factory())
                .nodeRendererFactory(new Typography.Renderer.Factory())
                .build();
    }

    /** Parses a body, with the language's marks in place of straight quotes when the engine sets them. */
    private Document parse(String body) {
        Document document = parser.parse(body);
        if (typographic) {
            Typography.settle(document);
        }
        return document;
    }

    /**
     * Reads what the site needs to know of a body before rendering: headings with their ids, relative links and
     * checklist items. Unsafe links and raw HTML are reported at their line and column.
     */
    public Outline outline(String body, int bodyLine, String file, Problems problems) {
        Document document = parse(body);
        HeadingIds.assign(document);
        List<Heading> headings = new ArrayList<>();
        List<LinkRef> links = new ArrayList<>();
        List<TaskListItem> items = new ArrayList<>();
        Places places = new Places(body, bodyLine);
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                headings.add(new Heading(heading.getLevel(), heading.getAnchorRefId(),
                        HeadingIds.plainText(heading), places.line(node)));
            } else if (node instanceof TaskListItem item) {
                items.add(item);
            } else if (destinationOf(node) != null) {
                checkLink(node, destinationOf(node), places, file, links, problems);
            } else if (!allowHtml && (node instanceof HtmlBlock || isOpeningTag(node))) {
                problems.warning(file, places.line(node), places.column(node),
                        "raw HTML is left out of the page",
                        "write it in Markdown instead (the site only passes HTML through when built with --allow-html)");
            }
        }
        return new Outline(headings, links, checklist(items, places));
    }

    private static List<ChecklistItem> checklist(List<TaskListItem> items, Places places) {
        List<String> texts = items.stream().map(MarkdownEngine::itemText).toList();
        List<String> ids = ChecklistIds.of(texts);
        ChecklistIds.Lists lists = new ChecklistIds.Lists();
        List<ChecklistItem> checklist = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            TaskListItem item = items.get(i);
            checklist.add(new ChecklistItem(ids.get(i), lists.indexOf(item.getParent()), texts.get(i),
                    item.isItemDoneMarker(), places.line(item)));
        }
        return checklist;
    }

    /** The item's own text, without the text of any list nested in it. */
    static String itemText(TaskListItem item) {
        Node first = item.getFirstChild();
        return first instanceof com.vladsch.flexmark.ast.Paragraph ? HeadingIds.plainText(first)
                : HeadingIds.plainText(item);
    }

    /** One warning per inline element is enough: closing tags are not reported again. */
    private static boolean isOpeningTag(Node node) {
        return node instanceof HtmlInline && !node.getChars().startsWith("</");
    }

    /** Renders a body to HTML; {@code targets} turns relative {@code .md} links into site URLs. */
    public String render(String body, LinkTargets targets) {
        Document document = parse(body);
        SiteLinkResolver.TARGETS.set(document, targets);
        return renderer.render(document);
    }

    /** Like {@link #render}, and also the plain text of each section for search, from the same parse. */
    public RenderedBody renderWithText(String body, LinkTargets targets) {
        return renderWithText(body, targets, null);
    }

    /**
     * Like {@link #renderWithText(String, LinkTargets)}; each section heading also gets a link to itself, named {@code anchorLabel} and the heading's text.
     */
    public RenderedBody renderWithText(String body, LinkTargets targets, String anchorLabel) {
        return renderWithText(body, targets, anchorLabel, null);
    }

    /**
     * Like {@link #renderWithText(String, LinkTargets, String)}, its checklist items carrying {@code itemIds} in
     * page order (a translation's are its source's); without them, each item's own id.
     */
    public RenderedBody renderWithText(String body, LinkTargets targets, String anchorLabel, List<String> itemIds) {
        Document document = parse(body);
        SiteLinkResolver.TARGETS.set(document, targets);
        HeadingRenderer.ANCHOR_LABEL.set(document, anchorLabel);
        PlaybookAttributes.ITEM_IDS.set(document, itemIds);
        String html = renderer.render(document);
        return new RenderedBody(html, SectionTexts.of(document));
    }

    /** The destination of a link-like node, decoded as the browser will see it, or null. */
    private static String destinationOf(Node node) {
        if (node instanceof Link || node instanceof Image || node instanceof Reference) {
            return Escaping.unescapeString(((LinkNodeBase) node).getUrl());
        }
        if (node instanceof AutoLink auto) {
            return auto.getText().toString();
        }
        if (node instanceof MailLink) {
            return null;
        }
        return null;
    }

    private static void checkLink(Node node, String destination, Places places, String file, List<LinkRef> links,
                                  Problems problems) {
        int line = places.line(node);
        int column = places.column(node);
        switch (UrlSafety.classify(destination)) {
            case FORBIDDEN -> problems.error(file, line, column,
                    "links with the scheme '" + UrlSafety.scheme(destination) + ":' are not allowed",
                    "use an http:, https: or mailto: link, or a relative link to another playbook's .md file");
            case FRAGMENT -> links.add(new LinkRef(destination, line, column));
            case RELATIVE -> {
                String path = beforeQueryOrFragment(destination);
                if (path.endsWith(".md")) {
                    links.add(new LinkRef(destination, line, column));
                } else {
                    problems.warning(file, line, column,
                            "relative link to '" + destination + "' points at a file the site does not publish",
                            "link to another playbook's .md file, or use a full https:// address");
                }
            }
            case EXTERNAL -> {
                // External links are left alone (checking them needs the network); external images are not,
                // because the pages' Content-Security-Policy only lets the site's own files load.
                if (node instanceof Image) {
                    problems.warning(file, line, column, "the image '" + destination + "' is on another site and "
                                    + "will not load: pages only load the site's own files",
                            "link to the image instead of showing it");
                }
            }
        }
    }

    private static String beforeQueryOrFragment(String destination) {
        int end = destination.length();
        for (int i = 0; i < destination.length(); i++) {
            char c = destination.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        return destination.substring(0, end);
    }

    /**
     * Converts flexmark's 0-based, body-relative offsets into 1-based places in the file. flexmark's own line
     * lookup scans the document on every call; an index of line starts answers in logarithmic time.
     */
    private static final class Places {
        private final int bodyLine;
        private final int[] lineStarts;

        Places(String body, int bodyLine) {
            this.bodyLine = bodyLine;
            int[] starts = new int[64];
            int count = 1;
            for (int newline = body.indexOf('\n'); newline >= 0; newline = body.indexOf('\n', newline + 1)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = newline + 1;
            }
            lineStarts = Arrays.copyOf(starts, count);
        }

        private int lineIndex(int offset) {
            int found = Arrays.binarySearch(lineStarts, offset);
            return found >= 0 ? found : -found - 2;
        }

        int line(Node node) {
            return bodyLine + lineIndex(node.getStartOffset());
        }

        int column(Node node) {
            int offset = node.getStartOffset();
            return offset - lineStarts[lineIndex(offset)] + 1;
        }
    }
}
