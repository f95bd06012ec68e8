package dev.playbooks.i18n;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import dev.playbooks.model.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The words of a text as search sees them: split where the language's word-break rules split (Unicode UAX #29),
 * then folded so that case, accents and ligatures do not matter ({@code Coördineren} and {@code coordineren},
 * {@code ĳ} and {@code ij}). The browser's search script does exactly the same with the same rules, so a reader's
 * query meets the index on equal terms; {@code src/test/resources/search/folding-vectors.tsv} holds both to it.
 * Thread-safe.
 */
public final class Words {
    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();

    private final BreakIterator prototype;

    public Words(Language language) {
        this.prototype = BreakIterator.getWordInstance(new ULocale(language.code()));
    }

    /** The folded words of {@code text}, in order. */
    public List<String> of(String text) {
        List<String> words = new ArrayList<>();
        forEach(text, words::add);
        return words;
    }

    /**
     * Hands each folded word of {@code text} to {@code word}, in order, without collecting them; returns how many
     * words a reader reads there, counted as {@link LanguageRules#countWords} counts them, so the search analysis
     * can give a page its length without a second pass of the word-break rules.
     */
    public int forEach(String text, Consumer<String> word) {
        BreakIterator breaks = prototype.clone();
        if (!isSimpleLatin(text)) {
            return forEachBroken(text, breaks, word);
        }
        int count = 0;
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && !isSeparator(text.charAt(end))) {
                end++;
            }
            if (end > start) {
                count += forEachInChunk(text, start, end, breaks, word);
            }
            start = end + 1;
        }
        return count;
    }

    /**
     * The words of a run of text between spaces or line breaks. The word-break rules always break at a space or a
     * line break, and in text of simple Latin letters they join nothing across one, so a run breaks as it would
     * in its text. Most runs are one word, maybe in brackets or followed by a comma or full stop: those are taken
     * as they are. Any other run is broken by the rules, on its own.
     */
    private static int forEachInChunk(String text, int start, int end, BreakIterator breaks,
                                      Consumer<String> word) {
        int first = start;
        while (first < end && isEdgePunctuation(text.charAt(first))) {
            first++;
        }
        int last = end;
        while (last > first && isEdgePunctuation(text.charAt(last - 1))) {
            last--;
        }
        if (first == last) {
            return 0;
        }
        boolean ascii = true;
        for (int i = first; i < last; i++) {
            char c = text.charAt(i);
            if (!isAsciiLetterOrDigit(c)) {
                if (!isLatinLetter(c)) {
                    return forEachBroken(text.substring(start, end), breaks, word);
                }
                ascii = false;
            }
        }
        if (ascii) {
            word.accept(asciiLowerCase(text, first, last));
        } else {
            split(fold(text.substring(first, last)), word);
        }
        return 1;
    }

    /** What {@link #forEach} hands on and counts, from the word-break rules over the whole text: its reference. */
    int forEachBrokenWhole(String text, Consumer<String> word) {
        return forEachBroken(text, prototype.clone(), word);
    }

    /** The words of {@code text} where the language's word-break rules put them. */
    private static int forEachBroken(String text, BreakIterator breaks, Consumer<String> word) {
        breaks.setText(text);
        int count = 0;
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            if (breaks.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                count++;
                split(fold(text.substring(start, end)), word);
            }
        }
        return count;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\n';
    }

    /**
     * Marks that open or close a word but never join two (as a full stop does in {@code e.g}, or an apostrophe in
     * {@code auto's}) when a space or the run's end is on their other side.
     */
    private static boolean isEdgePunctuation(char c) {
        return switch (c) {
            case '(', ')', '[', ']', ',', '.', ';', ':', '!', '?', '"', '\'', '\u2018', '\u2019', '\u201C',
                 '\u201D' -> true;
            default -> false;
        };
    }

    /** Letters of Latin-1 and Latin Extended-A, each a letter to the word-break rules, such as é, ë, ĳ. */
    private static boolean isLatinLetter(char c) {
        return c >= 0xC0 && c <= 0x17F && c != 0xD7 && c != 0xF7;
    }

    /**
     * Whether the text is all Latin script and general punctuation, without marks or invisible format characters,
     * which the word-break rules attach to what comes before them even across a space; other scripts can break by
     * dictionary. Any other text is broken by the rules whole.
     */
    private static boolean isSimpleLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                if (!(c < 0x0250 || c >= 0x2000 && c < 0x2070)) {
                    return false;
                }
                int type = UCharacter.getType(c);
                if (type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
                        || type == UCharacterCategory.COMBINING_SPACING_MARK || type == UCharacterCategory.FORMAT) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Plain ASCII letters and digits, lowered: what folding makes of them and splitting leaves whole. */
    private static String asciiLowerCase(String text, int start, int end) {
        byte[] lowered = new byte[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            lowered[i - start] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return new String(lowered, StandardCharsets.ISO_8859_1);
    }

    /**
     * Within one word-break segment, apostrophes are dropped ({@code auto's} is {@code autos}, as a reader types it
     * without) and any other joiner the break rules allow, such as the dots of {@code e.g}, separates words.
     */
    private static void split(String folded, Consumer<String> word) {
        if (isAsciiLetterOrDigit(folded)) {
            // Most words are plain ASCII letters and digits already: nothing to drop or split.
            word.accept(folded);
            return;
        }
        StringBuilder current = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\'') {
                continue;
            }
            if (isLetterOrNumber(c)) {
                current.appendCodePoint(c);
            } else if (current.length() > 0) {
                word.accept(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            word.accept(current.toString());
        }
    }

    private static boolean isAsciiLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isAsciiLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }

    private static boolean isLetterOrNumber(int c) {
        int type = UCharacter.getType(c);
        return switch (type) {
            case UCharacterCategory.UPPERCASE_LETTER, UCharacterCategory.LOWERCASE_LETTER,
                 UCharacterCategory.TITLECASE_LETTER, UCharacterCategory.MODIFIER_LETTER,
                 UCharacterCategory.OTHER_LETTER, UCharacterCategory.DECIMAL_DIGIT_NUMBER,
                 UCharacterCategory.LETTER_NUMBER, UCharacterCategory.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /**
     * Lower case, compatibility decomposition (ligatures and {@code ĳ} fall apart into letters), marks and invisible
     * format characters removed, lower case again (a decomposition can bring back a capital), and the few Latin
     * letters that do not decompose spelled out: {@code ß} is {@code ss}, {@code æ} is {@code ae}, {@code ø} is
     * {@code o}. Curly apostrophes become straight ones.
     */
    public static String fold(String text) {
        if (isPlainAscii(text)) {
            return asciiLowerCase(text);
        }
        String decomposed = NFKD.normalize(UCharacter.toLowerCase(ULocale.ROOT, text));
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = UCharacter.getType(c);
            if (type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
                    || type == UCharacterCategory.FORMAT) {
                continue;
            }
            String spelled = spelledOut(c);
            if (spelled != null) {
                folded.append(spelled);
            } else {
                folded.appendCodePoint(c);
            }
        }
        return UCharacter.toLowerCase(ULocale.ROOT, folded.toString());
    }

    /** Letters that compatibility decomposition leaves alone but readers write without their stroke or joint. */
    private static String spelledOut(int c) {
        return switch (c) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ø' -> "o";
            case 'đ', 'ð' -> "d";
            case 'þ' -> "th";
            case 'ł' -> "l";
            case 'ı' -> "i";
            case 'ς' -> "σ";
            case '\u2018', '\u2019', '\u02BC' -> "'";
            default -> null;
        };
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String asciiLowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
