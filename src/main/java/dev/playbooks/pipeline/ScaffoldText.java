package dev.playbooks.pipeline;

import dev.playbooks.i18n.Messages;
import dev.playbooks.model.Playbook;
import dev.playbooks.problem.Problems;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholder text {@code playbooks new} writes, and finding it left in a playbook that is no longer a draft:
 * a page that still says "Step 1: one small, concrete action" is not ready for readers, whatever its front matter
 * says. Headings are left alone: "Checklist" is a good heading of one's own too.
 */
final class ScaffoldText {
    /** The UI strings {@code new} fills a playbook with, besides its headings. */
    static final List<String> PLACEHOLDERS = List.of("scaffold.summary", "scaffold.intro", "scaffold.sectionText",
            "scaffold.step");
    /** Enough numbered steps to cover any scaffold {@code new} writes. */
    private static final int STEPS = 20;
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:(?:[-*+]|\\d+[.)])\\s+(?:\\[[ xX]]\\s+)?)?");

    private ScaffoldText() {
    }

    /** Every language's placeholder sentences: a translation started from a fresh scaffold carries its language's. */
    static Set<String> placeholders(Collection<Messages> languages) {
        Set<String> texts = new TreeSet<>();
        for (Messages messages : languages) {
            for (String key : PLACEHOLDERS) {
                if (!messages.has(key)) {
                    continue;
                }
                if (key.equals("scaffold.step")) {
                    for (int step = 1; step <= STEPS; step++) {
                        texts.add(messages.format(key, Map.of("number", step)).strip());
                    }
                } else {
                    texts.add(messages.format(key, Map.of()).strip());
                }
            }
        }
        return Set.copyOf(texts);
    }

    /** Reports each placeholder a published playbook still holds, at its line. */
    static void check(Playbook playbook, Set<String> placeholders, Problems problems) {
        if (playbook.meta().draft() || placeholders.isEmpty()) {
            return;
        }
        String file = playbook.source().display();
        if (placeholders.contains(playbook.meta().summary().strip())) {
            report(file, playbook.meta().lineOf("summary"), 1, playbook.meta().summary().strip(), problems);
        }
        String[] lines = playbook.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher mark = LIST_MARK.matcher(lines[i]);
            mark.lookingAt();
            String text = lines[i].substring(mark.end()).strip();
            if (!text.isEmpty() && placeholders.contains(text)) {
                report(file, playbook.bodyLine() + i, mark.end() + 1, text, problems);
            }
        }
    }

    private static void report(String file, int line, int column, String text, Problems problems) {
        problems.warning(file, line, column, "'" + text + "' is the placeholder text 'playbooks new' wrote",
                "write your own text here, or delete the line, before the playbook is published");
    }
}
