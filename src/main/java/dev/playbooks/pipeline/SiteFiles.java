package dev.playbooks.pipeline;

import dev.playbooks.i18n.Messages;
import dev.playbooks.model.Language;
import dev.playbooks.model.PageUrl;
import dev.playbooks.model.Playbook;
import dev.playbooks.output.FeedEntry;
import dev.playbooks.output.SiteWriter;
import dev.playbooks.output.SitemapEntry;
import dev.playbooks.output.XmlDocuments;
import dev.playbooks.site.Hrefs;
import dev.playbooks.site.Site;
import dev.playbooks.site.SiteUrls;
import dev.playbooks.site.Tag;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The files for machines: {@code sitemap.xml} with language alternates, and an Atom feed per language. Each is
 * first made as plain records (which are its fingerprint), then written.
 */
final class SiteFiles {
    static final String SITEMAP = "sitemap.xml";
    /**
     * A feed carries the playbooks updated last, as feed readers expect: all of a large site's would make a feed of
     * megabytes that every reader fetches again and again.
     */
    static final int FEED_ENTRIES = 50;

    private SiteFiles() {
    }

    /** A language's feed: its title and addresses, and its entries, newest first. */
    record Feed(PageUrl url, String lang, String title, String self, String home, LocalDate updated,
                List<FeedEntry> entries) {
    }

    static List<SitemapEntry> sitemap(Site site, Hrefs hrefs) {
        List<SitemapEntry> entries = new ArrayList<>();
        for (Language language : site.languages()) {
            entries.add(entry(site, hrefs, SiteUrls.home(language), other -> Optional.of(SiteUrls.home(other))));
            entries.add(entry(site, hrefs, SiteUrls.tagIndex(language),
                    other -> Optional.of(SiteUrls.tagIndex(other))));
            entries.add(entry(site, hrefs, SiteUrls.checklists(language),
                    other -> Optional.of(SiteUrls.checklists(other))));
            for (Tag tag : site.tags(language)) {
                entries.add(entry(site, hrefs, SiteUrls.tag(tag),
                        other -> site.tagIn(tag.label(), other).map(SiteUrls::tag)));
            }
            for (Playbook playbook : site.playbooks(language)) {
                entries.add(entry(site, hrefs, SiteUrls.playbook(playbook),
                        other -> site.translation(playbook, other).map(SiteUrls::playbook)));
            }
        }
        return entries;
    }

    /** A sitemap entry listing every language version of the page, itself included, as search engines ask. */
    private static SitemapEntry entry(Site site, Hrefs hrefs, PageUrl url,
                                      Function<Language, Optional<PageUrl>> versionIn) {
        Map<String, String> alternates = new LinkedHashMap<>();
        for (Language language : site.languages()) {
            Optional<PageUrl> version = url.path().startsWith(language.code() + "/")
                    ? Optional.of(url) : versionIn.apply(language);
            version.ifPresent(v -> alternates.put(language.code(), hrefs.absolute(v)));
        }
        if (alternates.size() < 2) {
            alternates.clear();
        }
        return new SitemapEntry(hrefs.absolute(url), alternates);
    }

    static Feed feed(Site site, Hrefs hrefs, Language language, Messages text) {
        List<FeedEntry> entries = site.playbooks(language).stream()
                .filter(playbook -> playbook.updated().isPresent())
                .map(playbook -> new FeedEntry(playbook.meta().title(), playbook.meta().summary(),
                        hrefs.absolute(SiteUrls.playbook(playbook)), playbook.updated().get()))
                .sorted(Comparator.comparing(FeedEntry::updated).reversed().thenComparing(FeedEntry::url))
                .limit(FEED_ENTRIES).toList();
        LocalDate newest = entries.isEmpty() ? LocalDate.EPOCH : entries.get(0).updated();
        PageUrl url = SiteUrls.feed(language);
        return new Feed(url, language.code(), text.format("feed.title", Map.of()), hrefs.absolute(url),
                hrefs.absolute(SiteUrls.home(language)), newest, entries);
    }

    static void write(List<SitemapEntry> sitemap, SiteWriter out) throws IOException {
        try (OutputStream stream = buffered(out.create(SITEMAP))) {
            XmlDocuments.sitemap(sitemap, stream);
        }
    }

    static void write(Feed feed, SiteWriter out) throws IOException {
        try (OutputStream stream = buffered(out.create(feed.url().file()))) {
            XmlDocuments.atom(feed.lang(), feed.title(), feed.self(), feed.home(), feed.updated(), feed.entries(),
                    stream);
        }
    }

    /** The XML writer writes a few bytes at a time; unbuffered, that is one system call each. */
    private static OutputStream buffered(OutputStream stream) {
        return new BufferedOutputStream(stream, 1 << 16);
    }
}
