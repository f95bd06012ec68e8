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
     * Most headings and tags are plain ASCII and need no transliteration at all; Latin text with accents needs
     * only Latin-ASCII; only other scripts pay for the full Any-Latin chain.
     */
    private static String toAscii(String text) {
        boolean ascii = true;
        boolean latin = true;
        for (int i = 0; i < text.length() && latin; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                ascii = false;
                latin = c < 0x0250 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2000 && c <= 0x206F);
            }
        }
        if (ascii) {
            return text;
        }
        return (latin ? LATIN_TO_ASCII : ANY_TO_ASCII).get().transliterate(text);
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
