package dev.playbooks.build;

import dev.playbooks.model.Language;
import dev.playbooks.model.PageUrl;
import dev.playbooks.model.Playbook;
import dev.playbooks.site.Site;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages an update must render again, and those it must delete, found by comparing each page's inputs in the
 * site the output folder shows with those in the site just linked:
 * <ul>
 * <li>a playbook's page, when its own file changed, or when what it shows of other pages changed
 * ({@link PageAssembler#surroundings}: its tags, the pages linking to it, its translations, its staleness);</li>
 * <li>a list page (home, tag index, a tag), when the data its template gets changed: these are built for both
 * sites and compared whole, which is cheap because nothing on them needs Markdown rendered;</li>
 * <li>a page of the old site that the new one does not have is deleted.</li>
 * </ul>
 * So an edit to one playbook's text renders that page (and its translations, if they went stale); a new title
 * also renders the lists and the pages it links to; the other pages are left as they are.
 */
record PageChanges(List<Playbook> playbooks, List<SiteBuilder.ListPage> lists, List<PageUrl> removed) {

    static PageChanges between(SiteBuilder.PageRenderer before, SiteBuilder.PageRenderer after) {
        List<Playbook> playbooks = new ArrayList<>();
        List<PageUrl> removed = new ArrayList<>();
        Map<Path, Playbook> old = new HashMap<>();
        Site beforeSite = before.site();
        Site afterSite = after.site();
        beforeSite.languages().forEach(language ->
                beforeSite.playbooks(language).forEach(playbook -> old.put(playbook.source().path(), playbook)));
        for (Language language : afterSite.languages()) {
            for (Playbook playbook : afterSite.playbooks(language)) {
                Playbook was = old.remove(playbook.source().path());
                if (was == null || !same(was, playbook) || !before.assembler().surroundings(was)
                        .equals(after.assembler().surroundings(playbook))) {
                    playbooks.add(playbook);
                }
            }
        }
        old.values().forEach(gone -> removed.add(Site.url(gone)));

        Map<PageUrl, SiteBuilder.ListPage> oldLists = new LinkedHashMap<>();
        beforeSite.languages().forEach(language ->
                before.listPages(language).forEach(list -> oldLists.put(list.url(), list)));
        List<SiteBuilder.ListPage> lists = new ArrayList<>();
        for (Language language : afterSite.languages()) {
            for (SiteBuilder.ListPage list : after.listPages(language)) {
                SiteBuilder.ListPage was = oldLists.remove(list.url());
                if (was == null || !was.model().equals(list.model())) {
                    lists.add(list);
                }
            }
        }
        oldLists.keySet().forEach(removed::add);
        return new PageChanges(playbooks, lists, removed);
    }

    /** Unchanged playbooks are the very objects the memory kept, so identity answers most of these at once. */
    private static boolean same(Playbook was, Playbook now) {
        return was == now || was.equals(now);
    }
}
