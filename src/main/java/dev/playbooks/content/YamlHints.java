package dev.playbooks.content;

/** Turns SnakeYAML's terse complaints into advice an author can act on. */
final class YamlHints {
    private YamlHints() {
    }

    static String forProblem(String problem) {
        String text = problem == null ? "" : problem;
        if (text.contains("mapping values are not allowed")) {
            return "a value that contains ': ' must be quoted, e.g. title: \"Trust: a practical guide\"";
        }
        if (text.contains("found character '\\t'") || text.contains("tab")) {
            return "indent with spaces, not tabs";
        }
        if (text.contains("could not find expected ':'")) {
            return "every line needs the form key: value; quote values that span several lines";
        }
        if (text.contains("found undefined alias") || text.contains("found unexpected end of stream")) {
            return "check for an unclosed quote or bracket on this or the previous line";
        }
        if (text.contains("expected <block end>") || text.contains("did not find expected")) {
            return "check the indentation and that quotes and brackets are closed";
        }
        return "check the YAML syntax at this place; quote values that contain ':', '#', '[' or '{'";
    }
}
