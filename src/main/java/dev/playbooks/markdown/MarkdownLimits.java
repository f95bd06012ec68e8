package dev.playbooks.markdown;

/**
 * Limits no real page comes near, checked in one pass before the parser sees a body, for the inputs whose cost in
 * flexmark grows with the square of their size without rereading text (which {@link ReadBudget} would catch):
 * emphasis markers, whose matching looks back over every earlier marker of the paragraph, and nesting, which the
 * parser and renderer follow by recursion. Text between blank lines holds at most one paragraph, so counting per
 * such block is an upper bound; fenced code is not parsed for either and is skipped.
 */
final class MarkdownLimits {
    /** Runs of {@code *} or {@code _} between two blank lines; a paragraph of text has a few dozen. */
    static final int MAX_EMPHASIS_RUNS = 5_000;
    /** Block quotes ({@code >}) or list levels inside each other. */
    static final int MAX_DEPTH = 64;
    /** How far in a line may start, in columns: {@value #MAX_DEPTH} list levels of four. */
    private static final int MAX_INDENT = 4 * MAX_DEPTH;

    private MarkdownLimits() {
    }

    /** Throws {@link TooComplex} at the first place a limit is passed. */
    static void check(char[] body) {
        int line = 0;
        int blockLine = 0;
        int runs = 0;
        String fence = null;
        int start = 0;
        while (start <= body.length) {
            int end = start;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            String marker = fenceOf(body, start, end);
            if (fence != null) {
                if (marker != null && marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
                    fence = null;
                }
            } else if (marker != null) {
                fence = marker;
            } else if (isBlank(body, start, end)) {
                runs = 0;
                blockLine = line + 1;
            } else {
                checkDepth(body, start, end, line);
                runs += emphasisRuns(body, start, end);
                if (runs > MAX_EMPHASIS_RUNS) {
                    throw new TooComplex(blockLine, "this paragraph has more than " + MAX_EMPHASIS_RUNS
                            + " '*' or '_' markers, which the Markdown parser takes too long to match",
                            "split it with blank lines, or escape markers that are not emphasis as \\* and \\_");
                }
            }
            line++;
            start = end + 1;
        }
    }

    private static void checkDepth(char[] body, int start, int end, int line) {
        int quotes = 0;
        int column = 0;
        for (int i = start; i < end; i++) {
            char c = body[i];
            if (c == '>') {
                quotes++;
            } else if (c == ' ') {
                column++;
            } else if (c == '\t') {
                column += 4;
            } else {
                break;
            }
        }
        if (quotes > MAX_DEPTH || column > MAX_INDENT) {
            throw new TooComplex(line, "this line is nested more than " + MAX_DEPTH
                    + " block quotes or lists deep, deeper than a page can be rendered",
                    "flatten the deepest lists or block quotes");
        }
    }

    private static int emphasisRuns(char[] body, int start, int end) {
        int runs = 0;
        char previous = 0;
        for (int i = start; i < end; i++) {
            char c = body[i];
            if ((c == '*' || c == '_') && c != previous) {
                runs++;
            }
            previous = c;
        }
        return runs;
    }

    /** The run of backticks or tildes that opens or closes fenced code on this line, or null. */
    private static String fenceOf(char[] body, int start, int end) {
        int i = start;
        while (i < end && i - start < 3 && body[i] == ' ') {
            i++;
        }
        if (i >= end || body[i] != '`' && body[i] != '~') {
            return null;
        }
        char c = body[i];
        int from = i;
        while (i < end && body[i] == c) {
            i++;
        }
        return i - from >= 3 ? new String(body, from, i - from) : null;
    }

    private static boolean isBlank(char[] body, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(body[i])) {
                return false;
            }
        }
        return true;
    }
}
