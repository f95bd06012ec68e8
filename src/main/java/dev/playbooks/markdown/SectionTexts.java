package dev.playbooks.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.playbooks.model.SectionText;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a parsed body into sections at its top-level headings and collects each section's plain text, so search
 * can point a reader to the section that matched. Raw HTML is left out, as it is left out of the page.
 */
final class SectionTexts {
    private SectionTexts() {
    }

    static List<SectionText> of(Document document) {
        List<SectionText> sections = new ArrayList<>();
        Section current = new Section("", "");
        for (Node block : document.getChildren()) {
            if (block instanceof Heading heading) {
                sections.add(current.done());
                current = new Section(heading.getAnchorRefId(), HeadingIds.plainText(heading));
            } else {
                current.collect(block);
            }
        }
        sections.add(current.done());
        return sections;
    }

    private static final class Section {
        private final String anchor;
        private final String heading;
        private final StringBuilder text = new StringBuilder();
        private final List<String> checklist = new ArrayList<>();

        Section(String anchor, String heading) {
            this.anchor = anchor;
            this.heading = heading;
        }

        void collect(Node block) {
            if (block instanceof TaskListItem item) {
                checklist.add(HeadingIds.plainText(item));
            } else if (block instanceof ListBlock || block instanceof ListItem || block instanceof BlockQuote) {
                for (Node child : block.getChildren()) {
                    collect(child);
                }
            } else if (!(block instanceof HtmlBlock || block instanceof HtmlCommentBlock)) {
                String plain = HeadingIds.plainText(block);
                if (!plain.isEmpty()) {
                    text.append(text.length() == 0 ? "" : "\n").append(plain);
                }
            }
        }

        SectionText done() {
            return new SectionText(anchor, heading, text.toString(), checklist);
        }
    }
}
