package dev.playbooks.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VarintsTest {
    @Test
    void smallNumbersTakeOneCharacterAndAnyNumberComesBack() {
        int[] values = {0, 1, 31, 32, 1023, 1024, 65_535, 1 << 24, Integer.MAX_VALUE};
        StringBuilder text = new StringBuilder();
        for (int value : values) {
            Varints.append(text, value);
        }
        assertArrayEquals(values, Varints.decode(text.toString()));
        StringBuilder one = new StringBuilder();
        Varints.append(one, 31);
        assertEquals(1, one.length());
    }

    @Test
    void theAlphabetNeedsNoEscapingInsideAJavaScriptString() {
        assertEquals(64, Varints.ALPHABET.chars().distinct().count());
        assertEquals(Varints.ALPHABET, Varints.ALPHABET.replaceAll("[^A-Za-z0-9_-]", ""));
        assertThrows(IllegalArgumentException.class, () -> Varints.append(new StringBuilder(), -1));
    }
}
