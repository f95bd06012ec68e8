package dev.playbooks.search;

import dev.playbooks.JsonReader;
import java.util.Map;

/** Reads back an index or fragment script the way the browser sees its data: the one JSON value assigned in it. */
final class IndexScript {
    private static final String ASSIGNMENT = "] = ";

    private IndexScript() {
    }

    /** The value after the first {@code "] = "} in the script, which must end with {@code ;}. */
    static Object data(String script) {
        int start = script.indexOf(ASSIGNMENT);
        String rest = script.substring(start + ASSIGNMENT.length()).strip();
        if (start < 0 || !rest.endsWith(";")) {
            throw new IllegalStateException("not an assignment of data ending in ';': " + script);
        }
        return JsonReader.parse(rest.substring(0, rest.length() - 1));
    }

    static Map<String, Object> object(String script) {
        return JsonReader.object(data(script));
    }
}
