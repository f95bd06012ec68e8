package dev.playbooks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CompoundsTest {
    /** What the index was built from before: the scanner must find exactly what this pattern finds. */
    private static final Pattern HYPHENATED = Pattern.compile("[\\p{L}\\p{N}]+(?:[-\u2010\u2011][\\p{L}\\p{N}]+)+");

    /** Letters of several scripts, digits and numbers, the three hyphens, and what separates words. */
    private static final String[] PIECES = {"a", "b", "é", "ë", "ĳ", "Ж", "漢", "3", "Ⅻ", "²", "-", "\u2010", "\u2011",
        "—", " ", ".", "'", "\n", "_", "😀", "\u0301"};

    private static List<String> scanned(String text) {
        List<String> found = new ArrayList<>();
        Compounds.each(text, found::add);
        return found;
    }

    private static List<String> matched(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = HYPHENATED.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    @Test
    void findsTheCompoundsOfRealText() {
        assertEquals(List.of("feed-forward", "één-op-ééngesprek", "check-in"),
                scanned("Give feed-forward in an één-op-ééngesprek -- or a check-in - not -this- one-."));
        assertEquals(List.of("check-in"), scanned("a -check-in-"));
    }

    @Test
    void findsWhatThePatternFindsInAnyText() {
        Random random = new Random(20261201);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertEquals(matched(text.toString()), scanned(text.toString()), text::toString);
        }
    }

    @Test
    void joinsACompoundWithoutItsHyphens() {
        assertEquals("feedforward", Compounds.joined("feed-forward"));
        assertEquals("eenopeen", Compounds.joined("een\u2010op\u2011een"));
    }
}
