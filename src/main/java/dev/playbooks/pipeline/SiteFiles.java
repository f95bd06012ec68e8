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
import java.util.Set;
import java.util.function.Function;

/** The files for machines: {@code sitemap.xml} with language alternates, and an Atom feed per language. */
final class SiteFiles {
    private SiteFiles() {
    }

    static void write(Site site, Hrefs hrefs, Map<Language, Messages> messages, SiteWriter out)
            throws IOException {
        update(site, hrefs, messages, out, true, Set.copyOf(site.languages()));
    }

    /** Writes the sitemap if asked, and the feeds of the given languages. */
    static void update(Site site, Hrefs hrefs, Map<Language, Messages> messages, SiteWriter out, boolean sitemap,
                       Set<Language> feeds) throws IOException {
        if (sitemap) {
            try (OutputStream stream = buffered(out.create("sitemap.xml"))) {
                XmlDocuments.sitemap(sitemap(site, hrefs), stream);
            }
        }
        for (Language language : site.languages()) {
            if (feeds.contains(language)) {
                writeFeed(site, hrefs, language, messages.get(language), out);
            }
        }
    }

    /** The XML writer writes a few bytes at a time; unbuffered, that is one system call each. */
    private static OutputStream buffered(OutputStream stream) {
        return new BufferedOutputStream(stream, 1 << 16);
    }

    private static List<SitemapEntry> sitemap(Site site, Hrefs hrefs) {
        List<SitemapEntry> entries = new ArrayList<>();
        for (Language language : site.languages()) {
            entries.add(entry(site, hrefs, Site.home(language), other -> Optional.of(Site.home(other))));
            entries.add(entry(site, hrefs, Site.tagIndex(language), other -> Optional.of(Site.tagIndex(other))));
            entries.add(entry(site, hrefs, PageAssembler.checklistsUrl(language),
                    other -> Optional.of(PageAssembler.checklistsUrl(other))));
            for (Tag tag : site.tags(language)) {
                entries.add(entry(site, hrefs, Site.tag(tag), other -> Optional.empty()));
            }
            for (Playbook playbook : site.playbooks(language)) {
                entries.add(entry(site, hrefs, Site.url(playbook),
                        other -> site.translation(playbook, other).map(Site::url)));
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

    private static void writeFeed(Site site, Hrefs hrefs, Language language, Messages text, SiteWriter out)
            throws IOException {
        List<FeedEntry> entries = site.playbooks(language).stream()
                .filter(playbook -> playbook.meta().updated().isPresent())
                .map(playbook -> new FeedEntry(playbook.meta().title(), playbook.meta().summary(),
                        hrefs.absolute(Site.url(playbook)), playbook.meta().updated().get()))
                .sorted(Comparator.comparing(FeedEntry::updated).reversed().thenComparing(FeedEntry::url))
                .toList();
        LocalDate newest = entries.isEmpty() ? LocalDate.EPOCH : entries.get(0).updated();
        PageUrl feed = PageAssembler.feed(language);
        try (OutputStream stream = buffered(out.create(feed.file()))) {
            XmlDocuments.atom(language.code(), text.format("feed.title", Map.of()), hrefs.absolute(feed),
                    hrefs.absolute(Site.home(language)), newest, entries, stream);
        }
    }
}
