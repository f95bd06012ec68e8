package dev.playbooks.text;

import java.util.Locale;

/**
 * Characters that have no place in an author's text: invisible, yet they ring terminals, move the cursor, reverse
 * the order in which text is shown (bidi overrides, as in "Trojan Source"), make HTML invalid and XML not
 * well-formed. Tab and line feed are text; everything else below U+0020, DEL, the C1 controls, the bidi embeddings,
 * overrides and isolates, and the noncharacters is not.
 */
public final class Controls {
    private Controls() {
    }

    public static boolean isForbidden(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n') {
            return false;
        }
        return codePoint < 0x20 || codePoint >= 0x7f && codePoint <= 0x9f
                || codePoint >= 0x202a && codePoint <= 0x202e
                || codePoint >= 0x2066 && codePoint <= 0x2069
                || codePoint >= 0xfdd0 && codePoint <= 0xfdef
                || (codePoint & 0xfffe) == 0xfffe;
    }

    /** The index of the first forbidden character at or after {@code from}, or -1. */
    public static int indexOfForbidden(CharSequence text, int from) {
        for (int i = from; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            if (isForbidden(codePoint)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    /** How a message names one: {@code U+202E}. */
    public static String name(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "U+%04X", codePoint) + (name == null ? "" : " (" + name.toLowerCase(
                Locale.ROOT) + ")");
    }

    /**
     * The text with every forbidden character written out as a backslash, a u and four hex digits: for a terminal,
     * where they would act instead of show, and for messages that quote them.
     */
    public static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            boolean escape = codePoint != '\n' && isForbidden(codePoint);
            if (escape) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format(Locale.ROOT, "\\u%04X", codePoint));
            } else if (out != null) {
                out.appendCodePoint(codePoint);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }
}
