package dev.playbooks.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * One edited line as a translator wants to see it: the words that stayed, {@code [-removed-]} and
 * {@code {+added+}}, so a comma added to a long paragraph shows as {@code {+,+}} instead of two long lines that
 * look the same.
 */
final class WordDiff {
    /** How many words and spaces stay on either side of a change (five words, give or take a comma). */
    private static final int CONTEXT = 10;
    private WordDiff() {
    }

    /**
     * The line's edit with its words marked; null when the two share less than half their words, as then the two
     * whole lines say more.
     */
    static String marked(String old, String now) {
        List<String> oldTokens = tokens(old);
        List<String> newTokens = tokens(now);
        List<TextDiff.Edit> edits = TextDiff.edits(oldTokens, newTokens);
        int kept = 0;
        for (TextDiff.Edit edit : edits) {
            if (edit.kind() == TextDiff.Kind.SAME && isWord(oldTokens.get(edit.oldIndex()))) {
                kept++;
            }
        }
        long words = Math.max(oldTokens.stream().filter(WordDiff::isWord).count(),
                newTokens.stream().filter(WordDiff::isWord).count());
        if (kept * 2 < words) {
            return null;
        }
        List<Segment> segments = merged(segments(edits, oldTokens, newTokens));
        StringBuilder marked = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.same() != null) {
                context(marked, segment.same(), i == 0, i == segments.size() - 1);
            } else {
                if (!segment.removed().isEmpty()) {
                    marked.append("[-").append(segment.removed()).append("-]");
                }
                if (!segment.added().isEmpty()) {
                    marked.append("{+").append(segment.added()).append("+}");
                }
            }
        }
        return marked.toString();
    }

    /** A run of tokens that stayed ({@code same}), or a change: what was removed and what was added there. */
    private record Segment(List<String> same, String removed, String added) {
    }

    private static List<Segment> segments(List<TextDiff.Edit> edits, List<String> oldTokens, List<String> newTokens) {
        List<Segment> segments = new ArrayList<>();
        List<String> same = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (TextDiff.Edit edit : edits) {
            if (edit.kind() == TextDiff.Kind.SAME) {
                if (removed.length() + added.length() > 0) {
                    segments.add(new Segment(null, removed.toString(), added.toString()));
                    removed.setLength(0);
                    added.setLength(0);
                }
                same.add(oldTokens.get(edit.oldIndex()));
                continue;
            }
            if (!same.isEmpty()) {
                segments.add(new Segment(List.copyOf(same), "", ""));
                same.clear();
            }
            if (edit.kind() == TextDiff.Kind.REMOVED) {
                removed.append(oldTokens.get(edit.oldIndex()));
            } else {
                added.append(newTokens.get(edit.newIndex()));
            }
        }
        if (removed.length() + added.length() > 0) {
            segments.add(new Segment(null, removed.toString(), added.toString()));
        }
        if (!same.isEmpty()) {
            segments.add(new Segment(List.copyOf(same), "", ""));
        }
        return segments;
    }

    /**
     * Two changes with only a space between them are one: {@code [-at work-]{+in the workplace+}}, not
     * {@code [-at-]{+in+} [-work-]{+the workplace+}}.
     */
    private static List<Segment> merged(List<Segment> segments) {
        List<Segment> merged = new ArrayList<>();
        for (Segment segment : segments) {
            int last = merged.size() - 1;
            if (segment.same() == null && last >= 1 && merged.get(last).same() != null
                    && String.join("", merged.get(last).same()).isBlank() && merged.get(last - 1).same() == null) {
                String space = String.join("", merged.remove(last).same());
                Segment before = merged.remove(last - 1);
                merged.add(new Segment(null, before.removed() + space + segment.removed(),
                        before.added() + space + segment.added()));
            } else {
                merged.add(segment);
            }
        }
        return merged;
    }

    /**
     * Words that stayed, between changes: all of them when they are few, else a few on either side of a change
     * and an ellipsis for the rest, so a long paragraph shows where it changed rather than all of itself.
     */
    private static void context(StringBuilder marked, List<String> same, boolean beforeFirst, boolean afterLast) {
        if (same.size() <= 2 * CONTEXT + 1 || beforeFirst && afterLast) {
            same.forEach(marked::append);
            return;
        }
        if (!beforeFirst) {
            same.subList(0, CONTEXT).forEach(marked::append);
            marked.append("…");
        }
        if (!afterLast) {
            if (beforeFirst) {
                marked.append("…");
            }
            same.subList(same.size() - CONTEXT, same.size()).forEach(marked::append);
        }
    }

    /** Words (letters and digits, with their marks), runs of spaces, and every other character on its own. */
    static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            int start = i;
            int first = line.codePointAt(i);
            if (Character.isLetterOrDigit(first)) {
                while (i < line.length() && isWordPart(line.codePointAt(i))) {
                    i += Character.charCount(line.codePointAt(i));
                }
            } else if (Character.isWhitespace(first)) {
                while (i < line.length() && Character.isWhitespace(line.codePointAt(i))) {
                    i += Character.charCount(line.codePointAt(i));
                }
            } else {
                i += Character.charCount(first);
            }
            tokens.add(line.substring(start, i));
        }
        return tokens;
    }

    private static boolean isWord(String token) {
        return Character.isLetterOrDigit(token.codePointAt(0));
    }

    private static boolean isWordPart(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
