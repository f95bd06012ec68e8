package dev.playbooks.i18n;

import com.ibm.icu.text.Transliterator;

/**
 * Turns any text into a URL- and anchor-friendly slug: {@code "Één op één"} becomes {@code "een-op-een"},
 * {@code "ĳverig"} becomes {@code "ijverig"}. Letters of other scripts are transliterated to Latin first.
 */
public final class Slugs {
    /** Compound transliterators keep state while they work, so every thread gets its own. */
    private static final ThreadLocal<Transliterator> TO_ASCII_LOWER =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    private Slugs() {
    }

    public static String slugify(String text) {
        String ascii = TO_ASCII_LOWER.get().transliterate(text);
        StringBuilder slug = new StringBuilder(ascii.length());
        boolean pendingDash = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
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

    /** Whether a file name can be used in a URL as it is. */
    public static boolean isSlug(String text) {
        return !text.isEmpty() && slugify(text).equals(text);
    }
}
