package dev.playbooks.search;

import dev.playbooks.model.Language;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Puts the words of one language into stem groups, so that a reader's {@code medewerkers} finds
 * {@code medewerker} and {@code empowered} finds {@code empowerment}. Snowball does the stemming; a few rules
 * around it cover what it leaves apart:
 * <ul>
 * <li>English: the Porter2 stem is stemmed once more, because Porter2 strips only one suffix
 * ({@code empowerment} → {@code empower}, {@code empowered} → {@code empow}).</li>
 * <li>Dutch: diminutives are undone first ({@code stapjes}, {@code mannetje}), and a doubled final consonant
 * after stemming is undoubled ({@code stappen} → {@code stapp} → {@code stap}); Snowball's Dutch only undoubles
 * k, d and t.</li>
 * </ul>
 * Not thread-safe (Snowball stemmers keep state): one instance per thread.
 */
final class Stemmers {
    private final Language language;
    private final SnowballStemmer snowball;

    Stemmers(Language language) {
        this.language = language;
        this.snowball = snowballName(language).map(Stemmers::instantiate).orElse(null);
    }

    /** Snowball's name for the language ("Dutch", "English"), when Lucene ships a stemmer for it. */
    static Optional<String> snowballName(Language language) {
        String name = new Locale(language.code()).getDisplayLanguage(Locale.ENGLISH).replace(" ", "");
        if (name.isEmpty() || name.equalsIgnoreCase(language.code())) {
            return Optional.empty();
        }
        try {
            Class.forName(className(name));
            return Optional.of(name);
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static String className(String snowballName) {
        return "org.tartarus.snowball.ext." + snowballName + "Stemmer";
    }

    private static SnowballStemmer instantiate(String snowballName) {
        try {
            return (SnowballStemmer) Class.forName(className(snowballName)).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the Snowball stemmer for " + snowballName,
                    e instanceof InvocationTargetException target ? target.getCause() : e);
        }
    }

    /**
     * A word's stem group: the key that every word of the group shares, and the stems a reader's word may start with
     * when it means a word of the group (the key, and for English the single-stemmed form first, {@code empower},
     * which {@code empowers} starts with).
     */
    record Stemmed(String group, List<String> stems) {
    }

    /** The word's stem group, stemming it once (English: twice), however many forms the group needs. */
    Stemmed stemmed(String word) {
        return switch (language.code()) {
            case "en" -> {
                String once = stem(word);
                String twice = stem(once);
                yield new Stemmed(twice, once.equals(twice) ? List.of(once) : List.of(once, twice));
            }
            case "nl" -> only(undouble(stem(withoutDiminutive(word))));
            default -> only(stem(word));
        };
    }

    private static Stemmed only(String group) {
        return new Stemmed(group, List.of(group));
    }

    /** The key that every word of a stem group shares. */
    String group(String word) {
        return stemmed(word).group();
    }

    /** The stems a reader's word may start with when it means a word of this group, in {@link Stemmed}'s order. */
    Set<String> stems(String word) {
        return new LinkedHashSet<>(stemmed(word).stems());
    }

    private String stem(String word) {
        if (snowball == null) {
            return word;
        }
        snowball.setCurrent(word);
        snowball.stem();
        return snowball.getCurrent();
    }

    /**
     * Undoes a Dutch diminutive by its spelling rules, so that the stem of the plain word remains: {@code stapjes}
     * → {@code stap}, {@code mannetje} → {@code man}, {@code boompje} → {@code boom}, {@code stoeltje} →
     * {@code stoel}, {@code plantje} → {@code plant}. A word that only looks like one is left alone
     * ({@code vrije}).
     */
    static String withoutDiminutive(String word) {
        String base = word.endsWith("jes") ? word.substring(0, word.length() - 1)
                : word.endsWith("je") ? word : null;
        if (base == null || base.length() < 5) {
            return word;
        }
        String rest = base.substring(0, base.length() - 2);
        if (rest.endsWith("et") && rest.length() >= 5 && isDoubled(rest.substring(0, rest.length() - 2))) {
            return undouble(rest.substring(0, rest.length() - 2));
        }
        if (rest.endsWith("t") && takesTje(rest.substring(0, rest.length() - 1))) {
            return rest.substring(0, rest.length() - 1);
        }
        if (rest.endsWith("mp")) {
            return rest.substring(0, rest.length() - 1);
        }
        return isConsonant(rest.charAt(rest.length() - 1)) && rest.charAt(rest.length() - 1) != 'j' ? rest : word;
    }

    /** Diminutive -tje follows a vowel, a w, or l, n, r after a long vowel: stoel-tje, tuin-tje, vrouw-tje. */
    private static boolean takesTje(String stem) {
        int n = stem.length();
        if (n < 2) {
            return false;
        }
        char last = stem.charAt(n - 1);
        if (!isConsonant(last) || last == 'w') {
            return true;
        }
        return "lnr".indexOf(last) >= 0 && n >= 3 && !isConsonant(stem.charAt(n - 2))
                && !isConsonant(stem.charAt(n - 3));
    }

    private static boolean isDoubled(String word) {
        int n = word.length();
        return n >= 2 && word.charAt(n - 1) == word.charAt(n - 2) && isConsonant(word.charAt(n - 1));
    }

    /** Drops the second of two equal final consonants: {@code stapp} → {@code stap}. */
    static String undouble(String word) {
        int n = word.length();
        if (n >= 3 && word.charAt(n - 1) == word.charAt(n - 2) && isConsonant(word.charAt(n - 1))) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
    }
}
