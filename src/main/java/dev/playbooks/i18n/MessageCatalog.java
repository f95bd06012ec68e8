package dev.playbooks.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import dev.playbooks.model.Language;
import dev.playbooks.model.UiString;
import dev.playbooks.problem.Problems;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks the UI strings of all languages together (every pattern well-formed, every key present in every
 * language) and compiles them into one {@link Messages} per language.
 */
public final class MessageCatalog {
    private MessageCatalog() {
    }

    public static Map<Language, Messages> compile(Map<Language, Map<String, UiString>> strings,
                                                  Map<Language, String> files, Problems problems) {
        TreeSet<String> allKeys = new TreeSet<>();
        strings.values().forEach(byKey -> allKeys.addAll(byKey.keySet()));
        Map<Language, Messages> catalog = new HashMap<>();
        strings.forEach((language, byKey) -> {
            ULocale locale = new ULocale(language.code());
            Map<String, MessageFormat> formats = new HashMap<>();
            byKey.values().forEach(string -> compileOne(string, locale, problems)
                    .ifPresent(format -> formats.put(string.key(), format)));
            for (String key : allKeys) {
                if (!byKey.containsKey(key)) {
                    UiString elsewhere = findElsewhere(strings, key);
                    problems.error(files.get(language), 1, 1,
                            "UI string '" + key + "' is missing in this language",
                            "add '" + key + "' to this file; " + elsewhere.file() + ":" + elsewhere.line()
                                    + " has it as \"" + elsewhere.pattern() + "\"");
                }
            }
            catalog.put(language, new Messages(language, formats, byKey.keySet(), files.get(language)));
        });
        return catalog;
    }

    private static java.util.Optional<MessageFormat> compileOne(UiString string, ULocale locale, Problems problems) {
        try {
            return java.util.Optional.of(new MessageFormat(string.pattern(), locale));
        } catch (IllegalArgumentException e) {
            problems.error(string.file(), string.line(), string.column(),
                    "UI string '" + string.key() + "' is not a valid ICU message pattern: " + e.getMessage(),
                    "check the braces and apostrophes, e.g. \"{count, plural, one {# step} other {# steps}}\"; "
                            + "write '' for a literal apostrophe");
            return java.util.Optional.empty();
        }
    }

    private static UiString findElsewhere(Map<Language, Map<String, UiString>> strings, String key) {
        return strings.values().stream()
                .map(byKey -> byKey.get(key))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow();
    }
}
