package dev.playbooks.content;

import dev.playbooks.i18n.Slugs;
import dev.playbooks.model.FrontMatter;
import dev.playbooks.model.Language;
import dev.playbooks.model.SourceVersion;
import dev.playbooks.problem.Problems;
import dev.playbooks.problem.Suggestions;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks a playbook's front matter field by field and reports every mistake with its line and a fix. */
final class FrontMatterReader {
    static final List<String> KNOWN_KEYS =
            List.of("title", "summary", "translationKey", "tags", "audience", "updated", "draft", "weight",
                    "translatedFrom");

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern SOURCE_VERSION =
            Pattern.compile("([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)@([0-9a-f]{" + SourceVersion.HASH_LENGTH + "})");

    private final String file;
    private final Problems problems;

    private FrontMatterReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Reads the fields; empty when a required field is missing or any field is wrong. */
    static Optional<FrontMatter> read(FrontMatterSplit split, String file, String slug, Problems problems) {
        Problems local = new Problems();
        Optional<YamlValue> root = YamlReader.read(split.yaml(), file, split.yamlLine(), local);
        Optional<FrontMatter> fields = root.isEmpty() && local.hasErrors()
                ? Optional.empty()
                : new FrontMatterReader(file, local).fields(root.orElse(null), slug);
        problems.addAll(local.sorted());
        return local.hasErrors() ? Optional.empty() : fields;
    }

    private Optional<FrontMatter> fields(YamlValue root, String slug) {
        if (root != null && !(root instanceof YamlValue.Mapping)) {
            problems.error(file, root.line(), root.column(), "front matter must be 'key: value' lines, found "
                    + root.kind(), "write e.g. title: \"Trust at work\" on its own line");
            return Optional.empty();
        }
        Map<String, YamlValue.Entry> byKey = new HashMap<>();
        if (root != null) {
            for (YamlValue.Entry entry : ((YamlValue.Mapping) root).entries()) {
                if (KNOWN_KEYS.contains(entry.key())) {
                    byKey.put(entry.key(), entry);
                } else {
                    warnUnknown(entry);
                }
            }
        }
        Map<String, Integer> lines = new HashMap<>();
        byKey.forEach((key, entry) -> lines.put(key, entry.line()));
        String title = requiredText(byKey, "title", "title: \"Trust at work\"");
        String summary = requiredText(byKey, "summary", "summary: \"What this playbook helps you do.\"");
        String translationKey = optional(byKey, "translationKey").map(this::translationKey).orElse(slug);
        List<String> tags = optional(byKey, "tags").map(entry -> words(entry, "tags: [trust, delegation]"))
                .orElse(List.of());
        List<String> audience = optional(byKey, "audience")
                .map(entry -> words(entry, "audience: [leaders, professionals]")).orElse(List.of());
        Optional<LocalDate> updated = optional(byKey, "updated").flatMap(this::date);
        boolean draft = optional(byKey, "draft").map(this::flag).orElse(false);
        int weight = optional(byKey, "weight").map(this::integer).orElse(0);
        Optional<SourceVersion> translatedFrom = optional(byKey, "translatedFrom").flatMap(this::sourceVersion);
        if (title == null || summary == null) {
            return Optional.empty();
        }
        return Optional.of(new FrontMatter(title, summary, translationKey, tags, audience, updated, draft, weight,
                lines, translatedFrom));
    }

    private void warnUnknown(YamlValue.Entry entry) {
        String nearest = Suggestions.nearest(entry.key(), KNOWN_KEYS);
        String hint = nearest == null
                ? "known keys are " + String.join(", ", KNOWN_KEYS)
                : "did you mean '" + nearest + "'?";
        problems.warning(file, entry.line(), entry.column(), "unknown front matter key '" + entry.key() + "'",
                hint);
    }

