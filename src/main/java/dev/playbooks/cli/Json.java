package dev.playbooks.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one place JSON is written: maps (in their own order), lists, strings, numbers, booleans and null, indented
 * two spaces. Two small reports do not need a library, and strings are escaped here and nowhere else.
 */
final class Json {
    private Json() {
    }

    static String write(Object value) {
        StringBuilder json = new StringBuilder();
        write(value, json, "");
        return json.append('\n').toString();
    }

    private static void write(Object value, StringBuilder json, String indent) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof String text) {
            string(text, json);
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

    private static void object(Map<?, ?> map, StringBuilder json, String indent) {
        if (map.isEmpty()) {
            json.append("{}");
            return;
        }
        String inner = indent + "  ";
        json.append("{\n");
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            json.append(inner);
            string(String.valueOf(entry.getKey()), json);
            json.append(": ");
            write(entry.getValue(), json, inner);
            json.append(entries.hasNext() ? ",\n" : "\n");
        }
        json.append(indent).append('}');
    }

    private static void array(List<?> list, StringBuilder json, String indent) {
        if (list.isEmpty()) {
            json.append("[]");
            return;
        }
        String inner = indent + "  ";
        json.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            json.append(inner);
            write(list.get(i), json, inner);
            json.append(i < list.size() - 1 ? ",\n" : "\n");
        }
        json.append(indent).append(']');
    }

    /** Quotes, backslashes and every control character escaped; also U+2028/2029, which break JavaScript. */
    static void string(String text, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
