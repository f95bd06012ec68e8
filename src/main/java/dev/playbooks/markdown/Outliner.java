package dev.playbooks.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.playbooks.model.ChecklistItem;
import dev.playbooks.model.Heading;
import dev.playbooks.model.LinkRef;
import dev.playbooks.model.MediaRef;
import dev.playbooks.model.Outline;
import dev.playbooks.problem.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the site needs to know of one body before any page is rendered: its headings, its links to other playbooks,
 * the images and files it shows or offers, and its checklist items, each with its place. What is wrong with a link
 * or an image (a forbidden scheme, an image on another site, no alt text) and raw HTML are reported there.
 */
final class Outliner {
    private final Places places;
    private final String file;
    private final boolean allowHtml;
    private final Problems problems;
    private final List<Heading> headings = new ArrayList<>();
    private final List<LinkRef> links = new ArrayList<>();
    private final List<MediaRef> media = new ArrayList<>();
    private final List<TaskListItem> items = new ArrayList<>();

    Outliner(String body, int bodyLine, String file, boolean allowHtml, Problems problems) {
        this.places = new Places(body, bodyLine);
        this.file = file;
        this.allowHtml = allowHtml;
        this.problems = problems;
    }

    Outline outline(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                headings.add(new Heading(heading.getLevel(), heading.getAnchorRefId(),
                        HeadingIds.plainText(heading), places.line(node)));
            } else if (node instanceof TaskListItem item) {
                items.add(item);
            } else if (destinationOf(node) != null) {
                reference(node, destinationOf(node));
            } else if (!allowHtml && (node instanceof HtmlBlock || isOpeningTag(node))) {
                problems.warning(file, places.line(node), places.column(node),
                        "raw HTML is left out of the page",
                        "write it in Markdown instead (the site only passes HTML through when built with "
                                + "--allow-html)");
            } else if (allowHtml && (node instanceof HtmlBlock || node instanceof HtmlInline)) {
                for (String removed : RawHtml.removals(node.getChars().toString())) {
                    problems.warning(file, places.line(node), places.column(node),
                            "raw HTML: " + removed + " is removed from the page",
                            "pages keep formatting, tables, links and images; scripts, event handlers, styles and "
                                    + "other elements are never passed through");
                }
            }
        }
        return new Outline(headings, links, checklist(), media);
    }

    /** The destination of a link-like node, decoded as the browser will see it, or null. */
    private static String destinationOf(Node node) {
        if (node instanceof Link || node instanceof Image || node instanceof Reference) {
            return Escaping.unescapeString(((LinkNodeBase) node).getUrl());
        }
        if (node instanceof AutoLink auto) {
            return auto.getText().toString();
        }
        return null;
    }

    private void reference(Node node, String destination) {
        int line = places.line(node);
        int column = places.column(node);
        switch (UrlSafety.classify(destination)) {
            case FORBIDDEN -> problems.error(file, line, column,
                    "links with the scheme '" + UrlSafety.scheme(destination) + ":' are not allowed",
                    "use an http:, https: or mailto: link, or a relative link to another playbook's .md file");
            case FRAGMENT -> links.add(new LinkRef(destination, line, column));
            case RELATIVE -> {
                if (pathOf(destination).endsWith(".md") && !(node instanceof Image)) {
                    links.add(new LinkRef(destination, line, column));
                } else {
                    media.add(mediaRef(node, destination, line, column));
                }
            }
            case EXTERNAL -> {
                // External links are left alone (checking them needs the network); external images are not,
                // because the pages' Content-Security-Policy only lets the site's own files load.
                if (node instanceof Image) {
                    problems.warning(file, line, column, "the image '" + destination + "' is on another site and "
                                    + "will not load: pages only load the site's own files",
                            "save it beside the playbook and show it from there, or link to it instead");
                }
            }
        }
    }

    /** An image must say what it shows, or that it only decorates: {@code ![-](…)}. */
    private MediaRef mediaRef(Node node, String destination, int line, int column) {
        if (!(node instanceof Image image)) {
            return new MediaRef(destination, line, column, false, Optional.empty());
        }
        String alt = HeadingIds.plainText(image).strip();
        if (alt.isEmpty()) {
            problems.warning(file, line, column, "the image '" + destination + "' has no alt text",
                    "say between the brackets what it shows, for readers who cannot see it: ![The delegation "
                            + "ladder](…); if it only decorates, write ![" + MediaRef.DECORATIVE + "](…)");
        }
        return new MediaRef(destination, line, column, true, Optional.of(alt));
    }

    private static String pathOf(String destination) {
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

    /** One warning per inline element is enough: closing tags are not reported again. */
    private static boolean isOpeningTag(Node node) {
        return node instanceof HtmlInline && !node.getChars().startsWith("</");
    }

    private List<ChecklistItem> checklist() {
        List<String> texts = items.stream().map(Outliner::itemText).toList();
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
        return first instanceof Paragraph ? HeadingIds.plainText(first) : HeadingIds.plainText(item);
    }

    /** Lines and columns in the file, from offsets in the body. */
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
