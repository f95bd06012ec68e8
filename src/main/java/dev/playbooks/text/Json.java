package dev.playbooks.text;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one JSON writer: strings, and whole values (maps in their own order, lists, strings, numbers, booleans and
 * null) indented two spaces. Two small reports and a compact search index do not need a library.
 *
 * <p>Every string escapes quotes, backslashes, every control character (U+0000–U+001F, U+007F–U+009F) and U+2028
 * and U+2029, which end a JavaScript string. So a string is also a YAML double-quoted scalar that reads back as
 * the same text: YAML accepts JSON's escapes but not raw C1 controls, and folds a raw U+0085 into a space. (It also
 * refuses lone surrogates and U+FFFE/U+FFFF, which no real text holds.) The two writers differ only in {@code <}.
 */
public final class Json {
    /** For JSON that people and programs read (reports, front matter): {@code <} is written as itself. */
    public static final Json READABLE = new Json(false);
    /** For JSON in a script the browser runs: {@code <} escaped too, so no string can close a script element. */
    public static final Json SCRIPT = new Json(true);

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final boolean escapeLessThan;

    private Json(boolean escapeLessThan) {
        this.escapeLessThan = escapeLessThan;
    }

    /** The value as a document: indented, ending in a newline. */
    public String pretty(Object value) {
        StringBuilder json = new StringBuilder();
        write(value, json, "");
        return json.append('\n').toString();
    }

    public String string(String text) {
        return string(new StringBuilder(text.length() + 2), text).toString();
    }

    /** Appends the text as a quoted string literal. */
    public StringBuilder string(StringBuilder out, String text) {
        return escaped(out.append('"'), text).append('"');
    }

    /**
     * Appends the text as it goes between the quotes of a string literal. Indexes run to megabytes and most
     * characters stand for themselves, so they are copied in runs.
     */
    public StringBuilder escaped(StringBuilder out, String text) {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isEscaped(c)) {
                out.append(text, from, i);
                escape(out, c);
                from = i + 1;
            }
        }
        return out.append(text, from, text.length());
    }

    /** Printable ASCII, the common case, is decided by the first five comparisons. */
    private boolean isEscaped(char c) {
        return c < 0x20 || c == '"' || c == '\\' || c == '<' && escapeLessThan
                || c >= 0x7F && (c <= 0x9F || c == '\u2028' || c == '\u2029');
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15])
                    .append(HEX[c & 15]);
        }
    }

    private void write(Object value, StringBuilder json, String indent) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof String text) {
            string(json, text);
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(map, json, indent);
        } else if (value instanceof List<?> list) {
            array(list, json, indent);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private void object(Map<?, ?> map, StringBuilder json, String indent) {
        if (map.isEmpty()) {
            json.append("{}");
            return;
        }
        String inner = indent + "  ";
        json.append("{\n");
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            string(json.append(inner), String.valueOf(entry.getKey())).append(": ");
            write(entry.getValue(), json, inner);
            json.append(entries.hasNext() ? ",\n" : "\n");
        }
        json.append(indent).append('}');
    }

    private void array(List<?> list, StringBuilder json, String indent) {
        if (list.isEmpty()) {
            json.append("[]");
            return;
        }
        String inner = indent + "  ";
        json.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            write(list.get(i), json.append(inner), inner);
            json.append(i < list.size() - 1 ? ",\n" : "\n");
        }
        json.append(indent).append(']');
    }
}
