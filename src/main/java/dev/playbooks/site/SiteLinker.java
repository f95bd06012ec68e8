package dev.playbooks.site;

import dev.playbooks.i18n.LanguageRules;
import dev.playbooks.i18n.Slugs;
import dev.playbooks.model.HomeIntro;
import dev.playbooks.model.Language;
import dev.playbooks.model.MediaRef;
import dev.playbooks.model.Playbook;
import dev.playbooks.model.SourceFile;
import dev.playbooks.problem.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Links loaded playbooks into one {@link Site}: which are published and in what order, their translations, tags,
 * links (checked) and backlinks, their freshness and the tag pairs across languages.
 */
final class SiteLinker {
    private SiteLinker() {
    }

    /**
     * Links the loaded playbooks into a site. Drafts are left out unless {@code includeDrafts}; a link to a left-out
     * draft, a missing page or a missing heading is reported at the link's place. {@code previous} holds the links
     * an earlier linking found sound ({@link SoundLinks#NONE} for none), so only links that may have changed are
     * checked again. {@code tagPairs} are the pairs of tags each language's UI strings file states; one that points
     * nowhere is reported where it is written.
     */
    static Site link(Site.Input input, SoundLinks previous, Problems problems) {
        List<Language> languages = input.languages();
        List<Playbook> all = input.playbooks();
        Map<Language, LanguageRules> rules = input.rules();
        boolean includeDrafts = input.includeDrafts();
        Language defaultLanguage = Site.defaultLanguage(languages);
        Map<Path, Playbook> everyFile = new HashMap<>();
        all.forEach(playbook -> everyFile.put(SourceFile.key(playbook.source().path()), playbook));
        Map<Language, List<Playbook>> published = new TreeMap<>();
        languages.forEach(language -> published.put(language, new ArrayList<>()));
        all.stream().filter(p -> includeDrafts || !p.meta().draft())
                .forEach(p -> published.get(p.language()).add(p));
        published.forEach((language, playbooks) -> playbooks.sort(homeOrder(rules.get(language))));

        Map<Path, Playbook> byPath = new HashMap<>();
        published.values().forEach(list -> list.forEach(p -> byPath.put(SourceFile.key(p.source().path()), p)));
        Map<String, Map<Language, Playbook>> translations = translations(published, problems);
        Map<Language, List<Tag>> tags = new TreeMap<>();
        published.forEach((language, playbooks) -> tags.put(language, tags(language, playbooks, rules.get(language))));
        Map<Playbook, List<Playbook>> backlinks = new IdentityHashMap<>();
        LinkChecker checker = new LinkChecker(byPath, everyFile, input.unread().files());
        SoundLinks.Reuse reuse = previous.reuseFor(byPath.values());
        Map<Playbook, List<Playbook>> sound = new IdentityHashMap<>();
        published.values().forEach(list -> list.forEach(playbook -> {
            List<Playbook> targets = reuse.targetsOf(playbook);
            if (targets == null) {
                LinkChecker.Checked checked = checker.check(playbook, problems);
                targets = checked.targets();
                if (checked.sound()) {
                    sound.put(playbook, targets);
                }
            } else {
                sound.put(playbook, targets);
            }
            targets.forEach(target -> addBacklink(backlinks, target, playbook));
        }));
        input.homes().forEach(home -> checkHome(home, checker, problems));
        Freshness freshness = Freshness.of(all, defaultLanguage);
        freshness.reportMistakes(problems, input.unread().languages());
        return new Site(List.copyOf(languages), defaultLanguage, published, translations, tags, backlinks, byPath,
                freshness, SoundLinks.of(sound, byPath.values()), TagPairs.of(languages, input.tagPairs(), all, input.unread().languages(), problems),
                input.media());
    }

    /**
     * A home's introduction links to playbooks as playbooks do, so its links are checked the same way (they are few,
     * so every time); it is no playbook's backlink, and shows no images.
     */
    private static void checkHome(HomeIntro home, LinkChecker checker, Problems problems) {
        checker.check(home.source(), home.outline(), null, problems);
        for (MediaRef ref : home.outline().media()) {
            problems.error(home.source().display(), ref.line(), ref.column(),
                    "a home's introduction cannot show images or offer files",
                    "show it in a playbook, and link to that playbook from here");
        }
    }

    private static Comparator<Playbook> homeOrder(LanguageRules rules) {
        Comparator<String> titles = rules.textOrder();
        return Comparator.comparingInt((Playbook p) -> p.meta().weight())
                .thenComparing(p -> p.meta().title(), titles)
                .thenComparing(Playbook::slug);
    }

    private static Map<String, Map<Language, Playbook>> translations(Map<Language, List<Playbook>> published,
                                                                     Problems problems) {
        Map<String, Map<Language, Playbook>> translations = new HashMap<>();
        published.forEach((language, playbooks) -> playbooks.forEach(playbook -> {
            String key = playbook.meta().translationKey();
            Playbook earlier = translations.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(language, playbook);
            if (earlier != null) {
                problems.error(playbook.source().display(), playbook.meta().lineOf("translationKey"), 1,
                        "translationKey '" + key + "' is already used by " + earlier.source().display(),
                        "give each playbook of a language its own translationKey; share it only with its "
                                + "translations in other languages");
            }
        }));
        return translations;
    }

    private static List<Tag> tags(Language language, List<Playbook> playbooks, LanguageRules rules) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Playbook>> members = new LinkedHashMap<>();
        for (Playbook playbook : playbooks) {
            Set<String> ownSlugs = new HashSet<>();
            for (String name : playbook.meta().tags()) {
                String slug = Slugs.slugify(name);
                names.putIfAbsent(slug, name);
                if (ownSlugs.add(slug)) {
                    members.computeIfAbsent(slug, s -> new ArrayList<>()).add(playbook);
                }
            }
        }
        List<Tag> tags = new ArrayList<>();
        names.forEach((slug, name) -> tags.add(new Tag(language, name, slug, List.copyOf(members.get(slug)))));
        tags.sort(Comparator.comparing(Tag::name, rules.textOrder()));
        return List.copyOf(tags);
    }

    /**
     * Records that {@code from} links to {@code target}, once however often it does. The links of one playbook are
     * added one after another, so a repeat can only be the last entry: looking further would cost a page that half
     * the site links to time in proportion to the site, for every link to it.
     */
    private static void addBacklink(Map<Playbook, List<Playbook>> backlinks, Playbook target, Playbook from) {
        List<Playbook> list = backlinks.computeIfAbsent(target, t -> new ArrayList<>());
        if (target != from && (list.isEmpty() || list.get(list.size() - 1) != from)) {
            list.add(from);
        }
    }
}
