package dev.playbooks.site;

import dev.playbooks.i18n.LanguageRules;
import dev.playbooks.i18n.Slugs;
import dev.playbooks.model.ChecklistItem;
import dev.playbooks.model.HomeIntro;
import dev.playbooks.media.MediaFile;
import dev.playbooks.model.Language;
import dev.playbooks.model.MediaRef;
import dev.playbooks.model.Playbook;
import dev.playbooks.model.SourceFile;
import dev.playbooks.model.TagPair;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The whole site as a graph, computed once: every page's URL, each playbook's translations, the tags of each
 * language, and who links to whom. Every lookup is a map access, so the work per page does not grow with the
 * size of the site.
 */
public final class Site implements SiteView {
    private final List<Language> languages;
    private final Language defaultLanguage;
    private final Map<Language, List<Playbook>> published;
    private final Map<String, Map<Language, Playbook>> translations;
    private final Map<Language, List<Tag>> tags;
    private final Map<Playbook, List<Playbook>> backlinks;
    private final Map<Path, Playbook> byPath;
    private final Map<Language, Map<String, Tag>> tagsBySlug = new HashMap<>();
    private final Map<Playbook, Integer> positions = new IdentityHashMap<>();
    private final Map<Tag, Map<Playbook, Integer>> positionsInTag = new IdentityHashMap<>();
    private final Map<Language, List<Playbook>> untranslated = new HashMap<>();

    /** How many neighbours on each side of a playbook in each of its tags are considered as related. */
    private static final int RELATED_WINDOW = 4;

    private final Freshness freshness;
    private final SoundLinks soundLinks;
    private final TagPairs tagPairs;
    private final Map<Path, MediaFile> media;

    Site(List<Language> languages, Language defaultLanguage, Map<Language, List<Playbook>> published,
         Map<String, Map<Language, Playbook>> translations, Map<Language, List<Tag>> tags,
         Map<Playbook, List<Playbook>> backlinks, Map<Path, Playbook> byPath, Freshness freshness,
         SoundLinks soundLinks, TagPairs tagPairs, Map<Path, MediaFile> media) {
        this.languages = languages;
        this.defaultLanguage = defaultLanguage;
        this.published = published;
        this.translations = translations;
        this.tags = tags;
        this.backlinks = backlinks;
        this.byPath = byPath;
        this.freshness = freshness;
        this.soundLinks = soundLinks;
        this.tagPairs = tagPairs;
        this.media = media;
        tags.forEach((language, list) -> {
            Map<String, Tag> bySlug = new HashMap<>();
            list.forEach(tag -> {
                bySlug.put(tag.slug(), tag);
                positionsInTag.put(tag, positionsOf(tag.playbooks()));
            });
            tagsBySlug.put(language, bySlug);
        });
        published.values().forEach(list -> positions.putAll(positionsOf(list)));
        languages.forEach(language -> untranslated.put(language, new ArrayList<>()));
        translations.values().forEach(versions -> languages.stream()
                .filter(language -> !versions.containsKey(language))
                .forEach(language -> untranslated.get(language).add(preferred(versions))));
        untranslated.values().forEach(list -> list.sort(Comparator.comparing((Playbook p) -> p.language())
                .thenComparing(p -> positions.get(p))));
    }

    private static Map<Playbook, Integer> positionsOf(List<Playbook> playbooks) {
        Map<Playbook, Integer> positions = new IdentityHashMap<>();
        for (int i = 0; i < playbooks.size(); i++) {
            positions.put(playbooks.get(i), i);
        }
        return positions;
    }

    /** The version to offer readers of a language that has none: the default language's, else the first. */
    private Playbook preferred(Map<Language, Playbook> versions) {
        Playbook inDefault = versions.get(defaultLanguage);
        return inDefault != null ? inDefault : versions.values().iterator().next();
    }

    /**
     * What a site is linked from: its languages, every loaded playbook (drafts too), whether drafts are published,
     * each language's rules, the tag pairs each language's UI strings state, the homes' introductions, the images and files playbooks
     * refer to that can be published, by file, and the files that could not be read.
     */
    public record Input(List<Language> languages, List<Playbook> playbooks, List<HomeIntro> homes,
                        boolean includeDrafts, Map<Language, LanguageRules> rules,
                        Map<Language, List<TagPair>> tagPairs, Map<Path, MediaFile> media, Unread unread) {
    }

