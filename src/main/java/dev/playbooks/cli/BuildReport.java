package dev.playbooks.cli;

import dev.playbooks.pipeline.BuildResult;
import dev.playbooks.problem.Problem;
import dev.playbooks.text.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --report FILE}: how a run went, as JSON for CI: every problem, pages per language, timings. */
final class BuildReport {
    private BuildReport() {
    }

    static Map<String, Object> of(String command, BuildResult result) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("command", command);
        report.put("succeeded", result.succeeded());
        long errors = result.problems().stream().filter(Problem::isError).count();
        report.put("errors", errors);
        report.put("warnings", result.problems().size() - errors);
        List<Map<String, Object>> problems = result.problems().stream().map(BuildReport::problem).toList();
        report.put("problems", problems);
        report.put("notes", result.notes().stream().map(note -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("message", note.message());
            json.put("hint", note.hint());
            json.put("files", note.files());
            return json;
        }).toList());
        report.put("pages", new LinkedHashMap<>(result.pagesPerLanguage()));
        report.put("draftsLeftOut", new LinkedHashMap<>(result.draftsLeftOut()));
        report.put("filesWritten", result.filesWritten());
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("totalMillis", result.millis());
        result.timings().forEach((phase, millis) -> timings.put(phase + "Millis", millis));
        report.put("timings", timings);
        return report;
    }

    static Map<String, Object> problem(Problem problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", problem.file());
        json.put("line", problem.line());
        json.put("column", problem.column());
        json.put("severity", problem.severity().label());
        json.put("message", problem.message());
        json.put("hint", problem.hint());
        return json;
    }

    static void write(Path file, String command, BuildResult result) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Files.writeString(absolute, Json.READABLE.pretty(of(command, result)), StandardCharsets.UTF_8);
    }
}
