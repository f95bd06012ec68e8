package dev.playbooks.search;

/**
 * Writes non-negative integers as text, five bits to a character, least significant first; a character from the
 * upper half of the alphabet says "more follows". Small numbers, which delta-coded postings mostly are, take one
 * character, and the text is safe inside a JavaScript string. The browser's script decodes the same alphabet.
 */
final class Varints {
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Varints() {
    }

    static void append(StringBuilder out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        int rest = value;
        while (rest >= 32) {
            out.append(ALPHABET.charAt(32 + (rest & 31)));
            rest >>>= 5;
        }
        out.append(ALPHABET.charAt(rest));
    }

    /** Decodes a whole string; the browser does the same, this is for tests and checks. */
    static int[] decode(String text) {
        int[] values = new int[text.length()];
        int count = 0;
        int value = 0;
        int shift = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("not a varint character: " + text.charAt(i));
            }
            value |= (digit & 31) << shift;
            if (digit >= 32) {
                shift += 5;
            } else {
                values[count++] = value;
                value = 0;
                shift = 0;
            }
        }
        return java.util.Arrays.copyOf(values, count);
    }
}
