package dev.playbooks.pipeline;

import dev.playbooks.model.HomeIntro;
import dev.playbooks.model.Language;
import dev.playbooks.model.PageUrl;
import dev.playbooks.model.Playbook;
import dev.playbooks.site.Site;
import dev.playbooks.site.SiteUrls;
import dev.playbooks.site.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every page of the site: per language its home, checklists, tag index and tag pages (each page of each long list),
 * its search results page, its not-found page and its playbooks; then the root page and the root's not-found page.
 */
final class SitePages {
    private SitePages() {
    }

    /**
     * One page: where it goes, the template that renders it, and which page it is. Its data is assembled from the
     * key only when its turn comes, so the data of every page is never in memory at once.
     */
    record Page(String template, PageUrl url, Language language, PageKey key) {
        /** The playbook whose body the page shows, if any: rendered only if the page is written. */
        Optional<Playbook> body() {
            return key instanceof PageKey.PlaybookPage page ? Optional.of(page.playbook()) : Optional.empty();
        }
    }

    static List<Page> of(Site site, Map<Language, HomeIntro> homes) {
        List<Page> pages = new ArrayList<>();
        for (Language language : site.languages()) {
            pages.addAll(lists(site, language, Optional.ofNullable(homes.get(language))));
            pages.add(new Page("search.ftlh", SiteUrls.searchResults(language), language,
                    new PageKey.SearchResultsPage(language)));
            PageUrl notFound = SiteUrls.notFound(language);
            pages.add(new Page("404.ftlh", notFound, language, new PageKey.NotFoundPage(language, notFound)));
            for (Playbook playbook : site.playbooks(language)) {
                pages.add(new Page("playbook.ftlh", SiteUrls.playbook(playbook), language,
                        new PageKey.PlaybookPage(playbook)));
            }
        }
        pages.add(new Page("root.ftlh", SiteUrls.root(), site.defaultLanguage(), new PageKey.RootPage()));
        PageUrl rootNotFound = SiteUrls.rootNotFound();
        pages.add(new Page("404.ftlh", rootNotFound, site.defaultLanguage(),
                new PageKey.NotFoundPage(site.defaultLanguage(), rootNotFound)));
        return pages;
    }

    /** The pages of a language that list playbooks: its home, its checklists, the tag index and each tag's page. */
    private static List<Page> lists(Site site, Language language, Optional<HomeIntro> intro) {
        List<Page> pages = new ArrayList<>();
        List<Playbook> playbooks = site.playbooks(language);
        for (Paging.Slice<Playbook> slice : Paging.slices(playbooks, Paging.PAGE_SIZE)) {
            pages.add(new Page("home.ftlh", SiteUrls.listPage(SiteUrls.home(language), slice.number()), language,
                    new PageKey.HomePage(language, intro, slice)));
        }
        List<Playbook> withChecklists = playbooks.stream()
                .filter(playbook -> !playbook.outline().checklist().isEmpty()).toList();
        for (Paging.Slice<Playbook> slice : Paging.slices(withChecklists, Paging.PAGE_SIZE)) {
            pages.add(new Page("checklists.ftlh", SiteUrls.listPage(SiteUrls.checklists(language), slice.number()),
                    language, new PageKey.ChecklistsPage(language, slice)));
        }
        pages.add(new Page("tags.ftlh", SiteUrls.tagIndex(language), language, new PageKey.TagIndexPage(language)));
        for (Tag tag : site.tags(language)) {
            for (Paging.Slice<Playbook> slice : Paging.slices(tag.playbooks(), Paging.PAGE_SIZE)) {
                pages.add(new Page("tag.ftlh", SiteUrls.listPage(SiteUrls.tag(tag), slice.number()), language,
                        new PageKey.TagPage(tag.label(), slice)));
            }
        }
        return pages;
    }
}
