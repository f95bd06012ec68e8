package dev.playbooks.content;

import dev.playbooks.problem.Problems;
import dev.playbooks.text.Controls;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads small YAML documents (front matter, UI strings) safely: SnakeYAML only composes the node tree, never
 * constructs objects, and the loader refuses aliases to collections, deep nesting, recursive keys and very large
 * input. Duplicate keys are reported here, with the line of the second one.
 */
final class YamlReader {
    private static final int MAX_DEPTH = 20;
    private static final int MAX_CODE_POINTS = 256 * 1024;
    private static final Set<String> CORE_TAGS = Set.of(Tag.STR.getValue(), Tag.INT.getValue(),
            Tag.FLOAT.getValue(), Tag.BOOL.getValue(), Tag.NULL.getValue(), Tag.SEQ.getValue(), Tag.MAP.getValue());

    private YamlReader() {
    }

    /**
     * Parses {@code text}, which starts at 1-based {@code firstLine} of {@code file}. Problems go to
     * {@code problems}; the result is empty for an empty document or when the text is not valid YAML.
     */
    static Optional<YamlValue> read(String text, String file, int firstLine, Problems problems) {
        Yaml yaml = new Yaml(new SafeConstructor(options()));
        Node root;
        try {
            if (text.indexOf('!') >= 0 && !tagsAreCore(yaml, text, file, firstLine, problems)) {
                return Optional.empty();
            }
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = placeOf(e, text);
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            int column = mark == null ? 1 : mark.getColumn() + 1;
            problems.error(file, line, column, "YAML syntax: " + e.getProblem(), YamlHints.forProblem(e.getProblem()));
            return Optional.empty();
        } catch (YAMLException e) {
            reportLimit(yaml, text, file, firstLine, e, problems);
            return Optional.empty();
        }
        if (root == null) {
            return Optional.empty();
        }
        return Optional.of(convert(root, file, firstLine, problems));
    }

    /**
     * Where the author should look. A construct left open (a quote, a bracket) is only found wrong at the end of
     * the text, which is the closing fence: the place it was opened says more.
     */
    private static Mark placeOf(MarkedYAMLException e, String text) {
        Mark problem = e.getProblemMark();
        Mark context = e.getContextMark();
        boolean atEnd = problem != null && problem.getIndex() >= text.codePointCount(0, text.length()) - 1;
        String opened = String.valueOf(e.getContext());
        boolean leftOpen = opened.contains("flow");
        if (context != null && (problem == null || atEnd || leftOpen)) {
            return context;
        }
        return problem;
    }

    /**
     * YAML's tags ({@code !!binary}, {@code !note}) ask for a value to be read as something other than text; this
     * reader keeps text as written, so a tag would be silently ignored. Only the core tags, which change nothing,
     * may be written; every other is reported where it is.
     */
    private static boolean tagsAreCore(Yaml yaml, String text, String file, int firstLine, Problems problems) {
        boolean core = true;
        for (Event event : yaml.parse(new StringReader(text))) {
            String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                    : event instanceof CollectionStartEvent start ? start.getTag() : null;
            if (tag != null && !tag.equals("!") && !CORE_TAGS.contains(tag)) {
                Mark mark = event.getStartMark();
                problems.error(file, firstLine + mark.getLine(), mark.getColumn() + 1,
                        "the YAML tag '" + shortTag(tag) + "' is not supported",
                        "remove it: values are read as the text written (quote it if it starts with '!')");
                core = false;
            }
        }
        return core;
    }

    private static String shortTag(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        return options;
    }

    /** Limit errors carry no mark: find the alias that broke the rule so the author sees where it is. */
    private static void reportLimit(Yaml yaml, String text, String file, int firstLine, YAMLException e,
                                    Problems problems) {
        Optional<Mark> alias = firstCollectionAlias(yaml, text);
        if (alias.isPresent()) {
            problems.error(file, firstLine + alias.get().getLine(), alias.get().getColumn() + 1,
                    "YAML alias to a list or mapping is not allowed",
                    "write the value out in full instead of using an anchor (&) and an alias (*)");
        } else {
            problems.error(file, firstLine, 1, "YAML refused: " + e.getMessage(),
                    "keep front matter and UI strings small and flat (at most " + MAX_DEPTH + " levels deep)");
        }
    }

    private static Optional<Mark> firstCollectionAlias(Yaml yaml, String text) {
        Set<String> collectionAnchors = new HashSet<>();
        try {
            for (Event event : yaml.parse(new StringReader(text))) {
                if (event instanceof CollectionStartEvent start && start.getAnchor() != null) {
                    collectionAnchors.add(start.getAnchor());
                } else if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor())) {
                    return Optional.of(alias.getStartMark());
                }
            }
        } catch (YAMLException ignored) {
            // The caller reports the original error without a place.
        }
        return Optional.empty();
    }

    private static YamlValue convert(Node node, String file, int firstLine, Problems problems) {
        int line = firstLine + node.getStartMark().getLine();
        int column = node.getStartMark().getColumn() + 1;
        if (node instanceof ScalarNode scalar) {
            int control = Controls.indexOfForbidden(scalar.getValue(), 0);
            if (control >= 0) {
                problems.error(file, line, column, "the value holds the invisible control character "
                                + Controls.name(scalar.getValue().codePointAt(control)) + ", written as an escape",
                        "remove the escape (such as \\u202E or \\x07) from the quoted text");
            }
            return new YamlValue.Scalar(scalar.getValue(), line, column);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlValue> items = new ArrayList<>();
            sequence.getValue().forEach(item -> items.add(convert(item, file, firstLine, problems)));
            return new YamlValue.Sequence(items, line, column);
        }
        MappingNode mapping = (MappingNode) node;
        List<YamlValue.Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int keyLine = firstLine + keyNode.getStartMark().getLine();
            int keyColumn = keyNode.getStartMark().getColumn() + 1;
            if (!(keyNode instanceof ScalarNode key)) {
                problems.error(file, keyLine, keyColumn, "a key must be a plain name",
                        "write keys as simple words, e.g. title:");
                continue;
            }
            Integer firstSeen = seen.putIfAbsent(key.getValue(), keyLine);
            if (firstSeen != null) {
                problems.error(file, keyLine, keyColumn,
                        "duplicate key '" + key.getValue() + "' (first given on line " + firstSeen + ")",
                        "keep one '" + key.getValue() + ":' line and delete the other");
                continue;
            }
            entries.add(new YamlValue.Entry(key.getValue(), keyLine, keyColumn,
                    convert(tuple.getValueNode(), file, firstLine, problems)));
        }
        return new YamlValue.Mapping(entries, line, column);
    }
}
