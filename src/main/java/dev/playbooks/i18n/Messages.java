package dev.playbooks.i18n;

import com.ibm.icu.text.MessageFormat;
import dev.playbooks.model.Language;
import java.util.Map;
import java.util.Set;

/** The UI strings of one language, ready to format with named arguments. */
public final class Messages {
    private final Language language;
    private final Map<String, MessageFormat> formats;
    private final String file;

    Messages(Language language, Map<String, MessageFormat> formats, String file) {
        this.language = language;
        this.formats = Map.copyOf(formats);
        this.file = file;
    }

    public Language language() {
        return language;
    }

    public boolean has(String key) {
        return formats.containsKey(key);
    }

    public Set<String> keys() {
        return formats.keySet();
    }

    /**
     * Formats the string {@code key} with named arguments, e.g. {@code format("steps", Map.of("count", 3))}.
     *
     * @throws IllegalArgumentException when the key does not exist, naming the i18n file
     */
    public String format(String key, Map<String, Object> arguments) {
        MessageFormat format = formats.get(key);
        if (format == null) {
            throw new IllegalArgumentException("UI string '" + key + "' is not defined in " + file);
        }
        // ICU's MessageFormat keeps state while formatting; the lock is per string and held for microseconds.
        synchronized (format) {
            return format.format(arguments);
        }
    }
}
