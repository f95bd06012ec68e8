package dev.playbooks.content;

import dev.playbooks.model.SourceFile;
import dev.playbooks.model.UiString;
import dev.playbooks.problem.Problems;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code i18n/<lang>.yaml}: nested keys are joined with dots ({@code nav: {home: Home}} is
 * {@code nav.home}), each leaf is an ICU MessageFormat pattern.
 */
public final class UiStringReader {
    private UiStringReader() {
    }

    public static Map<String, UiString> read(Path file, ProjectLayout layout, Problems problems) {
        String display = layout.display(file);
        Map<String, UiString> strings = new LinkedHashMap<>();
        Optional<String> text = SourceReader.readText(new SourceFile(file, display, null, ""), problems);
        if (text.isEmpty()) {
            return strings;
        }
        Optional<YamlValue> root = YamlReader.read(text.get(), display, 1, problems);
        if (root.isEmpty()) {
            if (!problems.hasErrors()) {
                problems.error(display, 1, 1, "the file has no UI strings", "add lines such as  site.title: \"Playbooks\"");
            }
            return strings;
        }
        collect("", root.get(), display, strings, problems);
        return strings;
    }

    private static void collect(String prefix, YamlValue value, String file, Map<String, UiString> strings,
                                Problems problems) {
        if (value instanceof YamlValue.Mapping mapping) {
            for (YamlValue.Entry entry : mapping.entries()) {
                collect(prefix.isEmpty() ? entry.key() : prefix + "." + entry.key(), entry.value(), file, strings,
                        problems);
            }
        } else if (value instanceof YamlValue.Scalar scalar && !prefix.isEmpty()) {
            strings.put(prefix, new UiString(prefix, scalar.text(), file, scalar.line(), scalar.column()));
        } else {
            problems.error(file, value.line(), value.column(),
                    "a UI string must be text, found " + value.kind() + (prefix.isEmpty() ? "" : " at '" + prefix + "'"),
                    "write key: \"text\", or nest keys under a group name");
        }
    }
}
