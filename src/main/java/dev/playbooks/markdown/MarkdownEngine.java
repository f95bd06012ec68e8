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
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.playbooks.i18n.LanguageRules;
import dev.playbooks.model.ChecklistItem;
import dev.playbooks.model.Heading;
import dev.playbooks.model.LinkRef;
import dev.playbooks.model.Outline;
import dev.playbooks.problem.Problems;
import java.util.ArrayList;
import java.util.List;

/**
 * CommonMark with tables and task lists. The parser and renderer are built once and shared by every thread;
 * everything that differs per page travels on the parsed document.
 */
public final class MarkdownEngine {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean allowHtml;

    public MarkdownEngine(boolean allowHtml) {
        this.allowHtml = allowHtml;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create()));
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, !allowHtml);
        options.set(TaskListExtension.ITEM_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled>");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled>");
        options.toImmutable();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .htmlIdGeneratorFactory(new PlaybookIdGenerator.Factory())
                .linkResolverFactory(new SiteLinkResolver.Factory())
                .attributeProviderFactory(new PlaybookAttributes.Factory())
                .build();
    }

    /**
     * Reads what the site needs to know of a body before rendering: headings with their ids, relative links,
     * checklist items, the word count. Unsafe links and raw HTML are reported at their line and column.
     */
    public Outline outline(String body, int bodyLine, String file, LanguageRules rules, Problems problems) {
        Document document = parser.parse(body);
        HeadingIds.assign(document);
        List<Heading> headings = new ArrayList<>();
        List<LinkRef> links = new ArrayList<>();
        List<ChecklistItem> checklist = new ArrayList<>();
        Places places = new Places(body, bodyLine);
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                headings.add(new Heading(heading.getLevel(), heading.getAnchorRefId(),
                        HeadingIds.plainText(heading), places.line(node)));
            } else if (node instanceof TaskListItem item) {
                checklist.add(new ChecklistItem(ChecklistIds.of(checklist.size()), HeadingIds.plainText(item),
                        item.isItemDoneMarker(), places.line(node)));
            } else if (destinationOf(node) != null) {
                checkLink(node, destinationOf(node), places, file, links, problems);
            } else if (!allowHtml && (node instanceof HtmlBlock || isOpeningTag(node))) {
                problems.warning(file, places.line(node), places.column(node),
                        "raw HTML is left out of the page",
                        "write it in Markdown instead (the site only passes HTML through when built with --allow-html)");
            }
        }
        int words = rules.countWords(HeadingIds.plainText(document));
        return new Outline(headings, links, checklist, words);
    }

    /** One warning per inline element is enough: closing tags are not reported again. */
    private static boolean isOpeningTag(Node node) {
        return node instanceof HtmlInline && !node.getChars().startsWith("</");
    }

    /** Renders a body to HTML; {@code targets} turns relative {@code .md} links into site URLs. */
    public String render(String body, LinkTargets targets) {
        Document document = parser.parse(body);
        SiteLinkResolver.TARGETS.set(document, targets);
        return renderer.render(document);
    }

    /** Like {@link #render}, and also the plain text of each section for search, from the same parse. */
    public RenderedBody renderWithText(String body, LinkTargets targets) {
        Document document = parser.parse(body);
        SiteLinkResolver.TARGETS.set(document, targets);
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
                String path = destination.replaceFirst("[?#].*$", "");
                if (path.endsWith(".md")) {
                    links.add(new LinkRef(destination, line, column));
                } else {
                    problems.warning(file, line, column,
                            "relative link to '" + destination + "' points at a file the site does not publish",
                            "link to another playbook's .md file, or use a full https:// address");
                }
            }
            case EXTERNAL -> {
                // External links are left alone; checking them needs the network.
            }
        }
    }

    /** Converts flexmark's 0-based, body-relative positions into 1-based places in the file. */
    private record Places(String body, int bodyLine) {
        int line(Node node) {
            return bodyLine + node.getStartLineNumber();
        }

        int column(Node node) {
            int offset = node.getStartOffset();
            int lineStart = body.lastIndexOf('\n', offset - 1) + 1;
            return offset - lineStart + 1;
        }
    }
}
