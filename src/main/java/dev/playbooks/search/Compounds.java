package dev.playbooks.search;

import java.util.function.Consumer;

/**
 * Finds the hyphenated words of a text ({@code feed-forward}, {@code één-op-ééngesprek}): runs of letters and digits
 * joined by single hyphens, exactly what the pattern {@code [\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)+} finds, but by
 * looking only around each hyphen: the pattern backtracks through every word of a paragraph that has one hyphen,
 * which cost a build a sixth of its CPU time.
 */
final class Compounds {
    private Compounds() {
    }

    /** Hands each hyphenated word of {@code text} to {@code compound}, left to right, none overlapping. */
    static void each(String text, Consumer<String> compound) {
        int floor = 0;
        for (int hyphen = nextHyphen(text, 0); hyphen >= 0; ) {
            int start = hyphen;
            while (start > floor && isLetterOrNumber(text.codePointBefore(start))) {
                start -= Character.charCount(text.codePointBefore(start));
            }
            int end = start == hyphen ? -1 : endOfParts(text, hyphen);
            if (end < 0) {
                hyphen = nextHyphen(text, hyphen + 1);
                continue;
            }
            compound.accept(text.substring(start, end));
            floor = end;
            hyphen = nextHyphen(text, end);
        }
    }

    /** The same word with its hyphens left out: {@code feedforward}. */
    static String joined(String compound) {
        StringBuilder joined = new StringBuilder(compound.length());
        for (int i = 0; i < compound.length(); i++) {
            char c = compound.charAt(i);
            if (!isHyphen(c)) {
                joined.append(c);
            }
        }
        return joined.toString();
    }

    /** Where the letters after {@code hyphen} and any further hyphen-joined parts end; -1 when none follow it. */
    private static int endOfParts(String text, int hyphen) {
        int end = -1;
        int at = hyphen;
        while (at < text.length() && isHyphen(text.charAt(at))) {
            int part = at + 1;
            while (part < text.length() && isLetterOrNumber(text.codePointAt(part))) {
                part += Character.charCount(text.codePointAt(part));
            }
            if (part == at + 1) {
                break;
            }
            end = part;
            at = part;
        }
        return end;
    }

    private static int nextHyphen(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isHyphen(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** {@code \p{L}} or {@code \p{N}}: any letter, and any number (digits, Roman numerals, superscripts). */
    private static boolean isLetterOrNumber(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
