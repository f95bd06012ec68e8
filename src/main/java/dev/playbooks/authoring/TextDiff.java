package dev.playbooks.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The longest common subsequence of two lists, as a list of edits: the plain dynamic programme, after the common
 * start and end are set aside. Playbooks and their lines are short; a middle too large for the table counts as
 * replaced whole, which is still a true (if coarse) answer.
 */
final class TextDiff {
    /** The most cells the table may have (16 MB of ints): 2,000 changed lines against 2,000. */
    private static final long MAX_CELLS = 4_000_000;

    /** One step from the old list to the new: keep, remove or add; {@code oldIndex}/{@code newIndex} say where. */
    record Edit(Kind kind, int oldIndex, int newIndex) {
    }

    enum Kind { SAME, REMOVED, ADDED }

    private TextDiff() {
    }

    static <T> List<Edit> edits(List<T> old, List<T> now) {
        int start = 0;
        while (start < old.size() && start < now.size() && old.get(start).equals(now.get(start))) {
            start++;
        }
        int oldEnd = old.size();
        int newEnd = now.size();
        while (oldEnd > start && newEnd > start && old.get(oldEnd - 1).equals(now.get(newEnd - 1))) {
            oldEnd--;
            newEnd--;
        }
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            edits.add(new Edit(Kind.SAME, i, i));
        }
        middle(old, now, start, oldEnd, newEnd, edits);
        for (int i = 0; oldEnd + i < old.size(); i++) {
            edits.add(new Edit(Kind.SAME, oldEnd + i, newEnd + i));
        }
        return edits;
    }

    private static <T> void middle(List<T> old, List<T> now, int start, int oldEnd, int newEnd, List<Edit> edits) {
        int rows = oldEnd - start;
        int columns = newEnd - start;
        if ((long) rows * columns > MAX_CELLS) {
            for (int i = start; i < oldEnd; i++) {
                edits.add(new Edit(Kind.REMOVED, i, start));
            }
            for (int j = start; j < newEnd; j++) {
                edits.add(new Edit(Kind.ADDED, oldEnd, j));
            }
            return;
        }
        // common[i][j]: the length of the longest common subsequence of old[start+i..] and now[start+j..].
        int[][] common = new int[rows + 1][columns + 1];
        for (int i = rows - 1; i >= 0; i--) {
            for (int j = columns - 1; j >= 0; j--) {
                common[i][j] = old.get(start + i).equals(now.get(start + j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < rows || j < columns) {
            if (i < rows && j < columns && old.get(start + i).equals(now.get(start + j))) {
                edits.add(new Edit(Kind.SAME, start + i++, start + j++));
            } else if (i < rows && (j == columns || common[i + 1][j] >= common[i][j + 1])) {
                edits.add(new Edit(Kind.REMOVED, start + i++, start + j));
            } else {
                edits.add(new Edit(Kind.ADDED, start + i, start + j++));
            }
        }
    }
}
