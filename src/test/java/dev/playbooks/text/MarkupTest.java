package dev.playbooks.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class MarkupTest {
    @Test
    void markupCharactersBecomeReferences() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt; ünï",
                Markup.escape("<a href=\"x\" title='y'>Tom & Jerry</a> ünï"));
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String text = "nothing to escape, not even ; or #";
        assertSame(text, Markup.escape(text));
        assertEquals("", Markup.escape(""));
    }
}
