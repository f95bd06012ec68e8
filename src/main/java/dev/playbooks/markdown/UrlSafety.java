package dev.playbooks.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what kind of destination a link has. Browsers ignore tabs, line breaks and control characters inside a
 * URL and compare schemes case-insensitively, so the check strips them first: {@code JaVa&#x09;script:} is still
 * {@code javascript:}. Callers pass the destination after entity and backslash decoding.
 */
public final class UrlSafety {
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    public enum Kind { EXTERNAL, FRAGMENT, RELATIVE, FORBIDDEN }

    private UrlSafety() {
    }

    public static Kind classify(String decodedDestination) {
        String url = stripIgnored(decodedDestination);
        Matcher scheme = SCHEME.matcher(url);
        if (scheme.find()) {
            return ALLOWED_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT)) ? Kind.EXTERNAL : Kind.FORBIDDEN;
        }
        if (url.startsWith("//") || url.startsWith("\\\\") || url.startsWith("/\\")) {
            return Kind.EXTERNAL;
        }
        return url.startsWith("#") ? Kind.FRAGMENT : Kind.RELATIVE;
    }

    /** The scheme as the browser would read it, for error messages. */
    public static String scheme(String decodedDestination) {
        Matcher scheme = SCHEME.matcher(stripIgnored(decodedDestination));
        return scheme.find() ? scheme.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static String stripIgnored(String url) {
        StringBuilder kept = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != 0x7f) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
