package dev.playbooks.text;

/** Text for HTML and XML, in element content and in quoted attribute values alike. */
public final class Markup {
    private Markup() {
    }

    /** The text with {@code & < > " '} as character references, so that whatever it holds stays text. */
    public static String escape(String text) {
        StringBuilder out = null;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            String reference = reference(text.charAt(i));
            if (reference != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16);
                }
                out.append(text, from, i).append(reference);
                from = i + 1;
            }
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    private static String reference(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
