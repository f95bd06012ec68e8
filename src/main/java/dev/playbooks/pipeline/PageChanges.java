package dev.playbooks.pipeline;

import dev.playbooks.model.Language;
import dev.playbooks.model.PageUrl;
import dev.playbooks.model.Playbook;
import dev.playbooks.site.Site;
import dev.playbooks.site.Tag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an update must write again, and which pages it must delete, found by comparing the site the output folder
 * shows with the site just linked:
 * <ul>
 * <li>a playbook's page, when its own file changed, or when what it shows of other pages changed
 * ({@link PageAssembler#surroundings}: its tags, the pages linking to it, related, previous and next playbooks,
 * its translations, whether it is stale). Only pages related to a changed playbook (its translations, the pages it
 * links to) can be affected, unless a tag's name or size changed, a card changed (neighbours show it) or a page
 * came or went; then every page is compared;</li>
 * <li>the list pages (every page of the home, checklists, tag index and tags), when a changed playbook's card (title, summary, tags, place in the
 * order) changed, a playbook came or went, or a home introduction changed; then each list page's data is built
 * for both sites and compared whole;</li>
 * <li>the sitemap when pages or translations came or went, a language's feed when its entries changed;</li>
 * <li>pages of the old site that the new one does not have are deleted.</li>
 * </ul>
 * So an edit to one playbook's text renders that page (and its translations, if they go stale), nothing else.
 */
