package dev.playbooks.content;

import java.util.List;

/**
 * A YAML value as the author wrote it, with its 1-based place in the file. Scalars keep their exact text, so
 * YAML 1.1's guesses ({@code NO} as false, {@code 1.10} as 1.1, {@code 012} as octal) never reach a field that
 * wants text; each field decides for itself how to read its scalar.
 */
sealed interface YamlValue {
    int line();

    int column();

    /** What a reader of an error message would call this kind of value. */
    String kind();

    record Scalar(String text, int line, int column) implements YamlValue {
        @Override
        public String kind() {
            return "a single value";
        }
    }

    record Sequence(List<YamlValue> items, int line, int column) implements YamlValue {
        @Override
        public String kind() {
            return "a list";
        }
    }

    record Mapping(List<Entry> entries, int line, int column) implements YamlValue {
        @Override
        public String kind() {
            return "a set of key: value pairs";
        }
    }

    record Entry(String key, int line, int column, YamlValue value) {
    }
}
