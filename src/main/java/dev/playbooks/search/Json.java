package dev.playbooks.search;

/** JSON string literals that are also safe JavaScript string literals (U+2028 and U+2029 escaped). */
final class Json {
    private Json() {
    }

    static StringBuilder string(StringBuilder out, String text) {
        return escaped(out.append('"'), text).append('"');
    }

    /** The text as it goes between the quotes of a string literal. */
    static StringBuilder escaped(StringBuilder out, String text) {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isPlain(c)) {
                out.append(text, from, i);
                escape(out, c);
                from = i + 1;
            }
        }
        return out.append(text, from, text.length());
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '<' -> out.append("\\u003c");
            default -> out.append(String.format("\\u%04x", (int) c));
        }
    }

    /** Whether a character stands for itself in a string literal: most do, and are copied in runs. */
    private static boolean isPlain(char c) {
        return c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != 0x2028 && c != 0x2029;
    }

    static String string(String text) {
        return string(new StringBuilder(text.length() + 2), text).toString();
    }
}
