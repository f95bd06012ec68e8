package dev.playbooks.i18n;

import com.ibm.icu.text.MessageFormat;
import dev.playbooks.model.Language;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The UI strings of one language, ready to format with named arguments. */
public final class Messages {
    private final Language language;
    private final Map<String, MessageFormat> formats;
    private final Set<String> keys;
    private final String file;
    /**
     * ICU looks up plural rules and number formats on every call; pages ask for the same few strings with the
     * same few arguments thousands of times, so results are kept (up to a bound, as arguments could vary).
     */
    private final Map<List<Object>, String> formatted = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 50_000;

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
        List<Object> call = List.of(key, arguments);
        String known = formatted.get(call);
        if (known != null) {
            return known;
        }
        String text;
        // ICU's MessageFormat keeps state while formatting; the lock is per string and held for microseconds.
        synchronized (format) {
            text = format.format(arguments);
        }
        if (formatted.size() < MAX_REMEMBERED) {
            formatted.put(call, text);
        }
        return text;
    }
}
