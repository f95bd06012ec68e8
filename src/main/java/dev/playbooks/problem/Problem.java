package dev.playbooks.problem;

import java.util.Comparator;

/**
 * One thing wrong with the author's input, pinned to a place in a file.
 *
 * @param file   the file as the author knows it (project-relative, forward slashes); empty for the project itself
 * @param line   1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param hint   how to fix it, or empty
 */
public record Problem(String file, int line, int column, Severity severity, String message, String hint) {

    public static final Comparator<Problem> BY_PLACE = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public Problem {
        file = file == null ? "" : file;
        hint = hint == null ? "" : hint;
    }

    public static Problem error(String file, int line, int column, String message, String hint) {
        return new Problem(file, line, column, Severity.ERROR, message, hint);
    }

    public static Problem warning(String file, int line, int column, String message, String hint) {
        return new Problem(file, line, column, Severity.WARNING, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Problem asError() {
        return new Problem(file, line, column, Severity.ERROR, message, hint);
    }

    /** The place as a compiler prints it: {@code content/nl/x.md:3:7}. */
    public String place() {
        if (file.isEmpty()) {
            return "playbooks";
        }
        StringBuilder place = new StringBuilder(file);
        if (line > 0) {
            place.append(':').append(line);
            if (column > 0) {
                place.append(':').append(column);
            }
        }
        return place.toString();
    }

    /** {@code path:line:col: error: message}, with the hint on an indented second line. */
    public String format() {
        String first = place() + ": " + severity.label() + ": " + message;
        return hint.isEmpty() ? first : first + System.lineSeparator() + "    hint: " + hint;
    }
}
