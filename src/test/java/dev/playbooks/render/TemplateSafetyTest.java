package dev.playbooks.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.i18n.MessageCatalog;
import dev.playbooks.i18n.Messages;
import dev.playbooks.model.Language;
import dev.playbooks.model.UiString;
import dev.playbooks.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template can neither run code nor leak a stack trace into a page, and text is always escaped. */
class TemplateSafetyTest {
    @TempDir
    Path folder;

    private final Messages messages = MessageCatalog.compile(
            Map.of(new Language("en"), Map.of("hello", new UiString("hello", "Hello {name}", "i18n/en.yaml", 1, 8))),
            Map.of(new Language("en"), "i18n/en.yaml"), new Problems()).get(new Language("en"));

    private String render(String template, Map<String, Object> model) throws IOException, TemplateFailure {
        Files.writeString(folder.resolve("page.ftlh"), template);
        return new TemplateEngine(folder, "templates").render("page.ftlh", model, messages);
    }

    @Test
    void newOfArbitraryClassesIsRefused() {
        Path marker = folder.resolve("pwned");
        TemplateFailure failure = assertThrows(TemplateFailure.class, () -> render(
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + marker + "\")}",
                Map.of()));
        assertEquals("templates/page.ftlh", failure.problem().file());
        assertEquals(1, failure.problem().line());
        assertFalse(Files.exists(marker));
    }

    @Test
    void theApiBuiltInIsRefused() {
        assertThrows(TemplateFailure.class, () -> render("${value?api.getClass()}", Map.of("value", Map.of())));
    }

    @Test
    void textIsEscapedAndOnlyGeneratedHtmlIsNot() throws Exception {
        String html = render("<p>${title}</p>${bodyHtml?no_esc}",
                Map.of("title", "<script>alert(1)</script>", "bodyHtml", "<em>ok</em>"));
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><em>ok</em>", html);
    }

    @Test
    void uiStringsAreFormattedAndEscaped() throws Exception {
        assertEquals("Hello &lt;b&gt;", render("${t(\"hello\", \"name\", \"<b>\")}", Map.of()));
    }

    @Test
    void aRuntimeErrorBecomesOneProblemWithItsPlace() {
        TemplateFailure failure = assertThrows(TemplateFailure.class, () -> render("\n\n  ${missing.value}", Map.of()));
        assertEquals("templates/page.ftlh:3:5", failure.problem().place());
        assertTrue(failure.problem().message().contains("==> missing"), failure.problem().message());
        assertFalse(failure.problem().message().contains("\n"));
    }
}
