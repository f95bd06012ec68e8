package dev.playbooks.pipeline;

import dev.playbooks.content.SiteConfig;
import dev.playbooks.i18n.LanguageRules;
import dev.playbooks.i18n.Messages;
import dev.playbooks.markdown.LinkTargets;
import dev.playbooks.markdown.MarkdownEngine;
import dev.playbooks.model.ChecklistItem;
import dev.playbooks.model.HomeIntro;
import dev.playbooks.model.Language;
import dev.playbooks.model.PageUrl;
import dev.playbooks.model.Playbook;
import dev.playbooks.render.Views;
import dev.playbooks.search.SearchIndexes;
import dev.playbooks.media.MediaFile;
import dev.playbooks.site.Hrefs;
import dev.playbooks.site.LinkTarget;
import dev.playbooks.site.PlaybookGroup;
import dev.playbooks.site.PublishedMedia;
import dev.playbooks.site.SiteUrls;
import dev.playbooks.site.SiteView;
import dev.playbooks.site.TagLabel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the site model into the records each template receives. Everything here is a lookup in the site's
 * indexes, so assembling one page costs the same whatever the size of the site. The site is seen only through
 * {@link SiteView}: what a page shows of other pages is what it asked of that view.
 */
final class PageAssembler {
    private static final int WORDS_PER_MINUTE = 200;
    private static final int RELATED = 3;
    /**
     * How many playbooks the sidebar lists at most: a site larger than that lists the group a playbook is in, so a
     * page stays the same size whatever the size of the site.
     */
    static final int SIDEBAR_GROUP = 20;

    private final SiteView site;
    private final Hrefs hrefs;
    private final Map<Language, LanguageRules> rules;
    private final Texts texts;
    private final PageFrame frame;
    private final Map<Language, MarkdownEngine> markdown;
    /** Where a playbook's file is edited, for its "Edit this page" link; none without a repository. */
    private final Optional<SiteConfig.Repository> repository;

    PageAssembler(SiteView site, Hrefs hrefs, Map<Language, LanguageRules> rules, Map<Language, Messages> messages,
                  Map<Language, MarkdownEngine> markdown, Optional<SiteConfig.Repository> repository) {
        this(site, hrefs, rules, new Texts(messages), markdown, repository);
    }

    private PageAssembler(SiteView site, Hrefs hrefs, Map<Language, LanguageRules> rules, Texts texts,
                          Map<Language, MarkdownEngine> markdown, Optional<SiteConfig.Repository> repository) {
        this.site = site;
        this.hrefs = hrefs;
        this.rules = rules;
        this.texts = texts;
        this.frame = new PageFrame(hrefs, rules, texts);
        this.markdown = markdown;
        this.repository = repository;
    }

    /** The same assembler asking its questions of another view of the site, such as one that notes them. */
    PageAssembler asking(SiteView view) {
        return new PageAssembler(view, hrefs, rules, texts, markdown, repository);
    }

    /** A link maker for pages served at their own URL: every link relative to the page. */
    private Function<PageUrl, String> from(PageUrl page) {
        return to -> hrefs.relative(page, to);
    }

    /** What the template of the page gets (for a playbook, all but its body). */
    Map<String, Object> data(PageKey key) {
        if (key instanceof PageKey.PlaybookPage page) {
            return playbook(page.playbook());
        } else if (key instanceof PageKey.HomePage page) {
            return home(page.language(), page.intro(), page.slice());
        } else if (key instanceof PageKey.ChecklistsPage page) {
            return checklists(page.language(), page.slice());
        } else if (key instanceof PageKey.TagIndexPage page) {
            return tagIndex(page.language());
        } else if (key instanceof PageKey.TagPage page) {
            return tag(page.tag(), page.slice());
        } else if (key instanceof PageKey.NotFoundPage page) {
            return notFound(page.language(), page.url());
        } else if (key instanceof PageKey.SearchResultsPage page) {
            return searchResults(page.language());
        }
        return root();
    }

