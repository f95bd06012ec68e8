package dev.playbooks.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Slugs spell Latin text a character at a time; these hold that to what ICU's Latin-ASCII makes of the whole text.
 * A slug of ASCII text is not transliterated, so {@code slugify(icu(text))} is the slug ICU alone would give.
 */
class SlugsTest {
    private static final Transliterator LATIN_TO_ASCII = Transliterator.getInstance("Latin-ASCII");
    private static final Transliterator ANY_TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    /** The characters spelled one at a time, as ranges of [first, end). */
    private static final int[][] LATIN = {{0x80, 0x250}, {0x1E00, 0x1F00}, {0x2000, 0x2070}};

    @Test
    void everyLatinCharacterBetweenWordsIsSpelledAsIcuSpellsIt() {
        for (int[] range : LATIN) {
            for (char c = (char) range[0]; c < range[1]; c++) {
                String text = "Plan " + c + "x" + c + c + " een";
                assertEquals(Slugs.slugify(LATIN_TO_ASCII.transliterate(text)), Slugs.slugify(text),
                        () -> "U+" + Integer.toHexString(text.charAt(5)));
            }
        }
    }

    @Test
    void latinTextIsSpelledAsIcuSpellsItWhole() {
        Random random = new Random(20_261_201);
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random, false);
            assertEquals(Slugs.slugify(LATIN_TO_ASCII.transliterate(text)), Slugs.slugify(text), text);
        }
    }

    /** One character of another script, anywhere, sends the whole text through Any-Latin as before. */
    @Test
    void textWithAnotherScriptIsTransliteratedWhole() {
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            String text = randomText(random, true);
            assertEquals(Slugs.slugify(ANY_TO_ASCII.transliterate(text)), Slugs.slugify(text), text);
        }
        assertEquals("moskva-een-dag", Slugs.slugify("Москва — één dag"));
        assertEquals("strasse-aeon-ij", Slugs.slugify("Straße Æon ĳ"));
    }

    private static String randomText(Random random, boolean otherScripts) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(24);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(otherScripts ? 5 : 4);
            if (kind == 0) {
                text.append((char) (0x20 + random.nextInt(0x5F)));
            } else if (kind == 4) {
                text.append((char) (0x0400 + random.nextInt(0x100)));
            } else {
                int[] range = LATIN[kind - 1];
                text.append((char) (range[0] + random.nextInt(range[1] - range[0])));
            }
        }
        return text.toString();
    }
}
