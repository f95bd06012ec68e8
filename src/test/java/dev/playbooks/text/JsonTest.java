package dev.playbooks.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.playbooks.JsonReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void everyCharacterReadsBackAsItself() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate((char) c)) {
                all.append((char) c);
            }
        }
        all.append("\uD83D\uDE00 end");
        for (Json json : List.of(Json.READABLE, Json.SCRIPT)) {
            assertEquals(all.toString(), JsonReader.parse(json.string(all.toString())));
        }
    }

    @Test
    void scriptStringsEscapeWhatCouldEndAStringOrAScript() {
        assertEquals("\"\\u003c/script> \\u2028\\u2029 \\\" \\\\ \\n\\r\\t "
                        + "\\u0000\\u0008\\u000c\\u001f \\u007f\\u0085\\u009f\"",
                Json.SCRIPT.string("</script> \u2028\u2029 \" \\ \n\r\t \u0000\b\f\u001f \u007f\u0085\u009f"));
    }

    @Test
    void readableStringsKeepLessThanAndTheRestAsTheyAre() {
        assertEquals("\"a < b & c > d \u00a0ünï 😀 \\u2028\"",
                Json.READABLE.string("a < b & c > d \u00a0ünï 😀 \u2028"));
    }

    @Test
    void escapedAppendsWithoutQuotes() {
        assertEquals("x: a\\\"b", Json.SCRIPT.escaped(new StringBuilder("x: "), "a\"b").toString());
    }

    @Test
    void valuesAreIndentedTwoSpacesInTheirOwnOrder() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("z", List.of(1, "two", true));
        value.put("a", null);
        value.put("empty", Map.of());
        value.put("none", List.of());
        value.put("nested", Map.of("k", 2.5));
        assertEquals("""
                {
                  "z": [
                    1,
                    "two",
                    true
                  ],
                  "a": null,
                  "empty": {},
                  "none": [],
                  "nested": {
                    "k": 2.5
                  }
                }
                """, Json.READABLE.pretty(value));
    }

    @Test
    void otherObjectsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Json.READABLE.pretty(List.of(new Object())));
    }
}
