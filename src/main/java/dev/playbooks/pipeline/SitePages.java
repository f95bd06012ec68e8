package dev.playbooks.pipeline;

import dev.playbooks.content.PageSource;
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
import java.util.function.Supplier;

/**
 * Every page of the site: per language its home, checklists, tag index and tag pages (each page of each long list),
 * its not-found page and its playbooks; then the root page and the root's not-found page.
 */
final class SitePages {
    private SitePages() {
    }

    /**
     * One page: where it goes, the template that renders it, and what that template gets. {@code data} is assembled
     * only when the page's turn comes, so that the data of every page is never in memory at once; for a playbook it
     * holds all but the body, which is rendered only if the page is written.
     */
    record Page(String template, PageUrl url, Language language, Optional<Playbook> body,
                Supplier<Map<String, Object>> data) {
    }

    static List<Page> of(Site site, Map<Language, PageSource> homes, PageAssembler assembler) {
        List<Page> pages = new ArrayList<>();
        for (Language language : site.languages()) {
            pages.addAll(lists(site, language, Optional.ofNullable(homes.get(language)), assembler));
            PageUrl notFound = SiteUrls.notFound(language);
            pages.add(page("404.ftlh", notFound, language, () -> assembler.notFound(language, notFound)));
            for (Playbook playbook : site.playbooks(language)) {
                pages.add(new Page("playbook.ftlh", SiteUrls.playbook(playbook), language, Optional.of(playbook),
                        () -> assembler.playbook(playbook)));
            }
        }
        pages.add(page("root.ftlh", SiteUrls.root(), site.defaultLanguage(), assembler::root));
        PageUrl rootNotFound = SiteUrls.rootNotFound();
        pages.add(page("404.ftlh", rootNotFound, site.defaultLanguage(),
                () -> assembler.notFound(site.defaultLanguage(), rootNotFound)));
        return pages;
    }

    /** The pages of a language that list playbooks: its home, its checklists, the tag index and each tag's page. */
    private static List<Page> lists(Site site, Language language, Optional<PageSource> intro,
                                    PageAssembler assembler) {
        List<Page> pages = new ArrayList<>();
        List<Playbook> playbooks = site.playbooks(language);
        for (Paging.Slice<Playbook> slice : Paging.slices(playbooks, Paging.PAGE_SIZE)) {
            pages.add(page("home.ftlh", SiteUrls.listPage(SiteUrls.home(language), slice.number()), language,
                    () -> assembler.home(language, intro, slice)));
        }
        List<Playbook> withChecklists = playbooks.stream()
                .filter(playbook -> !playbook.outline().checklist().isEmpty()).toList();
        for (Paging.Slice<Playbook> slice : Paging.slices(withChecklists, Paging.PAGE_SIZE)) {
            pages.add(page("checklists.ftlh", SiteUrls.listPage(SiteUrls.checklists(language), slice.number()),
                    language, () -> assembler.checklists(language, slice)));
        }
        pages.add(page("tags.ftlh", SiteUrls.tagIndex(language), language, () -> assembler.tagIndex(language)));
        for (Tag tag : site.tags(language)) {
            for (Paging.Slice<Playbook> slice : Paging.slices(tag.playbooks(), Paging.PAGE_SIZE)) {
                pages.add(page("tag.ftlh", SiteUrls.listPage(SiteUrls.tag(tag), slice.number()), language,
                        () -> assembler.tag(tag, slice)));
            }
        }
        return pages;
    }

    private static Page page(String template, PageUrl url, Language language, Supplier<Map<String, Object>> data) {
        return new Page(template, url, language, Optional.empty(), data);
    }
}
