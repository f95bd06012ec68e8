package dev.playbooks.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The last guard of the feeds: what XML 1.0 cannot hold never reaches the file. */
class XmlTextTest {
    @Test
    void charactersXmlCannotHoldAreReplaced() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd", XmlDocuments.xmlText("a\u0001b\uFFFEc\uD800d"));
    }

    @Test
    void everythingElseIsKept() {
        String text = "tab\tline\nü 🙂 \u2028 \uFFFD <&>";
        assertEquals(text, XmlDocuments.xmlText(text));
    }
}
