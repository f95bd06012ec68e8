package dev.playbooks.i18n;

import com.ibm.icu.text.Transliterator;

/**
 * Turns any text into a URL- and anchor-friendly slug: {@code "Één op één"} becomes {@code "een-op-een"},
 * {@code "ĳverig"} becomes {@code "ijverig"}. Letters of other scripts are transliterated to Latin first.
 */
public final class Slugs {
    /** Compound transliterators keep state while they work, so every thread gets its own. */
    private static final ThreadLocal<Transliterator> LATIN_TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));
    private static final ThreadLocal<Transliterator> ANY_TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final char LATIN_END = 0x0250;
    private static final char EXTENDED_START = 0x1E00;
    private static final char EXTENDED_END = 0x1F00;
    private static final char PUNCTUATION_START = 0x2000;
    private static final char PUNCTUATION_END = 0x2070;
    private static final String[] SPELLED =
            new String[LATIN_END + (EXTENDED_END - EXTENDED_START) + (PUNCTUATION_END - PUNCTUATION_START)];

    private Slugs() {
    }

    public static String slugify(String text) {
        String ascii = toAscii(text);
        StringBuilder slug = new StringBuilder(ascii.length());
        boolean pendingDash = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingDash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                pendingDash = false;
            } else {
                pendingDash = true;
            }
        }
        return slug.toString();
    }

    /**
     * Most headings and tags are plain ASCII and need no transliteration at all; Latin text with accents is spelled
     * character by character from {@link #latinToAscii}; only other scripts pay for the full Any-Latin chain.
     */
    private static String toAscii(String text) {
        int first = 0;
        while (first < text.length() && text.charAt(first) < 0x80) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder ascii = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                ascii.append(c);
            } else if (isLatin(c)) {
                ascii.append(latinToAscii(c));
            } else {
                return ANY_TO_ASCII.get().transliterate(text);
            }
        }
        return ascii.toString();
    }

    /** Latin-1, Latin Extended-A and -B, Latin Extended Additional, and general punctuation such as dashes. */
    private static boolean isLatin(char c) {
        return c < LATIN_END || c >= EXTENDED_START && c < EXTENDED_END
                || c >= PUNCTUATION_START && c < PUNCTUATION_END;
    }

    /**
     * What Latin-ASCII makes of one character, worked out once. Its rules take marks off a letter after decomposing
     * it and otherwise map character by character, with no context but case, which a slug drops: so text made of
     * these characters (none of them a combining mark) comes out the same spelled a character at a time as whole,
     * which {@code SlugsTest} checks against ICU.
     */
    private static String latinToAscii(char c) {
        int index = c < LATIN_END ? c
                : c < EXTENDED_END ? LATIN_END + c - EXTENDED_START
                : LATIN_END + EXTENDED_END - EXTENDED_START + c - PUNCTUATION_START;
        String spelled = SPELLED[index];
        if (spelled == null) {
            // Strings are immutable, so a thread that races here at worst spells the character again.
            spelled = LATIN_TO_ASCII.get().transliterate(String.valueOf(c));
            SPELLED[index] = spelled;
        }
        return spelled;
    }

    /** Whether a file name can be used in a URL as it is. */
    public static boolean isSlug(String text) {
        return !text.isEmpty() && slugify(text).equals(text);
    }

    /**
     * Whether Windows refuses a file or folder of this name (with any extension): a page or tag of that slug could
     * be neither checked out nor published from Windows.
     */
    public static boolean isWindowsReserved(String slug) {
        return slug.matches("(con|prn|aux|nul|com[0-9]|lpt[0-9])");
    }
}
