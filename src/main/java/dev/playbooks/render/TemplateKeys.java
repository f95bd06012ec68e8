package dev.playbooks.render;

import dev.playbooks.i18n.Messages;
import dev.playbooks.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds every {@code t("key")} the templates use and checks that the key exists, so a missing UI string fails
 * the build at the template line even when no page happens to reach that branch of the template.
 */
public final class TemplateKeys {
    private static final Pattern CALL = Pattern.compile("\\bt\\(\\s*\"([^\"]+)\"");

    private TemplateKeys() {
    }

    public static void check(Path folder, String displayFolder, Messages messages, String i18nFolder,
                             Problems problems) throws IOException {
        for (Path template : templates(folder)) {
            String display = displayFolder + "/" + folder.relativize(template).toString().replace('\\', '/');
            List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher call = CALL.matcher(lines.get(i));
                while (call.find()) {
                    String key = call.group(1);
                    if (!messages.has(key)) {
                        problems.error(display, i + 1, call.start() + 1,
                                "UI string '" + key + "' is not defined",
                                "add '" + key + "' to every file in " + i18nFolder + "/");
                    }
                }
            }
        }
    }

    /** The template files under the folder (not the static assets). */
    public static List<Path> templates(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".ftlh") || file.toString().endsWith(".ftl"))
                    .sorted().toList();
        }
    }
}