    /**
     * What a playbook's template gets, all but the body: the page, the playbook with what it shows of the pages
     * around it, the notice of a stale translation, and the search box.
     */
    private Map<String, Object> playbook(Playbook playbook) {
        Language language = playbook.language();
        PageUrl url = SiteUrls.playbook(playbook);
        Function<PageUrl, String> link = from(url);
        LanguageRules languageRules = rules.get(language);
        Views.Playbook view = new Views.Playbook(
                playbook.meta().title(), playbook.meta().summary(),
                TableOfContents.of(playbook.outline().headings()),
                tagLinks(language, playbook.meta().tags(), link),
                playbook.meta().audience().stream()
                        .map(audience -> texts.format(language, "audience." + audience)).toList(),
                playbook.updated().map(languageRules::longDate).orElse(""),
                playbook.updated().map(Object::toString).orElse(""),
                playbook.outline().checklist().size(),
                site.checklistIds(playbook),
                media(playbook, url),
                playbook.meta().translationKey(),
                seeAlso(playbook, link),
                site.previous(playbook).map(other -> link(other, link)).orElse(null),
                site.next(playbook).map(other -> link(other, link)).orElse(null),
                sidebar(playbook, link),
                checklistStrings(language, playbook.outline().checklist()),
                playbook.meta().draft(),
                repository.map(where -> where.editUrl(playbook.source().display())).orElse(""));
        Views.Page page = frame.page(site, "playbook", language, url, playbook.meta().title(),
                playbook.meta().summary(), link,
                other -> site.translation(playbook, other).map(SiteUrls::playbook));
        return Map.of("page", page, "playbook", view, "translation", translationNotice(playbook, link),
                "search", frame.search(site, language, url));
    }

    /** Where the images and files of a playbook's body are published, as seen from its page. */
    private List<Views.Media> media(Playbook playbook, PageUrl url) {
        List<Views.Media> media = new ArrayList<>();
        for (PublishedMedia item : site.media(playbook)) {
            MediaFile file = item.file();
            String href = hrefs.file(url, file.sitePath());
            StringBuilder srcset = new StringBuilder();
            for (int width : file.widths()) {
                srcset.append(hrefs.file(url, file.sitePath(width))).append(' ').append(width).append("w, ");
            }
            if (!file.widths().isEmpty()) {
                srcset.append(href).append(' ').append(file.width()).append('w');
            }
            media.add(new Views.Media(item.destination(), href, file.width(), file.height(), srcset.toString()));
        }
        return media;
    }

    /** The pages that link to this one, then those that share its tags, each once. */
    private List<Views.SeeAlso> seeAlso(Playbook playbook, Function<PageUrl, String> link) {
        Set<Playbook> listed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Views.SeeAlso> seeAlso = new ArrayList<>();
        for (Playbook other : site.backlinks(playbook)) {
            if (listed.add(other)) {
                seeAlso.add(new Views.SeeAlso(other.meta().title(), link.apply(SiteUrls.playbook(other)), true));
            }
        }
        for (Playbook other : site.related(playbook, RELATED)) {
            if (listed.add(other)) {
                seeAlso.add(new Views.SeeAlso(other.meta().title(), link.apply(SiteUrls.playbook(other)), false));
            }
        }
        return seeAlso;
    }

    private Views.Sidebar sidebar(Playbook playbook, Function<PageUrl, String> link) {
        PlaybookGroup group = site.group(playbook, SIDEBAR_GROUP);
        List<Views.SidebarEntry> entries = group.members().stream()
                .map(other -> new Views.SidebarEntry(other.meta().title(), link.apply(SiteUrls.playbook(other)),
                        other == playbook, other.meta().translationKey(), other.outline().checklist().size()))
                .toList();
        int from = (group.number() - 1) * SIDEBAR_GROUP + 1;
        return new Views.Sidebar(entries, group.number(), group.count(), from, from + entries.size() - 1,
                group.total(),
                group.before().map(SiteUrls::playbook).map(link).orElse(""),
                group.after().map(SiteUrls::playbook).map(link).orElse(""),
                link.apply(SiteUrls.home(playbook.language())));
    }

