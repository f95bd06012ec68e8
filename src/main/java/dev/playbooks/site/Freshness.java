package dev.playbooks.site;

import dev.playbooks.model.Language;
import dev.playbooks.model.Playbook;
import dev.playbooks.model.SourceVersion;
import dev.playbooks.problem.Problem;
import dev.playbooks.problem.Problems;
import dev.playbooks.problem.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Whether each translation still matches its source. A translation names its source in front matter
 * ({@code translatedFrom: en@3f2a9c1d}, the version it was written from); the source is the version of the same
 * {@code translationKey} in that language. The source of a whole group (what the {@code translations} report counts
 * as missing and compares checklists against) is the version that records no source of its own; when several or
 * none do, the language the translations name most, then the site's default language, then the first language.
 */
public final class Freshness {
    /** What a version of a playbook is to its translation group. */
    public enum State {
        /** The group's source: the version translations are made from. */
        SOURCE,
        /** A translation that matches the current version of its source. */
        CURRENT,
        /** A translation whose source has changed since it was written. */
        STALE,
        /** A version that records no source although another language's version is the group's source. */
        UNTRACKED,
        /** A translation whose {@code translatedFrom} names a language that has no version of this playbook. */
        ORPHANED
    }

    /**
     * @param source   the version this one is compared against: its recorded source, or the group's source
     * @param recorded the version of the source this translation was written from, if it says
     * @param current  the current version of {@code source}
     */
    public record Status(Playbook playbook, State state, Optional<Playbook> source, Optional<SourceVersion> recorded,
                         Optional<SourceVersion> current) {
    }

    public static final Freshness NONE = new Freshness(Map.of(), new IdentityHashMap<>(), List.of());

    private final Map<String, Map<Language, Playbook>> groups;
    private final Map<Playbook, Status> statuses;
    private final List<Status> inOrder;

    private Freshness(Map<String, Map<Language, Playbook>> groups, Map<Playbook, Status> statuses,
                      List<Status> inOrder) {
        this.groups = groups;
        this.statuses = statuses;
        this.inOrder = inOrder;
    }

    /**
     * Works out every playbook's state. {@code all} are every loaded playbook, drafts included (a draft translation
     * is still a translation), in file order; when a language has two versions of one key, the first counts.
     */
    public static Freshness of(Collection<Playbook> all, Language defaultLanguage) {
        Map<String, Map<Language, Playbook>> groups = new LinkedHashMap<>();
        for (Playbook playbook : all) {
            groups.computeIfAbsent(playbook.meta().translationKey(), key -> new TreeMap<>())
                    .putIfAbsent(playbook.language(), playbook);
        }
        Map<String, Playbook> sources = new HashMap<>();
        groups.forEach((key, group) -> sources.put(key, groupSource(group, defaultLanguage)));
        Map<Playbook, Status> statuses = new IdentityHashMap<>();
        List<Status> inOrder = new ArrayList<>();
        for (Playbook playbook : all) {
            String key = playbook.meta().translationKey();
            Status status = status(playbook, groups.get(key), sources.get(key));
            statuses.put(playbook, status);
            inOrder.add(status);
        }
        return new Freshness(groups, statuses, inOrder);
    }

    private static Status status(Playbook playbook, Map<Language, Playbook> group, Playbook groupSource) {
        Optional<SourceVersion> recorded = playbook.meta().translatedFrom();
        if (recorded.isEmpty()) {
            State state = playbook == groupSource ? State.SOURCE : State.UNTRACKED;
            Optional<Playbook> source = playbook == groupSource ? Optional.empty() : Optional.of(groupSource);
            return new Status(playbook, state, source, recorded, source.map(Playbook::version));
        }
        Playbook source = group.get(recorded.get().language());
        if (source == null || source == playbook) {
            return new Status(playbook, State.ORPHANED, Optional.empty(), recorded, Optional.empty());
        }
        SourceVersion current = source.version();
        State state = current.equals(recorded.get()) ? State.CURRENT : State.STALE;
        return new Status(playbook, state, Optional.of(source), recorded, Optional.of(current));
    }

    /** The version the others are translated from; see the class comment for how it is chosen. */
    private static Playbook groupSource(Map<Language, Playbook> group, Language defaultLanguage) {
        List<Playbook> originals = group.values().stream()
                .filter(version -> version.meta().translatedFrom().isEmpty()).toList();
        if (originals.size() == 1) {
            return originals.get(0);
        }
        Map<Language, Integer> named = new TreeMap<>();
        group.values().forEach(version -> version.meta().translatedFrom()
                .ifPresent(from -> named.merge(from.language(), 1, Integer::sum)));
        List<Playbook> candidates = originals.isEmpty() ? List.copyOf(group.values()) : originals;
        return candidates.stream().min(Comparator
                        .comparing((Playbook version) -> -named.getOrDefault(version.language(), 0))
                        .thenComparing(version -> !version.language().equals(defaultLanguage))
                        .thenComparing(Playbook::language))
                .orElseThrow();
    }

