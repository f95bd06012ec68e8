package dev.playbooks.content;

import dev.playbooks.model.TagPair;
import dev.playbooks.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the tag pairs a UI strings file states beside its strings: under {@code tagPairs}, per other language, each
 * tag of the file's language with the tag of that language that is the same topic. Only the shape is checked here;
 * whether the tags and languages exist is a question for the whole site.
 */
final class TagPairReader {
    static final String KEY = "tagPairs";
    private static final String EXAMPLE = "nest pairs under the other language's code: " + KEY
            + ":, then  en:, then one line per pair such as  vertrouwen: trust";

    private TagPairReader() {
    }

    static List<TagPair> read(YamlValue value, String file, Problems problems) {
        List<TagPair> pairs = new ArrayList<>();
        for (YamlValue.Entry language : entries(value, "'" + KEY + "'", file, problems)) {
            TagPair.Written other = new TagPair.Written(language.key(), language.line(), language.column());
            for (YamlValue.Entry pair : entries(language.value(), "'" + KEY + "." + language.key() + "'", file,
                    problems)) {
                pairWith(pair, other, file, problems).ifPresent(pairs::add);
            }
        }
        return pairs;
    }

    private static Optional<TagPair> pairWith(YamlValue.Entry pair, TagPair.Written otherLanguage,
                                                        String file, Problems problems) {
        TagPair.Written tag = new TagPair.Written(pair.key(), pair.line(), pair.column());
        if (pair.value() instanceof YamlValue.Scalar scalar && !scalar.text().isBlank()) {
            return Optional.of(new TagPair(file, tag, otherLanguage,
                    new TagPair.Written(scalar.text().strip(), scalar.line(), scalar.column())));
        }
        boolean blank = pair.value() instanceof YamlValue.Scalar;
        problems.error(file, blank ? pair.line() : pair.value().line(), blank ? pair.column() : pair.value().column(),
                "'" + pair.key() + "' must be paired with one tag of '" + otherLanguage.text() + "', found "
                        + (blank ? "none" : pair.value().kind()),
                "write the tag after the colon, e.g.  " + pair.key() + ": trust");
        return Optional.empty();
    }

    /** The entries of a mapping; nothing written (a key with no value) has none, anything else is a mistake. */
    private static List<YamlValue.Entry> entries(YamlValue value, String name, String file, Problems problems) {
        if (value instanceof YamlValue.Mapping mapping) {
            return mapping.entries();
        }
        if (!(value instanceof YamlValue.Scalar scalar && scalar.text().isBlank())) {
            problems.error(file, value.line(), value.column(),
                    name + " must be a set of key: value pairs, found " + value.kind(), EXAMPLE);
        }
        return List.of();
    }
}
