package dev.playbooks.render;

import java.util.List;

/**
 * What templates receive: plain records of strings and lists. Fields ending in {@code Html} hold HTML the
 * generator produced and are written with {@code ?no_esc}; every other string is escaped by the template.
 */
public final class Views {
    private Views() {
    }

    /** Everything the shared layout needs about the page it frames. */
    public record Page(String lang, String title, String description, String siteTitle, String canonical,
                       String homeHref, String tagsHref, String feedHref, String cssHref,
                       List<Alternate> alternates, List<LanguageChoice> languages) {
    }

    /** A {@code <link rel="alternate" hreflang>} entry; {@code x-default} is one of them. */
    public record Alternate(String hreflang, String href) {
    }

    /**
     * One entry of the language switcher. {@code href} is empty when this page has no version in that language;
     * the switcher then says so and offers {@code homeHref} instead.
     */
    public record LanguageChoice(String code, String nativeName, String localName, String href, String homeHref,
                                 boolean current) {
        public boolean available() {
            return !href.isEmpty();
        }
    }

    public record TagLink(String name, String href, int count) {
    }

    public record Card(String title, String href, String summary, List<TagLink> tags) {
    }

    public record TocEntry(String id, String text, List<TocEntry> children) {
    }

    public record Checklist(int items) {
    }

    public record Playbook(String title, String summary, String bodyHtml, List<TocEntry> toc, List<TagLink> tags,
                           List<String> audience, String updated, String updatedIso, int words,
                           int readingMinutes, int checklistItems, String translationKey, List<Card> referencedBy) {
    }

    /**
     * Tells readers of a translation that its source has changed since it was translated. {@code sourceHref} is
     * empty when the source is not published; {@code sourceLanguage} is its language's name in the page's language.
     */
    public record TranslationNotice(boolean stale, String sourceLang, String sourceLanguage, String sourceHref) {
        public static final TranslationNotice NONE = new TranslationNotice(false, "", "", "");
    }

    public record Home(String title, String introHtml, List<Card> playbooks) {
    }

    public record TagPage(String name, List<Card> playbooks) {
    }

    /** One language on the root page that lets a reader choose. */
    public record LanguageEntry(String code, String nativeName, String siteTitle, String tagline, String href) {
    }
}