    /** A playbook's rendered body as its template gets it, with its length in words and in minutes of reading. */
    static Views.Body body(String html, int words) {
        return new Views.Body(html, words, Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE));
    }

    /** The notice on a translation whose source changed since it was translated; {@code NONE} for the others. */
    private Views.TranslationNotice translationNotice(Playbook playbook, Function<PageUrl, String> link) {
        Optional<Language> stale = site.staleSource(playbook);
        if (stale.isEmpty()) {
            return Views.TranslationNotice.NONE;
        }
        Language sourceLanguage = stale.get();
        String href = site.translation(playbook, sourceLanguage).map(SiteUrls::playbook).map(link).orElse("");
        return new Views.TranslationNotice(true, sourceLanguage.code(),
                rules.get(playbook.language()).nameOf(sourceLanguage), href);
    }

    /** Where the links of a home's introduction lead, as seen from the home page: to playbooks, or its own headings. */
    private LinkTargets introTargets(HomeIntro intro, Function<PageUrl, String> link) {
        return destination -> {
            LinkTarget target = LinkTarget.of(destination);
            return target.isSamePage() ? Optional.of(target.anchor())
                    : site.linkTarget(intro.source(), destination)
                            .map(playbook -> link.apply(SiteUrls.playbook(playbook)) + target.anchor());
        };
    }

    /** One page of a language's home: the introduction and the untranslated playbooks only on the first. */
    private Map<String, Object> home(Language language, Optional<HomeIntro> intro, Paging.Slice<Playbook> slice) {
        PageUrl first = SiteUrls.home(language);
        PageUrl url = SiteUrls.listPage(first, slice.number());
        Function<PageUrl, String> link = from(url);
        String title = intro.map(i -> i.meta().title()).orElse(texts.format(language, "site.title"));
        String introHtml = slice.isFirst()
                ? intro.map(i -> markdown.get(language).render(i.body(), introTargets(i, link))).orElse("")
                : "";
        String description = intro.map(i -> i.meta().summary()).orElse(texts.format(language, "site.tagline"));
        List<Views.Card> cards = slice.items().stream().map(p -> card(p, link)).toList();
        List<Views.Card> untranslated = slice.isFirst()
                ? site.untranslated(language).stream().map(p -> card(p, link)).toList() : List.of();
        Function<Language, Optional<PageUrl>> versions = slice.isFirst()
                ? other -> Optional.of(SiteUrls.home(other)) : other -> Optional.empty();
        return Map.of("page", frame.page(site, "home", language, url, title, description, link, versions),
                "home", new Views.Home(title, introHtml, cards, untranslated, site.playbookCount(language),
                        pagination(first, slice, link)),
                "search", frame.search(site, language, url));
    }

    private static Views.Pagination pagination(PageUrl first, Paging.Slice<?> slice, Function<PageUrl, String> link) {
        return new Views.Pagination(slice.number(), slice.count(),
                slice.number() > 1 ? link.apply(SiteUrls.listPage(first, slice.number() - 1)) : "",
                slice.number() < slice.count() ? link.apply(SiteUrls.listPage(first, slice.number() + 1)) : "");
    }

    /** Every checklist of the language, grouped by playbook; the script fills in the reader's progress. */
    private Map<String, Object> checklists(Language language, Paging.Slice<Playbook> slice) {
        PageUrl first = SiteUrls.checklists(language);
        PageUrl url = SiteUrls.listPage(first, slice.number());
        Function<PageUrl, String> link = from(url);
        String title = texts.format(language, "checklists.title");
        List<Views.ChecklistGroup> groups = new ArrayList<>();
        for (Playbook playbook : slice.items()) {
            if (!playbook.outline().checklist().isEmpty()) {
                groups.add(new Views.ChecklistGroup(playbook.meta().title(), link.apply(SiteUrls.playbook(playbook)),
                        playbook.meta().translationKey(), checklistLists(playbook)));
            }
        }
        // Numbered across the page, so that each list gets the progress texts for its own size.
        List<ChecklistItem> shownLists = new ArrayList<>();
        groups.stream().flatMap(group -> group.lists().stream()).forEach(list -> {
            int number = shownLists.isEmpty() ? 1 : shownLists.get(shownLists.size() - 1).list() + 1;
            list.items().forEach(item -> shownLists.add(new ChecklistItem(item.id(), number, item.text(), false, 0)));
        });
        Function<Language, Optional<PageUrl>> versions = slice.isFirst()
                ? other -> Optional.of(SiteUrls.checklists(other)) : other -> Optional.empty();
        return Map.of("site", hrefs.absolute(SiteUrls.root()),
                "page", frame.page(site, "checklists", language, url, title,
                        texts.format(language, "checklists.intro"), link, versions),
                "checklists", groups, "checklistStrings", checklistStrings(language, shownLists),
                "pagination", pagination(first, slice, link), "search", frame.search(site, language, url));
    }

    /**
     * A playbook's checklists as the playbook shows them: each list on its own, under the heading it follows when
     * there are several (a page for two audiences has one list for each).
     */
    private List<Views.ChecklistList> checklistLists(Playbook playbook) {
        List<ChecklistItem> items = playbook.outline().checklist();
        List<String> ids = site.checklistIds(playbook);
        Map<Integer, List<Views.ChecklistItem>> byList = new LinkedHashMap<>();
        Map<Integer, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ChecklistItem item = items.get(i);
            byList.computeIfAbsent(item.list(), list -> new ArrayList<>())
                    .add(new Views.ChecklistItem(ids.get(i), item.text()));
            firstLine.putIfAbsent(item.list(), item.line());
        }
        boolean several = byList.size() > 1;
        return byList.entrySet().stream().map(list -> new Views.ChecklistList(
                several ? playbook.outline().headingBefore(firstLine.get(list.getKey())) : "", list.getValue()))
                .toList();
    }

    /** Progress texts for every checklist size on the page, formatted with the language's plural rules. */
    private Views.ChecklistStrings checklistStrings(Language language, List<ChecklistItem> items) {
        Map<Integer, Integer> sizes = new java.util.TreeMap<>();
        items.forEach(item -> sizes.merge(item.list(), 1, Integer::sum));
        List<Views.ProgressText> progress = new ArrayList<>();
        new java.util.TreeSet<>(sizes.values()).forEach(total -> {
            for (int done = 0; done <= total; done++) {
                progress.add(new Views.ProgressText(total, done,
                        texts.format(language, "checklist.progress", Map.of("done", done, "total", total))));
            }
        });
        return new Views.ChecklistStrings(texts.format(language, "checklist.reset"),
                texts.format(language, "checklist.copy"), texts.format(language, "checklist.copied"),
                texts.format(language, "checklist.copyFailed"), texts.format(language, "checklist.undo"),
                texts.format(language, "checklist.cleared"), texts.format(language, "checklist.restored"),
                texts.format(language, "checklist.printTicks"), progress);
    }

    private Map<String, Object> tagIndex(Language language) {
        PageUrl url = SiteUrls.tagIndex(language);
        Function<PageUrl, String> link = from(url);
        String title = texts.format(language, "tags.title");
        List<Views.TagLink> tags = site.tagLabels(language).stream()
                .map(tag -> new Views.TagLink(tag.name(), link.apply(SiteUrls.tag(tag)), tag.count())).toList();
        return Map.of("page", frame.page(site, "tags", language, url, title, title, link,
                        other -> Optional.of(SiteUrls.tagIndex(other))),
                "tags", tags, "search", frame.search(site, language, url));
    }

    private Map<String, Object> tag(TagLabel tag, Paging.Slice<Playbook> slice) {
        PageUrl first = SiteUrls.tag(tag);
        PageUrl url = SiteUrls.listPage(first, slice.number());
        Function<PageUrl, String> link = from(url);
        String title = texts.format(tag.language(), "tag.title", Map.of("tag", tag.name()));
        List<Views.Card> cards = slice.items().stream().map(p -> card(p, link)).toList();
        Function<Language, Optional<PageUrl>> versions = slice.isFirst()
                ? other -> site.tagIn(tag, other).map(SiteUrls::tag) : other -> Optional.empty();
        return Map.of("page", frame.page(site, "tag", tag.language(), url, title, title, link, versions),
                "tag", new Views.TagPage(tag.name(), cards, tag.count(), pagination(first, slice, link)),
                "search", frame.search(site, tag.language(), url));
    }

    /** The not-found page is served at any address, so its links are absolute where the site's address is known. */
    private Map<String, Object> notFound(Language language, PageUrl url) {
        Function<PageUrl, String> link = to -> hrefs.fromAnywhere(url, to);
        String title = texts.format(language, "notFound.title");
        return Map.of("page", frame.page(site, "not-found", language, url, title, title, link,
                        other -> Optional.of(SiteUrls.home(other))),
                "search", frame.search(site, language, url));
    }

    /** The page that lists every result of a query; the search script fills it in from the query in its address. */
    private Map<String, Object> searchResults(Language language) {
        PageUrl url = SiteUrls.searchResults(language);
        Function<PageUrl, String> link = from(url);
        String title = texts.format(language, "search.resultsTitle");
        return Map.of("page", frame.page(site, "search", language, url, title,
                        texts.format(language, "search.resultsIntro"), link,
                        other -> Optional.of(SiteUrls.searchResults(other))),
                "search", frame.search(site, language, url));
    }

    private Map<String, Object> root() {
        PageUrl url = SiteUrls.root();
        Function<PageUrl, String> link = from(url);
        List<Views.LanguageEntry> entries = new ArrayList<>();
        for (Language language : site.languages()) {
            entries.add(new Views.LanguageEntry(language.code(), rules.get(language).nativeName(),
                    texts.format(language, "site.title"), texts.format(language, "site.tagline"),
                    link.apply(SiteUrls.home(language)), link.apply(SiteUrls.searchResults(language)),
                    texts.format(language, "search.placeholder"), texts.format(language, "search.submit")));
        }
        Language first = site.defaultLanguage();
        String title = texts.format(first, "site.title");
        Views.Page page = frame.page(site, "root", first, url, title, texts.format(first, "site.tagline"), link,
                other -> Optional.of(SiteUrls.home(other)));
        return Map.of("page", page, "languages", entries, "search", frame.search(site, first, url));
    }

    private static Views.Link link(Playbook playbook, Function<PageUrl, String> link) {
        return new Views.Link(playbook.meta().title(), link.apply(SiteUrls.playbook(playbook)));
    }

    private Views.Card card(Playbook playbook, Function<PageUrl, String> link) {
        return new Views.Card(playbook.meta().title(), link.apply(SiteUrls.playbook(playbook)),
                playbook.meta().summary(), tagLinks(playbook.language(), playbook.meta().tags(), link),
                playbook.language().code(), playbook.meta().translationKey(), playbook.outline().checklist().size());
    }

    private List<Views.TagLink> tagLinks(Language language, List<String> names, Function<PageUrl, String> link) {
        List<Views.TagLink> links = new ArrayList<>();
        for (String name : names) {
            site.tagLabel(language, name).ifPresent(tag -> links.add(
                    new Views.TagLink(tag.name(), link.apply(SiteUrls.tag(tag)), tag.count())));
        }
        return links;
    }
}
