package dev.playbooks.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.playbooks.markdown.LinkTargets;
import dev.playbooks.markdown.MarkdownEngine;
import dev.playbooks.markdown.RenderedBody;
import dev.playbooks.markdown.TooComplex;
import dev.playbooks.model.Outline;
import dev.playbooks.problem.Problem;
import dev.playbooks.problem.Problems;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The Markdown outline and render on any text, with and without {@code --allow-html}: a body is outlined and
 * rendered, or refused as too complex (the build reports it at its line), and what is rendered holds no script, no
 * event handler and no {@code javascript:} URL, whatever the author wrote.
 */
class MarkdownFuzzTest {
    private static final MarkdownEngine PLAIN = new MarkdownEngine(false);
    private static final MarkdownEngine WITH_HTML = new MarkdownEngine(true);

    @FuzzTest(maxDuration = "5s")
    void outlinesAndRendersSafely(FuzzedDataProvider data) {
        MarkdownEngine engine = data.consumeBoolean() ? WITH_HTML : PLAIN;
        String body = data.consumeRemainingAsString();
        Problems problems = new Problems();
        Outline outline;
        RenderedBody rendered;
        try {
            outline = engine.outline(body, 5, "content/en/page.md", problems);
            rendered = engine.renderWithText(body, LinkTargets.NONE, "Link to this section");
        } catch (TooComplex | StackOverflowError refused) {
            return;
        }
        int lines = 5 + (int) body.chars().filter(c -> c == '\n').count();
        for (Problem problem : problems.sorted()) {
            assertTrue(problem.line() >= 5 && problem.line() <= lines + 1, problem::toString);
        }
        outline.headings().forEach(heading -> assertTrue(heading.line() >= 5 && heading.line() <= lines + 1));
        for (Element element : Jsoup.parseBodyFragment(rendered.html()).getAllElements()) {
            assertFalse(element.normalName().equals("script") || element.normalName().equals("iframe")
                    || element.normalName().equals("style"), element::outerHtml);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on") || name.equals("style"), element::outerHtml);
                String value = attribute.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:")
                        || value.startsWith("data:text/html"), element::outerHtml);
            }
        }
    }
}
