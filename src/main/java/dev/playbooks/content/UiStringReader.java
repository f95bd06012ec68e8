package dev.playbooks.content;

import dev.playbooks.model.SourceFile;
import dev.playbooks.model.TagPair;
import dev.playbooks.model.UiString;
import dev.playbooks.problem.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code i18n/<lang>.yaml}: nested keys are joined with dots ({@code nav: {home: Home}} is
 * {@code nav.home}), each leaf is an ICU MessageFormat pattern. The top-level {@code tagPairs} is not a group of
 * strings but the tag pairs the author states beside them (see {@link TagPairReader}).
 */
public final class UiStringReader {
    private UiStringReader() {
    }

    /** The UI strings of the file, by key. */
    public static Map<String, UiString> read(Path file, ProjectLayout layout, Problems problems) {
        return readFile(file, layout, problems).strings();
    }

    /** The UI strings of the file, and the tag pairs it states. */
    public static UiStringFile readFile(Path file, ProjectLayout layout, Problems problems) {
        String display = layout.display(file);
        Map<String, UiString> strings = new LinkedHashMap<>();
        List<TagPair> pairs = new ArrayList<>();
        Optional<String> text = SourceReader.readText(new SourceFile(file, display, null, ""), problems);
        Optional<YamlValue> root = text.flatMap(yaml -> YamlReader.read(yaml, display, 1, problems));
        if (text.isPresent() && root.isEmpty() && !problems.hasErrors()) {
            problems.error(display, 1, 1, "the file has no UI strings", "add lines such as  site.title: \"Playbooks\"");
        }
        if (root.isPresent() && root.get() instanceof YamlValue.Mapping mapping) {
            for (YamlValue.Entry entry : mapping.entries()) {
                if (entry.key().equals(TagPairReader.KEY)) {
                    pairs.addAll(TagPairReader.read(entry.value(), display, problems));
                } else {
                    collect(entry.key(), entry.value(), display, strings, problems);
                }
            }
        } else {
            root.ifPresent(value -> collect("", value, display, strings, problems));
        }
        return new UiStringFile(strings, List.copyOf(pairs));
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