record PageChanges(List<Playbook> playbooks, List<SiteBuilder.ListPage> lists, List<PageUrl> removed,
                   boolean sitemap, Set<Language> feeds) {

    static PageChanges between(SiteBuilder.PageRenderer before, SiteBuilder.PageRenderer after) {
        Site beforeSite = before.site();
        Site afterSite = after.site();
        // Drafts count as changes too: a draft source that changes can make a published translation stale.
        Map<Path, Playbook> oldAll = loaded(beforeSite);
        Map<Path, Playbook> nowAll = loaded(afterSite);
        Set<Path> changed = new TreeSet<>();
        oldAll.forEach((path, was) -> {
            if (!nowAll.containsKey(path) || !same(was, nowAll.get(path))) {
                changed.add(path);
            }
        });
        nowAll.keySet().stream().filter(path -> !oldAll.containsKey(path)).forEach(changed::add);
        Map<Path, Playbook> old = published(beforeSite);
        Map<Path, Playbook> now = published(afterSite);
        boolean cameOrWent = !old.keySet().equals(now.keySet());
        boolean tagsChanged = !tagFaces(beforeSite).equals(tagFaces(afterSite));

        boolean cardsChanged = changed.stream()
                .anyMatch(path -> !Objects.equals(card(old.get(path)), card(now.get(path))));
        // A new title, summary, tag or place shows on its neighbours' pages (previous, next, related) too.
        boolean everyPage = tagsChanged || cardsChanged || cameOrWent;
        List<Playbook> playbooks = new ArrayList<>();
        changed.stream().map(now::get).filter(Objects::nonNull).forEach(playbooks::add);
        for (Playbook candidate : everyPage ? now.values() : related(changed, oldAll, nowAll, now.values())) {
            Playbook was = old.get(candidate.source().path());
            if (was != null && !changed.contains(candidate.source().path())
                    && !before.assembler().surroundings(was).equals(after.assembler().surroundings(candidate))) {
                playbooks.add(candidate);
            }
        }
        List<PageUrl> removed = new ArrayList<>();
        old.forEach((path, was) -> {
            if (!now.containsKey(path)) {
                removed.add(Site.url(was));
            }
        });

        List<SiteBuilder.ListPage> lists = new ArrayList<>();
        if (cameOrWent || tagsChanged || cardsChanged || !before.homes().equals(after.homes())) {
            compareLists(before, after, lists, removed);
        }
        boolean sitemap = cameOrWent || tagsChanged || changed.stream().anyMatch(path -> now.containsKey(path)
                && !old.get(path).meta().translationKey().equals(now.get(path).meta().translationKey()));
        Set<Language> feeds = new TreeSet<>();
        for (Path path : changed) {
            if (!Objects.equals(feedEntry(old.get(path)), feedEntry(now.get(path)))) {
                feeds.add((old.containsKey(path) ? old.get(path) : now.get(path)).language());
            }
        }
        return new PageChanges(playbooks, lists, removed, sitemap, feeds);
    }

    /** Every playbook the site was linked from, drafts included. */
    private static Map<Path, Playbook> loaded(Site site) {
        Map<Path, Playbook> byPath = new LinkedHashMap<>();
        site.freshness().statuses().forEach(status ->
                byPath.put(status.playbook().source().path(), status.playbook()));
        return byPath;
    }

    private static Map<Path, Playbook> published(Site site) {
        Map<Path, Playbook> byPath = new LinkedHashMap<>();
        site.languages().forEach(language ->
                site.playbooks(language).forEach(playbook -> byPath.put(playbook.source().path(), playbook)));
        return byPath;
    }

    /** Unchanged playbooks are the very objects the memory kept, so identity answers most of these at once. */
    private static boolean same(Playbook was, Playbook now) {
        return was == now || was.equals(now);
    }

    /** What every page carrying a tag shows of it: its name (the first spelling) and its number of playbooks. */
    private static Map<String, List<Object>> tagFaces(Site site) {
        Map<String, List<Object>> faces = new HashMap<>();
        for (Language language : site.languages()) {
            for (Tag tag : site.tags(language)) {
                faces.put(language.code() + "/" + tag.slug(), List.of(tag.name(), tag.playbooks().size()));
            }
        }
        return faces;
    }

    /**
     * The pages whose surroundings a changed playbook is part of: its translations and the pages it links to, now
     * or before the change.
     */
    private static List<Playbook> related(Set<Path> changed, Map<Path, Playbook> old, Map<Path, Playbook> now,
                                          Collection<Playbook> published) {
        Set<String> keys = new TreeSet<>();
        Set<Path> linked = new HashSet<>();
        for (Path path : changed) {
            for (Playbook version : new Playbook[] {old.get(path), now.get(path)}) {
                if (version != null) {
                    keys.add(version.meta().translationKey());
                    version.outline().links().forEach(link -> linked.add(target(version, link.destination())));
                }
            }
        }
        return published.stream().filter(playbook -> keys.contains(playbook.meta().translationKey())
                || linked.contains(playbook.source().path())).toList();
    }

    /** The file a relative link points at, resolved as the site resolves it. */
    private static Path target(Playbook from, String destination) {
        String path = destination.replaceFirst("[?#].*$", "");
        return path.isEmpty() ? from.source().path()
                : from.source().path().getParent().resolve(path).toAbsolutePath().normalize();
    }

    /** What list pages show of a playbook, and what decides its place in them. */
    private static List<Object> card(Playbook playbook) {
        return playbook == null ? null : List.of(playbook.meta().title(), playbook.meta().summary(),
                playbook.meta().tags(), playbook.meta().weight());
    }

    private static List<Object> feedEntry(Playbook playbook) {
        return playbook == null ? null : List.of(playbook.meta().title(), playbook.meta().summary(),
                playbook.meta().updated());
    }

    /** Builds every list page's data for both sites; those that differ are rendered, those that went deleted. */
    private static void compareLists(SiteBuilder.PageRenderer before, SiteBuilder.PageRenderer after,
                                     List<SiteBuilder.ListPage> lists, List<PageUrl> removed) {
        Map<PageUrl, SiteBuilder.ListPage> oldLists = new LinkedHashMap<>();
        before.site().languages().forEach(language ->
                before.listPages(language).forEach(list -> oldLists.put(list.url(), list)));
        for (Language language : after.site().languages()) {
            for (SiteBuilder.ListPage list : after.listPages(language)) {
                SiteBuilder.ListPage was = oldLists.remove(list.url());
                if (was == null || !was.model().equals(list.model())) {
                    lists.add(list);
                }
            }
        }
        removed.addAll(oldLists.keySet());
    }
}
