package dev.playbooks.cli;

import dev.playbooks.content.SiteConfig;
import dev.playbooks.pipeline.BuildResult;
import dev.playbooks.problem.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a run's problems like a compiler does, then one summary line, then what the author should know. */
final class Report {
    private Report() {
    }

    static void problems(BuildResult result, PrintWriter err) {
        for (Problem problem : result.problems()) {
            err.println(problem.format());
        }
        long errors = result.problems().stream().filter(Problem::isError).count();
        long warnings = result.problems().size() - errors;
        if (errors + warnings > 0) {
            err.println(count(errors, "error") + ", " + count(warnings, "warning"));
        }
        for (BuildResult.Note note : result.notes()) {
            err.println("note: " + note.message());
            err.println("    hint: " + note.hint());
        }
    }

    /**
     * The exit code of a run that failed: a usage error when only {@code playbooks.yaml} is wrong, since it holds
     * what would otherwise be options; problems in the content otherwise.
     */
    static int exitCode(BuildResult result) {
        boolean onlyConfig = result.problems().stream().filter(Problem::isError)
                .allMatch(problem -> problem.file().equals(SiteConfig.FILE));
        return result.hasErrors() && onlyConfig ? Main.USAGE : Main.CONTENT_PROBLEMS;
    }

    static String pages(Map<String, Integer> perLanguage) {
        int total = perLanguage.values().stream().mapToInt(Integer::intValue).sum();
        String detail = perLanguage.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return count(total, "playbook") + " (" + detail + ")";
    }

    /**
     * A short table after a build, like Hugo's: playbooks per language (and the drafts left out, if any), then files
     * written and time per phase.
     */
    static String summary(BuildResult result) {
        Map<String, Integer> pages = result.pagesPerLanguage();
        String label = "Playbooks";
        StringBuilder header = new StringBuilder(" ".repeat(label.length() + 2));
        StringBuilder rule = new StringBuilder("-".repeat(label.length() + 2));
        StringBuilder row = new StringBuilder(" " + label + " ");
        StringBuilder drafts = new StringBuilder(" " + pad("Drafts", label.length()) + " ");
        for (Map.Entry<String, Integer> language : pages.entrySet()) {
            int draftCount = result.draftsLeftOut().getOrDefault(language.getKey(), 0);
            int width = Math.max(language.getKey().length(), Math.max(String.valueOf(language.getValue()).length(),
                    String.valueOf(draftCount).length()));
            header.append("| ").append(pad(language.getKey().toUpperCase(Locale.ROOT), width)).append(' ');
            rule.append("+").append("-".repeat(width + 2));
            row.append("| ").append(pad(String.valueOf(language.getValue()), width)).append(' ');
            drafts.append("| ").append(pad(String.valueOf(draftCount), width)).append(' ');
        }
        String phases = result.timings().entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms")
                .collect(Collectors.joining(", "));
        String nl = System.lineSeparator();
        String draftRow = result.drafts() == 0 ? ""
                : drafts.toString().stripTrailing() + "   (left out; --drafts includes them)" + nl;
        return header.toString().stripTrailing() + nl + rule + nl + row.toString().stripTrailing() + nl + draftRow + nl
                + " Files written: " + result.filesWritten() + nl
                + " Total in " + result.millis() + " ms" + (phases.isEmpty() ? "" : " (" + phases + ")") + nl;
    }

    private static String pad(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }

    /** A path as the author typed it: relative to the current folder when it is inside it. */
    static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
