package dev.playbooks.cli;

import dev.playbooks.build.BuildResult;
import dev.playbooks.problem.Problem;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a run's problems like a compiler does, then one summary line. */
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
    }

    static String pages(Map<String, Integer> perLanguage) {
        int total = perLanguage.values().stream().mapToInt(Integer::intValue).sum();
        String detail = perLanguage.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return count(total, "playbook") + " (" + detail + ")";
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
