package dev.playbooks.i18n;

import com.ibm.icu.text.MessageFormat;
import dev.playbooks.model.Language;
import java.util.Map;
import java.util.Set;

/** The UI strings of one language, ready to format with named arguments. */
public final class Messages {
    private final Language language;
    private final Map<String, MessageFormat> formats;
    private final Set<String> keys;
    private final String file;

    /** @param keys every key the file defines, including any whose pattern did not compile */
    Messages(Language language, Map<String, MessageFormat> formats, Set<String> keys, String file) {
        this.language = language;
        this.formats = Map.copyOf(formats);
        this.keys = Set.copyOf(keys);
        this.file = file;
    }

    public Language language() {
        return language;
    }

    public boolean has(String key) {
        return keys.contains(key);
    }

    public Set<String> keys() {
        return keys;
    }

    /**
     * Formats the string {@code key} with named arguments, e.g. {@code format("steps", Map.of("count", 3))}.
     *
     * @throws IllegalArgumentException when the key does not exist, naming the i18n file
     */
    public String format(String key, Map<String, Object> arguments) {
        MessageFormat format = formats.get(key);
        if (format == null) {
            throw new IllegalArgumentException("UI string '" + key + "' is not defined (or not valid) in " + file);
        }
        // ICU's MessageFormat keeps state while formatting; the lock is per string and held for microseconds.
        synchronized (format) {
            return format.format(arguments);
        }
    }
}
