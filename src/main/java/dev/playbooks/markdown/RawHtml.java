package dev.playbooks.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Raw HTML in a body, for sites built with {@code --allow-html}: passed through the OWASP Java HTML Sanitizer with
 * an allow-list of formatting, blocks, lists, tables, links and images, plus what this generator writes itself
 * (heading ids, checklist boxes and their ids, image sizes). Scripts, event handlers, {@code style}, URLs other
 * than http, https, mailto and relative ones, and unknown elements are removed; {@link #removals} says what, so each
 * removal is a warning where it was written.
 */
final class RawHtml {
    private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "div", "span", "br", "hr", "blockquote", "pre", "code", "kbd", "samp", "var", "b",
                    "i", "em", "strong", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "abbr", "cite", "q",
                    "dfn", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
                    "caption", "colgroup", "col", "figure", "figcaption", "details", "summary", "a", "img", "label",
                    "input")
            .allowElements(HEADINGS)
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("title", "class", "lang", "dir").globally()
            .allowAttributes("id").onElements(HEADINGS)
            .allowAttributes("href", "aria-label").onElements("a")
            .allowAttributes("src", "alt", "width", "height", "srcset", "sizes", "loading", "decoding")
            .onElements("img")
            .allowAttributes("data-item").onElements("li")
            .allowAttributes("data-checklist", "start").onElements("ul", "ol")
            .allowAttributes("type").matching(true, "checkbox").onElements("input")
            .allowAttributes("disabled", "checked").onElements("input")
            .allowAttributes("colspan", "rowspan", "align").onElements("th", "td")
            .allowAttributes("open").onElements("details")
            .toFactory();

    private RawHtml() {
    }

    /** The HTML with everything not on the allow-list removed. */
    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** What sanitizing {@code html} removes, one entry per element or attribute: {@code <script>}, {@code onclick}. */
    static List<String> removals(String html) {
        List<String> removed = new ArrayList<>();
        POLICY.sanitize(html, new HtmlChangeListener<List<String>>() {
            @Override
            public void discardedTag(List<String> into, String element) {
                into.add("<" + element + ">");
            }

            @Override
            public void discardedAttributes(List<String> into, String element, String... attributes) {
                Arrays.stream(attributes).forEach(attribute -> into.add("'" + attribute + "' on <" + element + ">"));
            }
        }, removed);
        return removed;
    }
}
