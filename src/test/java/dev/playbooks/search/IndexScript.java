package dev.playbooks.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back an index or fragment script the way the browser sees its data: the one JSON value assigned in it.
 * A small JSON reader of our own, since the tests have no JSON library and need only this.
 */
final class IndexScript {
    private final String text;
    private int at;

    private IndexScript(String text, int at) {
        this.text = text;
        this.at = at;
    }

    /** The value after the first {@code "] = "} in the script. */
    static Object data(String script) {
        int assignment = script.indexOf("] = ");
        IndexScript reader = new IndexScript(script, assignment + 4);
        Object value = reader.value();
        if (!script.substring(reader.at).strip().equals(";")) {
            throw new IllegalStateException("unexpected text after the data: " + script.substring(reader.at));
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String script) {
        return (Map<String, Object>) data(script);
    }

    private Object value() {
        skipSpace();
        char c = text.charAt(at);
        if (c == '{') {
            Map<String, Object> map = new LinkedHashMap<>();
            at++;
            while (peek() != '}') {
                String key = string();
                expect(':');
                map.put(key, value());
                if (peek() == ',') {
                    at++;
                }
            }
            at++;
            return map;
        }
        if (c == '[') {
            List<Object> list = new ArrayList<>();
            at++;
            while (peek() != ']') {
                list.add(value());
                if (peek() == ',') {
                    at++;
                }
            }
            at++;
            return list;
        }
        if (c == '"') {
            return string();
        }
        for (String word : List.of("true", "false", "null")) {
            if (text.startsWith(word, at)) {
                at += word.length();
                return word.equals("null") ? null : Boolean.valueOf(word);
            }
        }
        int start = at;
        while (at < text.length() && "-+.eE0123456789".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return Double.valueOf(text.substring(start, at));
    }

    private String string() {
        skipSpace();
        expect('"');
        StringBuilder out = new StringBuilder();
        while (text.charAt(at) != '"') {
            char c = text.charAt(at++);
            if (c == '\\') {
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            } else {
                out.append(c);
            }
        }
        at++;
        return out.toString();
    }

    private char peek() {
        skipSpace();
        return text.charAt(at);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalStateException("expected '" + c + "' at " + at + ": " + text.substring(at, Math.min(text.length(), at + 40)));
        }
        at++;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