    public Status of(Playbook playbook) {
        Status status = statuses.get(playbook);
        return status != null ? status
                : new Status(playbook, State.SOURCE, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Every playbook's status, in file order. */
    public List<Status> statuses() {
        return inOrder;
    }

    /** Every translation group: translationKey to its versions by language. */
    public Map<String, Map<Language, Playbook>> groups() {
        return groups;
    }

    /** The source of the group {@code playbook} belongs to. */
    public Playbook groupSource(Playbook playbook, Language defaultLanguage) {
        return groupSource(groups.get(playbook.meta().translationKey()), defaultLanguage);
    }

    /** Mistakes in {@code translatedFrom}: a source that does not exist, or the page's own language. */
    public void reportMistakes(Problems problems, Set<Language> unread) {
        for (Status status : inOrder) {
            if (status.state() != State.ORPHANED) {
                continue;
            }
            Playbook playbook = status.playbook();
            SourceVersion recorded = status.recorded().orElseThrow();
            if (unread.contains(recorded.language()) && !recorded.language().equals(playbook.language())) {
                // The source may be among the files that could not be read.
                continue;
            }
            int line = playbook.meta().lineOf("translatedFrom");
            if (recorded.language().equals(playbook.language())) {
                problems.error(playbook.source().display(), line, 1,
                        "'translatedFrom' names this page's own language '" + recorded.language() + "'",
                        "name the language of the version this page was translated from, e.g. translatedFrom: "
                                + otherExample(playbook));
            } else {
                problems.warning(playbook.source().display(), line, 1,
                        "'translatedFrom' names '" + recorded.language() + "', but no playbook in content/"
                                + recorded.language() + "/ has translationKey '"
                                + playbook.meta().translationKey() + "'",
                        "give the source the same translationKey, or remove translatedFrom if this page is now "
                                + "the original");
            }
        }
    }

    private String otherExample(Playbook playbook) {
        return groups.getOrDefault(playbook.meta().translationKey(), Map.of()).keySet().stream()
                .filter(language -> !language.equals(playbook.language())).findFirst()
                .map(language -> language.code() + "@3f2a9c1d").orElse("en@3f2a9c1d");
    }

    /**
     * The translations among {@code included} whose source changed since they were written, as problems at their
     * translatedFrom line.
     */
    public List<Problem> staleTranslations(Severity severity, Predicate<Playbook> included) {
        List<Problem> stale = new ArrayList<>();
        for (Status status : inOrder) {
            if (status.state() == State.STALE && included.test(status.playbook())) {
                Playbook playbook = status.playbook();
                Playbook source = status.source().orElseThrow();
                stale.add(new Problem(playbook.source().display(), playbook.meta().lineOf("translatedFrom"), 1,
                        severity, "this translation is stale: " + source.source().display() + " has changed since "
                        + status.recorded().orElseThrow() + " (now " + status.current().orElseThrow() + ")",
                        "'playbooks translations --diff " + playbook.slug() + "' shows what changed; once the "
                                + "translation says the same (or if the change needs no translating), 'playbooks "
                                + "translations --accept " + playbook.slug() + " --to " + playbook.language()
                                + "' sets translatedFrom: " + status.current().orElseThrow()));
            }
        }
        return stale;
    }

    /**
     * Translations whose checklist has another number of items than their source's: their items cannot take the
     * source's ids, so a reader's ticks stop following the steps from one language to the other until both lists
     * match. Reported at the translation's first item past the source's count, or its last.
     */
    public List<Problem> checklistMismatches(Severity severity, Predicate<Playbook> included) {
        List<Problem> mismatches = new ArrayList<>();
        for (Status status : inOrder) {
            Playbook playbook = status.playbook();
            if (status.source().isEmpty() || !included.test(playbook)) {
                continue;
            }
            Playbook source = status.source().get();
            int items = playbook.outline().checklist().size();
            int sourceItems = source.outline().checklist().size();
            if (items == sourceItems) {
                continue;
            }
            int line = items == 0 ? playbook.bodyLine()
                    : playbook.outline().checklist().get(Math.min(items, sourceItems + 1) - 1).line();
            mismatches.add(new Problem(playbook.source().display(), line, 1, severity,
                    "this checklist has " + items + (items == 1 ? " item" : " items") + " where its source "
                            + source.source().display() + " has " + sourceItems + ", so a reader's ticks no longer"
                            + " follow the steps between the two languages",
                    "give both lists the same steps in the same order: add the source's new steps here, or remove"
                            + " the ones it dropped"));
        }
        return mismatches;
    }
}
