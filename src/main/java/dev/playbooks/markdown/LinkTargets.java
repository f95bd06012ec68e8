package dev.playbooks.markdown;

import java.util.Optional;

/**
 * Answers where a page's relative Markdown link leads on the site, e.g. {@code trust.md#delegate} becomes
 * {@code ../vertrouwen/#delegate}. The site decides; the Markdown renderer only asks.
 */
@FunctionalInterface
public interface LinkTargets {
    LinkTargets NONE = destination -> Optional.empty();

    Optional<String> href(String destination);

    /** Where an image or file a body refers to is published; nothing where the site publishes none. */
    default Optional<MediaTarget> media(String destination) {
        return Optional.empty();
    }
}
