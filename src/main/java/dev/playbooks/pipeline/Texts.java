package dev.playbooks.pipeline;

import dev.playbooks.i18n.Messages;
import dev.playbooks.model.Language;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UI strings pages show, each formatted once per run: most are the same on every page of a language (the
 * site's title, the language switcher's texts, a checklist's progress for each count), and formatting a message
 * costs more than looking it up.
 */
final class Texts {
    private record Key(Language language, String key, Map<String, Object> arguments) {
    }

    private final Map<Language, Messages> messages;
    private final Map<Key, String> formatted = new ConcurrentHashMap<>();

    Texts(Map<Language, Messages> messages) {
        this.messages = messages;
    }

    String format(Language language, String key, Map<String, Object> arguments) {
        return formatted.computeIfAbsent(new Key(language, key, arguments),
                unknown -> messages.get(language).format(key, arguments));
    }

    String format(Language language, String key) {
        return format(language, key, Map.of());
    }
}