    private static Optional<YamlValue.Entry> optional(Map<String, YamlValue.Entry> byKey, String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    private String requiredText(Map<String, YamlValue.Entry> byKey, String key, String example) {
        YamlValue.Entry entry = byKey.get(key);
        if (entry == null) {
            problems.error(file, 1, 1, "front matter has no '" + key + "'", "add a line such as " + example);
            return null;
        }
        return text(entry, example);
    }

    private String text(YamlValue.Entry entry, String example) {
        if (!(entry.value() instanceof YamlValue.Scalar scalar)) {
            wrongType(entry, "text", example);
            return null;
        }
        if (scalar.text().isBlank()) {
            problems.error(file, entry.line(), entry.column(), "'" + entry.key() + "' is empty",
                    "write it out, e.g. " + example);
            return null;
        }
        return scalar.text().strip();
    }

    private String translationKey(YamlValue.Entry entry) {
        String key = text(entry, "translationKey: trust-at-work");
        if (key != null && !Slugs.isSlug(key)) {
            String suggestion = Slugs.slugify(key);
            problems.error(file, entry.value().line(), entry.value().column(),
                    "translationKey '" + key + "' must be lower-case letters, digits and hyphens",
                    suggestion.isEmpty() ? "use e.g. translationKey: trust-at-work"
                            : "use translationKey: " + suggestion + " (the same in every language)");
        }
        return key;
    }

    private List<String> words(YamlValue.Entry entry, String example) {
        if (!(entry.value() instanceof YamlValue.Sequence sequence)) {
            wrongType(entry, "a list", example);
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (YamlValue item : sequence.items()) {
            if (item instanceof YamlValue.Scalar scalar && entry.key().equals("tags")
                    && Slugs.isWindowsReserved(Slugs.slugify(scalar.text()))) {
                problems.error(file, item.line(), item.column(), "the tag '" + scalar.text().strip()
                                + "' cannot be used: its page's folder would have a name Windows refuses",
                        "use a longer word for the topic");
            } else if (item instanceof YamlValue.Scalar scalar && !scalar.text().isBlank()
                    && !Slugs.slugify(scalar.text()).isEmpty()) {
                words.add(scalar.text().strip());
            } else {
                problems.error(file, item.line(), item.column(),
                        "each item of '" + entry.key() + "' must be a word or short phrase", "write e.g. " + example);
            }
        }
        return words;
    }

    private Optional<LocalDate> date(YamlValue.Entry entry) {
        String example = "updated: 2026-11-22";
        if (entry.value() instanceof YamlValue.Scalar scalar && ISO_DATE.matcher(scalar.text()).matches()) {
            try {
                return Optional.of(LocalDate.parse(scalar.text()));
            } catch (DateTimeException e) {
                problems.error(file, scalar.line(), scalar.column(), "'" + scalar.text() + "' is not a real date",
                        "check the month and day, e.g. " + example);
                return Optional.empty();
            }
        }
        wrongType(entry, "a date written as YYYY-MM-DD", example);
        return Optional.empty();
    }

    /** {@code translatedFrom: en@3f2a9c1d}: the source's language and the version this translation matches. */
    private Optional<SourceVersion> sourceVersion(YamlValue.Entry entry) {
        if (entry.value() instanceof YamlValue.Scalar scalar) {
            Matcher matcher = SOURCE_VERSION.matcher(scalar.text().strip());
            if (matcher.matches()) {
                return Optional.of(new SourceVersion(new Language(matcher.group(1)), matcher.group(2)));
            }
        }
        YamlValue value = entry.value();
        String found = value instanceof YamlValue.Scalar scalar ? "'" + scalar.text() + "'" : value.kind();
        problems.error(file, value.line(), value.column(),
                "'translatedFrom' must be the source's language and version, such as en@3f2a9c1d, found " + found,
                "run 'playbooks translations' to see each source's current version, or start the translation "
                        + "with 'playbooks translate'");
        return Optional.empty();
    }

    private boolean flag(YamlValue.Entry entry) {
        if (entry.value() instanceof YamlValue.Scalar scalar) {
            String value = scalar.text().toLowerCase(Locale.ROOT);
            if (value.equals("true") || value.equals("false")) {
                return value.equals("true");
            }
        }
        wrongType(entry, "true or false", "draft: true");
        return false;
    }

    private int integer(YamlValue.Entry entry) {
        if (entry.value() instanceof YamlValue.Scalar scalar && INTEGER.matcher(scalar.text()).matches()) {
            return Integer.parseInt(scalar.text());
        }
        wrongType(entry, "a whole number", "weight: 10");
        return 0;
    }

    private void wrongType(YamlValue.Entry entry, String expected, String example) {
        YamlValue value = entry.value();
        String found = value instanceof YamlValue.Scalar scalar ? "'" + scalar.text() + "'" : value.kind();
        problems.error(file, value.line(), value.column(),
                "'" + entry.key() + "' must be " + expected + ", found " + found, "write e.g. " + example);
    }
}
