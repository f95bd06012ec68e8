package dev.playbooks.authoring;

import dev.playbooks.model.FrontMatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The difference between two versions of a playbook's translatable text, as a translator reads it: the front matter
 * fields that are translated, then the body's changes grouped under the heading of the section they are in, each
 * changed line shown once with its words marked where a line was edited rather than rewritten.
 */
final class SectionDiff {
    /** A Markdown heading (ATX); {@code #} lines inside fenced code are not headings. */
    private static final Pattern HEADING = Pattern.compile(" {0,3}#{1,6}(\\s.*)?");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(```|~~~).*");
    /** What the text before a playbook's first heading is called. */
    static final String BEFORE_FIRST_HEADING = "(before the first heading)";

    private SectionDiff() {
    }

    /**
     * @param bodyLine the line of the current file where its body starts, so changes are placed where they are now
     */
    static List<SourceChanges.Section> between(FrontMatter oldMeta, String oldBody, FrontMatter meta, String body,
                                               int bodyLine) {
        List<SourceChanges.Section> sections = new ArrayList<>();
        field(sections, "title:", oldMeta.title(), meta.title(), meta.lineOf("title"));
        field(sections, "summary:", oldMeta.summary(), meta.summary(), meta.lineOf("summary"));
        field(sections, "tags:", String.join(", ", oldMeta.tags()), String.join(", ", meta.tags()),
                meta.lineOf("tags"));
        sections.addAll(body(lines(oldBody), lines(body), bodyLine));
        return sections;
    }

    private static void field(List<SourceChanges.Section> sections, String name, String old, String now, int line) {
        if (!old.equals(now)) {
            sections.add(new SourceChanges.Section(name, List.of(hunk(line, List.of(old), List.of(now)))));
        }
    }

    /** Trailing spaces change no words, as for the version's hash. */
    private static List<String> lines(String body) {
        return body.lines().map(String::stripTrailing).toList();
    }

    private static List<SourceChanges.Section> body(List<String> old, List<String> now, int bodyLine) {
        boolean[] oldHeadings = headings(old);
        boolean[] newHeadings = headings(now);
        List<SourceChanges.Section> sections = new ArrayList<>();
        String section = BEFORE_FIRST_HEADING;
        List<SourceChanges.Hunk> hunks = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int hunkLine = 0;
        for (TextDiff.Edit edit : TextDiff.edits(old, now)) {
            boolean heading = edit.kind() == TextDiff.Kind.REMOVED ? oldHeadings[edit.oldIndex()]
                    : newHeadings[edit.newIndex()];
            boolean changes = edit.kind() != TextDiff.Kind.SAME;
            if (heading || !changes) {
                flush(hunks, hunkLine, removed, added);
            }
            if (heading) {
                close(sections, section, hunks);
                hunks = new ArrayList<>();
                section = edit.kind() == TextDiff.Kind.REMOVED ? old.get(edit.oldIndex()).strip()
                        : now.get(edit.newIndex()).strip();
            }
            if (changes) {
                if (removed.isEmpty() && added.isEmpty()) {
                    hunkLine = bodyLine + edit.newIndex();
                }
                if (edit.kind() == TextDiff.Kind.REMOVED) {
                    removed.add(old.get(edit.oldIndex()));
                } else {
                    added.add(now.get(edit.newIndex()));
                }
            }
        }
        flush(hunks, hunkLine, removed, added);
        close(sections, section, hunks);
        return sections;
    }

    /** Ends a change; one of blank lines only is left out, as there is nothing in it to translate. */
    private static void flush(List<SourceChanges.Hunk> hunks, int line, List<String> removed, List<String> added) {
        if (!(removed.stream().allMatch(String::isBlank) && added.stream().allMatch(String::isBlank))) {
            hunks.add(hunk(line, List.copyOf(removed), List.copyOf(added)));
        }
        removed.clear();
        added.clear();
    }

    private static void close(List<SourceChanges.Section> sections, String name, List<SourceChanges.Hunk> hunks) {
        if (!hunks.isEmpty()) {
            sections.add(new SourceChanges.Section(name, List.copyOf(hunks)));
        }
    }

    private static SourceChanges.Hunk hunk(int line, List<String> removed, List<String> added) {
        List<String> words = new ArrayList<>();
        if (removed.size() == added.size()) {
            for (int i = 0; i < removed.size(); i++) {
                String pair = WordDiff.marked(removed.get(i), added.get(i));
                if (pair == null) {
                    words.clear();
                    break;
                }
                words.add(pair);
            }
        }
        return new SourceChanges.Hunk(line, removed, added, List.copyOf(words));
    }

    private static boolean[] headings(List<String> lines) {
        boolean[] headings = new boolean[lines.size()];
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
            } else {
                headings[i] = !fenced && HEADING.matcher(line).matches();
            }
        }
        return headings;
    }
}