    /**
     * The Markdown files that exist but could not be read (their problems are reported already). The site is
     * linked without them, so that one broken file does not hide the problems of the others; what they might have
     * made right (a link's target, a tag, a translation's source) is not called wrong meanwhile.
     *
     * @param files     by path, as {@link SourceFile#key} gives it
     * @param languages the languages that have any
     */
    public record Unread(Set<Path> files, Set<Language> languages) {
        public static final Unread NONE = new Unread(Set.of(), Set.of());

        public boolean isEmpty() {
            return files.isEmpty();
        }
    }

    /**
     * Links the loaded playbooks into a site. Drafts are left out unless asked for; a link to a left-out draft, a
     * missing page or a missing heading is reported at the link's place. {@code previous} holds the links an
     * earlier linking found sound ({@link SoundLinks#NONE} for none), so only links that may have changed are
     * checked again. A tag pair that points nowhere is reported where it is written.
     */
    public static Site link(Input input, SoundLinks previous, Problems problems) {
        return SiteLinker.link(input, previous, problems);
    }

    /** English when the site has it (the language most readers can fall back on), else the first. */
    public static Language defaultLanguage(List<Language> languages) {
        return languages.contains(new Language("en")) ? new Language("en") : languages.get(0);
    }

    @Override
    public List<Language> languages() {
        return languages;
    }

    @Override
    public Language defaultLanguage() {
        return defaultLanguage;
    }

    /** The published playbooks of a language in home-page order: weight, then title as the language sorts it. */
    public List<Playbook> playbooks(Language language) {
        return published.getOrDefault(language, List.of());
    }

    public List<Tag> tags(Language language) {
        return tags.getOrDefault(language, List.of());
    }

    /** The tag a playbook names, looked up by its slug, so "Trust" and "trust" are one tag. */
    public Optional<Tag> tag(Language language, String name) {
        Map<String, Tag> bySlug = tagsBySlug.getOrDefault(language, Map.of());
        Tag tag = bySlug.get(name);
        return Optional.ofNullable(tag != null ? tag : bySlug.get(Slugs.slugify(name)));
    }

    /** The versions of this playbook in the other languages of the site. */
    @Override
    public Optional<Playbook> translation(Playbook playbook, Language language) {
        return Optional.ofNullable(translations.getOrDefault(playbook.meta().translationKey(), Map.of()).get(language));
    }

    /** The published playbooks that link to this one, in the order they were found. */
    @Override
    public List<Playbook> backlinks(Playbook playbook) {
        return backlinks.getOrDefault(playbook, List.of());
    }

    /** The playbook before this one on its language's home page, if any. */
    @Override
    public Optional<Playbook> previous(Playbook playbook) {
        int position = positions.get(playbook);
        return position == 0 ? Optional.empty() : Optional.of(playbooks(playbook.language()).get(position - 1));
    }

    /** The playbook after this one on its language's home page, if any. */
    @Override
    public Optional<Playbook> next(Playbook playbook) {
        List<Playbook> list = playbooks(playbook.language());
        int position = positions.get(playbook);
        return position + 1 >= list.size() ? Optional.empty() : Optional.of(list.get(position + 1));
    }

