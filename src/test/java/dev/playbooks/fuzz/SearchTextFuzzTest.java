package dev.playbooks.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.playbooks.model.Language;
import dev.playbooks.model.SectionText;
import dev.playbooks.search.SearchIndexes;
import dev.playbooks.search.SearchPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The search text analysis (word breaks, folding, stop words, stems) and the index written from it, on any text
 * in either language: no exception, and scripts of valid UTF-8.
 */
class SearchTextFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void analysesAnyText(FuzzedDataProvider data) throws IOException {
        Language language = new Language(data.consumeBoolean() ? "nl" : "en");
        SearchIndexes indexes = new SearchIndexes(Map.of(language, 1), "index.html");
        String title = data.consumeString(80);
        String heading = data.consumeString(80);
        List<String> tags = List.of(data.consumeString(30), data.consumeString(30));
        String text = data.consumeRemainingAsString();
        SearchPage page = new SearchPage("page", title, heading, tags,
                List.of(new SectionText("", "", text, List.of(heading)), new SectionText("a", heading, text,
                        List.of())));
        SearchIndexes.Added added = indexes.addAndAnalyse(language, 0, page);
        assertTrue(added.bodyWords() >= 0);
        assertValidUtf8(added.fragment().script());
        ByteArrayOutputStream index = new ByteArrayOutputStream();
        indexes.write(language, index);
        assertValidUtf8(index.toByteArray());
    }

    private static void assertValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new AssertionError("not UTF-8", e);
        }
    }
}
