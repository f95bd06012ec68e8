package dev.playbooks.site;

import dev.playbooks.i18n.Slugs;
import dev.playbooks.model.Language;
import dev.playbooks.model.Playbook;
import dev.playbooks.model.TagPair;
import dev.playbooks.problem.Problems;
import dev.playbooks.problem.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which tags of different languages are the same topic, so that a tag page can lead to its topic in another language.
 * Tags spelled alike (the same slug) in two languages are one topic unless the author pairs either of them otherwise;
 * any other pair is stated once, in either language's UI strings file, and holds both ways. Immutable once linked.
 */
final class TagPairs {
    private record TagKey(Language language, String slug) {
    }

    /** A stated pair seen from one of its tags: the other tag as written, and where the author stated the pair. */
    private record Partner(String slug, String name, TagPair statement) {
    }

    private final Map<TagKey, Map<Language, Partner>> stated = new HashMap<>();

    private TagPairs() {
    }

    /**
     * Checks every statement and keeps those that hold. A tag is known when any playbook carries it, drafts
     * included, so a pair written for a draft still waiting to be published is not a mistake meanwhile.
     *
     * @param statements each language's pairs, as its UI strings file states them
     * @param all        every loaded playbook, drafts included
     */
    static TagPairs of(List<Language> languages, Map<Language, List<TagPair>> statements, Collection<Playbook> all,
                       Set<Language> unread, Problems problems) {
        Known known = new Known(languages, tagNames(all), unread, problems);
        TagPairs pairs = new TagPairs();
        for (Language language : languages) {
            statements.getOrDefault(language, List.of()).forEach(statement -> pairs.add(language, statement, known));
        }
        return pairs;
    }

    /** Per language, every tag's slug and its first spelling, in the order playbooks name them. */
    private static Map<Language, Map<String, String>> tagNames(Collection<Playbook> all) {
        Map<Language, Map<String, String>> names = new HashMap<>();
        for (Playbook playbook : all) {
            Map<String, String> ofLanguage = names.computeIfAbsent(playbook.language(), l -> new LinkedHashMap<>());
            playbook.meta().tags().forEach(name -> ofLanguage.putIfAbsent(Slugs.slugify(name), name));
        }
        return names;
    }

    /**
     * The slug of the tag of {@code other} that is the same topic as tag {@code slug} of {@code language}: the one
     * the author paired it with, else the same slug unless the author paired that tag otherwise. Whether
     * {@code other} has a tag of that slug is the site's to say.
     */
    Optional<String> slugIn(Language language, String slug, Language other) {
        if (language.equals(other)) {
            return Optional.of(slug);
        }
        Partner partner = partner(new TagKey(language, slug), other);
        if (partner != null) {
            return Optional.of(partner.slug());
        }
        return partner(new TagKey(other, slug), language) == null ? Optional.of(slug) : Optional.empty();
    }

    private Partner partner(TagKey tag, Language other) {
        return stated.getOrDefault(tag, Map.of()).get(other);
    }

    private void add(Language language, TagPair statement, Known known) {
        Optional<Language> other = known.otherLanguage(language, statement);
        if (other.isEmpty()) {
            return;
        }
        // Both sides are checked (no short circuit), so that both are reported when both point nowhere.
        if (!(known.isTag(language, statement.file(), statement.tag())
                & known.isTag(other.get(), statement.file(), statement.otherTag()))) {
            return;
        }
        TagKey one = new TagKey(language, Slugs.slugify(statement.tag().text()));
        TagKey two = new TagKey(other.get(), Slugs.slugify(statement.otherTag().text()));
        Partner ofOne = partner(one, two.language());
        Partner ofTwo = partner(two, one.language());
        if (ofOne != null && ofOne.slug().equals(two.slug())) {
            known.problems().warning(statement.file(), statement.tag().line(), statement.tag().column(),
                    "the pair '" + statement.tag().text() + "' and '" + statement.otherTag().text()
                            + "' is stated twice",
                    "it is also stated at " + place(ofOne.statement()) + "; a pair holds both ways, so keep one");
        } else if (ofOne != null || ofTwo != null) {
            pairedTwice(statement, ofOne != null, ofOne != null ? ofOne : ofTwo, known.problems());
        } else {
            stated.computeIfAbsent(one, key -> new HashMap<>())
                    .put(two.language(), new Partner(two.slug(), statement.otherTag().text(), statement));
            stated.computeIfAbsent(two, key -> new HashMap<>())
                    .put(one.language(), new Partner(one.slug(), statement.tag().text(), statement));
        }
    }

    /** A tag may be the same topic as one tag of each other language only, or its page could not choose. */
    private static void pairedTwice(TagPair statement, boolean ownSide, Partner earlier, Problems problems) {
        TagPair.Written tag = ownSide ? statement.tag() : statement.otherTag();
        TagPair.Written now = ownSide ? statement.otherTag() : statement.tag();
        problems.error(statement.file(), tag.line(), tag.column(),
                "'" + tag.text() + "' is paired with '" + now.text() + "' here and with '" + earlier.name() + "' at "
                        + place(earlier.statement()),
                "a tag is the same topic as one tag of each other language: keep one of the two pairs");
    }

    private static String place(TagPair statement) {
        return statement.file() + ":" + statement.tag().line() + ":" + statement.tag().column();
    }

    /** What statements are checked against: the site's languages and every language's tags. */
    private static final class Known {
        private final List<Language> languages;
        private final Map<Language, Map<String, String>> tags;
        private final Problems problems;
        /** Languages with files that could not be read: a tag missing from the rest may be on one of those. */
        private final Set<Language> unread;
        private final Set<List<Object>> reportedLanguages = new HashSet<>();

        Known(List<Language> languages, Map<Language, Map<String, String>> tags, Set<Language> unread,
              Problems problems) {
            this.languages = languages;
            this.tags = tags;
            this.unread = unread;
            this.problems = problems;
        }

        Problems problems() {
            return problems;
        }

        /** The language a statement pairs with, if it is another language of the site; reported once per group. */
        Optional<Language> otherLanguage(Language language, TagPair statement) {
            TagPair.Written written = statement.otherLanguage();
            Language other = new Language(written.text());
            if (!other.equals(language) && languages.contains(other)) {
                return Optional.of(other);
            }
            // Codes are too short for "did you mean": every two-letter code is near every other.
            if (reportedLanguages.add(List.of(statement.file(), written))) {
                List<String> codes = languages.stream().filter(l -> !l.equals(language)).map(Language::code).toList();
                problems.error(statement.file(), written.line(), written.column(), other.equals(language)
                                ? "'" + written.text() + "' is this file's own language: a tag pair names a tag of "
                                + "another language"
                                : "'" + written.text() + "' is not a language of this site",
                        "group the pairs under the code of another language of the site: " + codes);
            }
            return Optional.empty();
        }

        /** Whether a playbook of the language carries the tag; reported at the tag when none does. */
        boolean isTag(Language language, String file, TagPair.Written tag) {
            Map<String, String> names = tags.getOrDefault(language, Map.of());
            if (names.containsKey(Slugs.slugify(tag.text()))) {
                return true;
            }
            if (unread.contains(language)) {
                return false;
            }
            String nearest = Suggestions.nearest(tag.text(), new ArrayList<>(names.values()));
            problems.error(file, tag.line(), tag.column(),
                    "no playbook in " + language.code() + " has the tag '" + tag.text() + "'",
                    nearest != null ? "did you mean '" + nearest + "'?"
                            : "pair only tags that playbooks carry; a tag is the same topic in every language "
                            + "where it is spelled alike without a pair");
            return false;
        }
    }
}
