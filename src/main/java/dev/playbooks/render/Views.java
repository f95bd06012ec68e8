package dev.playbooks.render;

import java.util.List;

/**
 * What templates receive: plain records of strings and lists. Fields ending in {@code Html} hold HTML the
 * generator produced and are written with {@code ?no_esc}; every other string is escaped by the template.
 */
public final class Views {
    private Views() {
    }

    /**
     * Everything the shared layout needs about the page it frames. {@code kind} names the kind of page (playbook,
     * home, tags, tag, checklists, search, not-found, root): the layout gives it to {@code <body>} as {@code page-<kind>}
     * and tells Open Graph whether it is an article. {@code locale} and {@code alternateLocales} are Open Graph
     * locales ({@code nl_NL}) of this page and of its versions in other languages; {@code assetsHref} is the
     * folder of the site's own CSS, scripts and icons, as seen from this page.
     */
    public record Page(String kind, String lang, String locale, List<String> alternateLocales, String title,
                       String description, String siteTitle, String canonical, String homeHref, String tagsHref,
                       String checklistsHref, String feedHref, String assetsHref, List<Alternate> alternates,
                       List<LanguageChoice> languages) {
    }

    /** A {@code <link rel="alternate" hreflang>} entry; {@code x-default} is one of them. */
    public record Alternate(String hreflang, String href) {
    }

    /**
     * One entry of the language switcher. {@code href} is empty when this page has no version in that language;
     * the switcher then says so in that language ({@code missingText}, meant for the reader who wanted it) and
     * offers that language's home page ({@code homeHref}, labelled {@code homeText}) instead.
     */
    public record LanguageChoice(String code, String nativeName, String localName, String href, String homeHref,
                                 boolean current, String missingText, String homeText) {
    }

    public record TagLink(String name, String href, int count) {
    }

    /** Where a long list continues; {@code previousHref} or {@code nextHref} is empty at either end. */
    public record Pagination(int number, int count, String previousHref, String nextHref) {
    }

    /** A link to another playbook, where its title is all a page shows of it. */
    public record Link(String title, String href) {
    }

    /**
     * A playbook in a list; {@code lang} is set when it is in another language than the page. {@code translationKey}
     * and {@code checklistItems} let a script show the reader's progress on its checklist.
     */
    public record Card(String title, String href, String summary, List<TagLink> tags, String lang,
                       String translationKey, int checklistItems) {
    }

    public record TocEntry(String id, String text, List<TocEntry> children) {
    }

    /** What the checklist script shows after {@code done} of {@code total} items, formatted by ICU. */
    public record ProgressText(int total, int done, String text) {
    }

    /** The UI strings the checklist script needs, rendered into the page so it works from disk too. */
    public record ChecklistStrings(String reset, String copy, String copied, String copyFailed, String undo,
                                   String cleared, String restored, String printTicks, List<ProgressText> progress) {
    }

    /**
     * A playbook's page, all but its body: what it shows of itself and of the pages around it. Every field here is
     * part of the page's fingerprint, so a change to any of them renders the page again. {@code checklistIds} are
     * the ids its body's checklist items carry (a translation's are its source's), which a reader's ticks are kept
     * under; {@code media} where its body's images and files are published.
     */
    public record Playbook(String title, String summary, List<TocEntry> toc, List<TagLink> tags,
                           List<String> audience, String updated, String updatedIso, int checklistItems,
                           List<String> checklistIds, List<Media> media, String translationKey,
                           List<SeeAlso> seeAlso, Link previous, Link next, Sidebar sidebar,
                           ChecklistStrings checklistStrings, boolean draft, String editHref) {
    }

    /**
     * An image or file a playbook's body refers to as {@code destination}, where the site publishes it as seen from
     * the page, and for an image its size in pixels and its smaller copies ({@code srcset}, empty without any).
     */
    public record Media(String destination, String href, int width, int height, String srcset) {
    }

    /**
     * Another playbook to read next, each once: those that link to this one first ({@code linksHere}), then those
     * that share its tags.
     */
    public record SeeAlso(String title, String href, boolean linksHere) {
    }

    /**
     * The playbooks listed beside a playbook, in home-page order: all of its language's, or on a large site the
     * group of them it is in ({@code number} of {@code count}), with links to the groups before and after (empty
     * at either end) and to the full list ({@code allHref}).
     */
    public record Sidebar(List<SidebarEntry> entries, int number, int count, int from, int to, int total,
                          String previousHref, String nextHref, String allHref) {
    }

    /** One playbook in the sidebar; {@code translationKey} and {@code checklistItems} let a script show progress. */
    public record SidebarEntry(String title, String href, boolean current, String translationKey,
                               int checklistItems) {
    }

    /**
     * A playbook's rendered body, given to its template as {@code body}. It is made only when the page is written,
     * so it is not part of the page's fingerprint: the Markdown and the targets of its links stand for it.
     */
    public record Body(String html, int words, int readingMinutes) {
    }

    /**
     * Tells readers of a translation that its source has changed since it was translated. {@code sourceHref} is
     * empty when the source is not published; {@code sourceLanguage} is its language's name in the page's language.
     */
    public record TranslationNotice(boolean stale, String sourceLang, String sourceLanguage, String sourceHref) {
        public static final TranslationNotice NONE = new TranslationNotice(false, "", "", "");
    }

    /** {@code untranslated} lists playbooks that exist only in other languages, so readers know they exist. */
    public record Home(String title, String introHtml, List<Card> playbooks, List<Card> untranslated,
                       int total, Pagination pagination) {
    }

    public record ChecklistItem(String id, String text) {
    }

    /** One playbook's checklists on the checklists page, as many as the playbook has. */
    public record ChecklistGroup(String title, String href, String translationKey, List<ChecklistList> lists) {
    }

    /**
     * One checklist of a playbook; {@code heading} is the heading it follows in the playbook (such as "For
     * managers"), given only when the playbook has more than one, empty otherwise.
     */
    public record ChecklistList(String heading, List<ChecklistItem> items) {
    }

    public record TagPage(String name, List<Card> playbooks, int total, Pagination pagination) {
    }

    /**
     * The search box: the script, the page language's index and results page, and every language's (the page's own is
     * current).
     */
    public record Search(String scriptHref, String indexHref, String resultsHref, List<SearchLanguage> languages) {
    }

    /** {@code localName} is the language's name in the page's language: "Engels" on a Dutch page. */
    public record SearchLanguage(String code, String nativeName, String localName, String indexHref,
                                 String resultsHref, boolean current) {
    }

    /**
     * One language on the root page that lets a reader choose: its home, and a search of its playbooks that leads to
     * its results page ({@code searchHref}), labelled in that language.
     */
    public record LanguageEntry(String code, String nativeName, String siteTitle, String tagline, String href,
                                String searchHref, String searchLabel, String searchButton) {
    }
}