    /**
     * Playbooks that share the most tags with this one. Only the near neighbours in each of its tags are
     * candidates, so the cost per page stays the same when a tag holds thousands of playbooks.
     */
    @Override
    public List<Playbook> related(Playbook playbook, int max) {
        Map<Playbook, Integer> shared = new IdentityHashMap<>();
        for (String name : playbook.meta().tags()) {
            tag(playbook.language(), name).ifPresent(tag -> {
                List<Playbook> members = tag.playbooks();
                int at = positionsInTag.get(tag).get(playbook);
                int last = Math.min(members.size() - 1, at + RELATED_WINDOW);
                for (int i = Math.max(0, at - RELATED_WINDOW); i <= last; i++) {
                    if (members.get(i) != playbook) {
                        shared.merge(members.get(i), 1, Integer::sum);
                    }
                }
            });
        }
        return shared.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Playbook, Integer> e) -> -e.getValue())
                        .thenComparing(e -> positions.get(e.getKey())))
                .limit(max).map(Map.Entry::getKey).toList();
    }

    /** Playbooks that exist in other languages but not (yet) in this one, one version of each. */
    @Override
    public List<Playbook> untranslated(Language language) {
        return untranslated.getOrDefault(language, List.of());
    }

    @Override
    public PlaybookGroup group(Playbook playbook, int size) {
        List<Playbook> all = playbooks(playbook.language());
        int number = positions.get(playbook) / size;
        int count = (all.size() + size - 1) / size;
        Optional<Playbook> before = number == 0 ? Optional.empty() : Optional.of(all.get((number - 1) * size));
        Optional<Playbook> after = number + 1 >= count ? Optional.empty() : Optional.of(all.get((number + 1) * size));
        return new PlaybookGroup(all.subList(number * size, Math.min(all.size(), (number + 1) * size)), number + 1,
                count, all.size(), before, after);
    }

    @Override
    public List<String> checklistIds(Playbook playbook) {
        List<ChecklistItem> own = playbook.outline().checklist();
        List<ChecklistItem> ids = freshness.of(playbook).source().map(source -> source.outline().checklist())
                .filter(source -> source.size() == own.size()).orElse(own);
        return ids.stream().map(ChecklistItem::id).toList();
    }

    @Override
    public List<PublishedMedia> media(Playbook playbook) {
        List<PublishedMedia> shown = new ArrayList<>();
        for (MediaRef ref : playbook.outline().media()) {
            MediaFile file = media.get(LinkTarget.of(ref.destination()).file(playbook.source().path()));
            if (file != null) {
                shown.add(new PublishedMedia(ref.destination(), file));
            }
        }
        return shown;
    }

    /** Every image and file the site's pages show or offer, each once. */
    public List<MediaFile> publishedMedia() {
        Map<Path, MediaFile> shown = new TreeMap<>();
        published.values().forEach(list -> list.forEach(playbook -> media(playbook)
                .forEach(item -> shown.put(item.file().path(), item.file()))));
        return List.copyOf(shown.values());
    }

    @Override
    public int playbookCount(Language language) {
        return playbooks(language).size();
    }

    @Override
    public Optional<Language> staleSource(Playbook playbook) {
        Freshness.Status status = freshness.of(playbook);
        return status.state() == Freshness.State.STALE
                ? Optional.of(status.source().orElseThrow().language()) : Optional.empty();
    }

    @Override
    public Optional<TagLabel> tagLabel(Language language, String name) {
        return tag(language, name).map(Tag::label);
    }

    @Override
    public List<TagLabel> tagLabels(Language language) {
        return tags(language).stream().map(Tag::label).toList();
    }

    @Override
    public Optional<TagLabel> tagIn(TagLabel tag, Language language) {
        return tagPairs.slugIn(tag.language(), tag.slug(), language).flatMap(slug -> tag(language, slug))
                .map(Tag::label);
    }

    /** Whether each translation still matches its source (drafts included). */
    public Freshness freshness() {
        return freshness;
    }

    /**
     * The version of a playbook this site publishes: the playbook itself if the site has it, else the one it
     * publishes from the same file, if any.
     */
    public Optional<Playbook> published(Playbook playbook) {
        if (positions.containsKey(playbook)) {
            return Optional.of(playbook);
        }
        return Optional.ofNullable(byPath.get(SourceFile.key(playbook.source().path())));
    }

    /** Whether the playbook is one of the site's pages (not a left-out draft). */
    public boolean isPublished(Playbook playbook) {
        return byPath.get(SourceFile.key(playbook.source().path())) == playbook;
    }

    public int pageCount() {
        return published.values().stream().mapToInt(List::size).sum();
    }

    /** The links this linking found sound, for the next one to start from. */
    public SoundLinks soundLinks() {
        return soundLinks;
    }

    /** A published playbook's place on its language's home page, from 0. */
    public int position(Playbook playbook) {
        return positions.get(playbook);
    }

    /**
     * Where a relative link of {@code from} leads, as written in its page: the linked page's address relative to
     * {@code from}'s, with the anchor; empty when the link names no published page.
     */
    @Override
    public Optional<Playbook> linkTarget(SourceFile from, String destination) {
        return Optional.ofNullable(byPath.get(LinkTarget.of(destination).file(from.path())));
    }

    public Optional<String> href(Playbook from, String destination, Hrefs hrefs) {
        LinkTarget target = LinkTarget.of(destination);
        if (target.isSamePage()) {
            return Optional.of(target.anchor());
        }
        return Optional.ofNullable(byPath.get(target.file(from.source().path())))
                .map(to -> hrefs.relative(SiteUrls.playbook(from), SiteUrls.playbook(to)) + target.anchor());
    }
}
