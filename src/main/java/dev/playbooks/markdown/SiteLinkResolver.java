package dev.playbooks.markdown;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;

/** Rewrites relative links to other playbooks' {@code .md} files into the URLs of their pages. */
final class SiteLinkResolver implements LinkResolver {
    static final NullableDataKey<LinkTargets> TARGETS = new NullableDataKey<>("PLAYBOOK_LINK_TARGETS");

    private final LinkTargets targets;

    private SiteLinkResolver(LinkTargets targets) {
        this.targets = targets == null ? LinkTargets.NONE : targets;
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (link.getLinkType() != LinkType.LINK && link.getLinkType() != LinkType.IMAGE) {
            return link;
        }
        String url = link.getUrl();
        if (UrlSafety.classify(url) == UrlSafety.Kind.FORBIDDEN) {
            return link.withStatus(LinkStatus.INVALID).withUrl("#");
        }
        return targets.href(url).or(() -> targets.media(url).map(MediaTarget::href))
                .map(href -> link.withStatus(LinkStatus.VALID).withUrl(href)).orElse(link);
    }

    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new SiteLinkResolver(TARGETS.get(context.getDocument()));
        }
    }
}
