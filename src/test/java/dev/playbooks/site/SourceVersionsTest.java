package dev.playbooks.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A translation records its source's version, so the text that is hashed must not change with how it is worked out:
 * the one-pass normalisation is held to the plain one it replaced, on random text of the characters that matter.
 */
class SourceVersionsTest {
    @Test
    void trailingSpaceAndBlankLinesAtTheEndsAreDroppedAsLinesAndStripWouldDropThem() {
        String alphabet = "ab \t\u2003\u00A0\n\r.";
        Random random = new Random(11);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder body = new StringBuilder();
            for (int length = random.nextInt(40); length > 0; length--) {
                body.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(plainly(body.toString()), SourceVersions.withoutTrailingSpace(body.toString()),
                    () -> body.toString().replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    private static String plainly(String body) {
        List<String> lines = body.lines().map(String::stripTrailing).toList();
        int first = 0;
        int last = lines.size();
        while (first < last && lines.get(first).isEmpty()) {
            first++;
        }
        while (last > first && lines.get(last - 1).isEmpty()) {
            last--;
        }
        return String.join("\n", lines.subList(first, last));
    }
}
