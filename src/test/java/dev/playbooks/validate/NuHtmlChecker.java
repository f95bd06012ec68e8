package dev.playbooks.validate;

import dev.playbooks.JsonReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The W3C Nu HTML Checker (Maven Central's {@code nu.validator:validator}, a test dependency) run once over a whole
 * folder. It runs in a child JVM on the test classpath because its command line ends with {@code System.exit}, which
 * would take the test JVM down with it; one JVM for all pages keeps it to a couple of seconds. Its JSON output is
 * read as data, so a change in its prose cannot hide an error.
 */
public final class NuHtmlChecker {
    private static final String MAIN = "nu.validator.client.SimpleCommandLineValidator";
    private static final long TIMEOUT_SECONDS = 300;

    private NuHtmlChecker() {
    }

    /** One message of the checker, its file relative to the folder checked, with {@code /} between names. */
    public record Message(String file, int line, int column, String text) {
        static final Comparator<Message> ORDER = Comparator.comparing(Message::file)
                .thenComparingInt(Message::line).thenComparingInt(Message::column).thenComparing(Message::text);

        /** {@code page.html:line:col: message}, as editors and terminals make clickable. */
        public String formatted() {
            return line > 0 ? file + ":" + line + ":" + column + ": " + text : file + ": " + text;
        }
    }

    /** What one run found: errors and everything else (warnings and notes), each sorted by file and position. */
    public record Report(String version, int pages, List<Message> errors, List<Message> warnings) {
        /** Every error, one a line, then how many there are of each message, for whoever fixes the templates. */
        public String describeErrors() {
            long files = errors.stream().map(Message::file).distinct().count();
            return errors.size() + " HTML error(s) on " + files + " of " + pages + " page(s) (Nu HTML Checker "
                    + version + "):\n" + lines(errors) + "\nBy message:\n" + countsByMessage(errors);
        }

        public String describeWarnings() {
            return warnings.size() + " warning(s), which do not fail the test, by message:\n" + countsByMessage(warnings);
        }

        private static String lines(List<Message> messages) {
            return messages.stream().map(Message::formatted).collect(Collectors.joining("\n"));
        }

        private static String countsByMessage(List<Message> messages) {
            Map<String, Long> counts = messages.stream()
                    .collect(Collectors.groupingBy(Message::text, TreeMap::new, Collectors.counting()));
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(entry -> String.format(Locale.ROOT, "%5d  %s", entry.getValue(), entry.getKey()))
                    .collect(Collectors.joining("\n"));
        }
    }

    /** Checks every HTML file under {@code folder}; other files are skipped. */
    public static Report check(Path folder) throws IOException, InterruptedException {
        Path root = folder.toRealPath();
        Path stdout = Files.createTempFile("vnu", ".json");
        Path stderr = Files.createTempFile("vnu", ".log");
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // Output goes to files, not pipes: a full pipe nobody reads would block the checker.
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), MAIN,
                    "--stdout", "--format", "json", "--skip-non-html", root.toString())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the Nu HTML Checker did not finish in " + TIMEOUT_SECONDS + " s");
            }
            String json = Files.readString(stdout, StandardCharsets.UTF_8);
            Report report;
            try {
                report = parse(json, root);
            } catch (RuntimeException e) {
                throw new IllegalStateException("the Nu HTML Checker (exit " + process.exitValue()
                        + ") wrote no report I can read: " + e.getMessage() + "\n" + json + "\n"
                        + Files.readString(stderr, StandardCharsets.UTF_8), e);
            }
            // It exits 1 exactly when it found an error: anything else means the report and the run disagree.
            int expected = report.errors().isEmpty() ? 0 : 1;
            if (process.exitValue() != expected) {
                throw new IllegalStateException("the Nu HTML Checker exited with " + process.exitValue() + " but reported "
                        + report.errors().size() + " error(s):\n" + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            return report;
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    /** Reads the checker's JSON: {@code {"version": ..., "messages": [{"type", "subType", "url", ...}]}}. */
    static Report parse(String json, Path root) throws IOException {
        Map<String, Object> output = JsonReader.object(JsonReader.parse(json));
        List<Message> errors = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        for (Object item : JsonReader.array(output.get("messages"))) {
            Map<String, Object> message = JsonReader.object(item);
            String type = (String) message.get("type");
            // "error" (with subType "fatal" when the parser gave up) and "non-document-error" (a file it could not
            // read) fail; "info" is a warning or a note.
            boolean error = !"info".equals(type);
            int line = number(message, "firstLine", number(message, "lastLine", 0));
            int column = number(message, "firstColumn", number(message, "lastColumn", 0));
            String text = String.valueOf(message.get("message"));
            if (!error && message.get("subType") == null) {
                text = "(note) " + text;
            }
            (error ? errors : warnings).add(new Message(relative(root, message.get("url")), line, column, text));
        }
        errors.sort(Message.ORDER);
        warnings.sort(Message.ORDER);
        return new Report(String.valueOf(output.get("version")), pages(root), List.copyOf(errors), List.copyOf(warnings));
    }

    private static int number(Map<String, Object> message, String key, int otherwise) {
        Object value = message.get(key);
        return value instanceof Number n ? n.intValue() : otherwise;
    }

    /** The checker names files by {@code file:} URL, with {@code ./} left in and spaces escaped. */
    private static String relative(Path root, Object url) {
        if (url == null) {
            return "(no file)";
        }
        try {
            Path file = Path.of(URI.create(url.toString())).normalize();
            if (file.startsWith(root)) {
                return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            }
        } catch (IllegalArgumentException e) {
            // Not a file URL (or not a path of this system): show it as the checker wrote it.
        }
        return url.toString();
    }

    private static int pages(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return (int) files.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html"))
                    .filter(Files::isRegularFile).count();
        }
    }
}
