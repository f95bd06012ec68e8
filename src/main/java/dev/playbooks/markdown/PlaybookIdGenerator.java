package dev.playbooks.markdown;

import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.playbooks.i18n.Slugs;

/** Plugs {@link HeadingIds} into flexmark's renderer, so rendered ids equal the ids the outline reported. */
final class PlaybookIdGenerator implements HtmlIdGenerator {
    @Override
    public void generateIds(Document document) {
        HeadingIds.assign(document);
    }

    @Override
    public void generateIds(Document document, AnchorRefTargetBlockPreVisitor preVisitor) {
        HeadingIds.assign(document);
    }

    @Override
    public String getId(Node node) {
        return node instanceof com.vladsch.flexmark.ast.Heading heading ? heading.getAnchorRefId() : null;
    }

    @Override
    public String getId(CharSequence text) {
        return Slugs.slugify(text.toString());
    }

    static final class Factory implements HeaderIdGeneratorFactory {
        @Override
        public HtmlIdGenerator create(LinkResolverContext context) {
            return new PlaybookIdGenerator();
        }

        @Override
        public HtmlIdGenerator create() {
            return new PlaybookIdGenerator();
        }
    }
}
