package dev.playbooks.content;

import dev.playbooks.problem.Problems;
import java.util.Optional;

/**
 * A Markdown file cut into its front matter and its body.
 *
 * @param yamlLine the 1-based line where the YAML starts (the line after the opening {@code ---})
 * @param bodyLine the 1-based line where the Markdown body starts
 */
record FrontMatterSplit(String yaml, int yamlLine, String body, int bodyLine) {
    /** Front matter is a dozen short lines; its closing fence is looked for no further than this. */
    static final int MAX_CHARACTERS = 64 * 1024;

    /** Splits normalised text ({@code \n} line ends, no byte-order mark); reports a missing fence. */
    static Optional<FrontMatterSplit> of(String text, String file, Problems problems) {
        if (!isFence(firstLine(text))) {
            problems.error(file, 1, 1, "the file does not start with front matter",
                    "start the file with a line '---', then 'title:' and 'summary:' lines, then a line '---'");
            return Optional.empty();
        }
        int lineStart = text.indexOf('\n') + 1;
        int line = 2;
        while (lineStart > 0 && lineStart <= text.length()) {
            if (lineStart > MAX_CHARACTERS) {
                problems.error(file, 1, 1, "the front matter is not closed within its first "
                                + MAX_CHARACTERS / 1024 + " KiB (" + (line - 1) + " lines)",
                        "add a line '---' after the last front matter line; front matter holds only a few keys");
                return Optional.empty();
            }
            int lineEnd = text.indexOf('\n', lineStart);
            String current = lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
            if (isFence(current) || current.stripTrailing().equals("...")) {
                String yaml = text.substring(text.indexOf('\n') + 1, lineStart);
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
                return Optional.of(new FrontMatterSplit(yaml, 2, body, line + 1));
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        problems.error(file, 1, 1, "the front matter is not closed",
                "add a line '---' after the last front matter line");
        return Optional.empty();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }
}
