package dev.playbooks.markdown;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.playbooks.i18n.Quotes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.playbooks.model.Outline;
import dev.playbooks.model.SectionText;
import dev.playbooks.problem.Problems;
import java.util.List;
import java.util.Optional;

/**
 * CommonMark with tables and task lists, and a language's quotation marks and apostrophes ({@link Typography}). The
 * parser and renderer are built once and shared by every thread; everything that differs per page travels on the
 * parsed document. A site has one engine per language, as each language sets its own marks.
 */
public final class MarkdownEngine {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean allowHtml;
    private final boolean typographic;

    /** An engine that leaves quotes and apostrophes as typed. */
    public MarkdownEngine(boolean allowHtml) {
        this(allowHtml, Optional.empty());
    }

    /** An engine that sets straight quotes and apostrophes as a language's {@code quotes}. */
    public MarkdownEngine(boolean allowHtml, Quotes quotes) {
        this(allowHtml, Optional.of(quotes));
    }

    private MarkdownEngine(boolean allowHtml, Optional<Quotes> quotes) {
        this.allowHtml = allowHtml;
        this.typographic = quotes.isPresent();
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create()));
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, !allowHtml);
        MutableDataSet parsing = new MutableDataSet(options);
        quotes.ifPresent(marks -> {
            parsing.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                    TypographicExtension.create()));
            Typography.configure(parsing, marks);
        });
        this.parser = Parser.builder(parsing.toImmutable()).build();
        this.renderer = HtmlRenderer.builder(options.toImmutable())
                .htmlIdGeneratorFactory(new PlaybookIdGenerator.Factory())
                .linkResolverFactory(new SiteLinkResolver.Factory())
                .attributeProviderFactory(new PlaybookAttributes.Factory())
                .nodeRendererFactory(new ChecklistRenderer.Factory())
                .nodeRendererFactory(new HeadingRenderer.Factory())
                .nodeRendererFactory(new Typography.Renderer.Factory())
                .build();
    }

    /**
     * Parses a body, with the language's marks in place of straight quotes when the engine sets them. Every parse goes
     * through the limits and the read budget, so no body costs more than its size allows.
     */
    private Document parse(String body) {
        char[] chars = body.toCharArray();
        MarkdownLimits.check(chars);
        Document document = parser.parse(BasedSequence.of(new ReadBudget(body, chars)));
        if (typographic) {
            Typography.settle(document);
        }
        return document;
    }

    /**
     * Reads what the site needs to know of a body before rendering: headings with their ids, relative links, the
     * images and files it shows or offers, and checklist items. Unsafe links, raw HTML and images without alt text
     * are reported at their line and column.
     *
     * @throws TooComplex when the body would cost the parser more than a page may
     */
    public Outline outline(String body, int bodyLine, String file, Problems problems) {
        return ParserFaults.guard(() -> {
            Document document = parse(body);
            HeadingIds.assign(document);
            return new Outliner(body, bodyLine, file, allowHtml, problems).outline(document);
        });
    }

    /** Renders a body to HTML; {@code targets} turns relative {@code .md} links into site URLs. */
    public String render(String body, LinkTargets targets) {
        return ParserFaults.guard(() -> {
            Document document = parse(body);
            SiteLinkResolver.TARGETS.set(document, targets);
            String html = renderer.render(document);
            return allowHtml ? RawHtml.sanitize(html) : html;
        });
    }

    /** Like {@link #render}, and also the plain text of each section for search, from the same parse. */
    public RenderedBody renderWithText(String body, LinkTargets targets) {
        return renderWithText(body, targets, null);
    }

    /**
     * Like {@link #renderWithText(String, LinkTargets)}; each section heading also gets a link to itself, named
     * {@code anchorLabel} and the heading's text.
     */
    public RenderedBody renderWithText(String body, LinkTargets targets, String anchorLabel) {
        return renderWithText(body, targets, anchorLabel, null);
    }

    /**
     * Like {@link #renderWithText(String, LinkTargets, String)}, its checklist items carrying {@code itemIds} in
     * page order (a translation's are its source's); without them, each item's own id.
     */
    public RenderedBody renderWithText(String body, LinkTargets targets, String anchorLabel, List<String> itemIds) {
        return ParserFaults.guard(() -> {
            Document document = parse(body);
            SiteLinkResolver.TARGETS.set(document, targets);
            HeadingRenderer.ANCHOR_LABEL.set(document, anchorLabel);
            PlaybookAttributes.ITEM_IDS.set(document, itemIds);
            String html = renderer.render(document);
            return new RenderedBody(allowHtml ? RawHtml.sanitize(html) : html, SectionTexts.of(document));
        });
    }

}
