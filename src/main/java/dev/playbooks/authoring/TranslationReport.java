package dev.playbooks.authoring;

import dev.playbooks.content.ProjectLayout;
import dev.playbooks.content.UiStringReader;
import dev.playbooks.i18n.LanguageRules;
import dev.playbooks.model.Language;
import dev.playbooks.model.Playbook;
import dev.playbooks.problem.Problem;
import dev.playbooks.problem.Problems;
import dev.playbooks.site.Freshness;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where the translations of a site stand, per language: which playbooks are originals, which translations are
 * up to date, stale or not tracked, which playbooks have no version in the language yet, which UI strings it
 * lacks, and where a translation's checklist has a different number of items than its source's. It reads what
 * it can: a file with mistakes is left out and its problems are listed, but the rest is still reported. Drafts
 * count, since a draft translation is work under way.
 */
public record TranslationReport(List<LanguageStatus> languages, List<Problem> problems) {

    public record LanguageStatus(String code, String name, int playbooks, List<Version> originals,
                                 List<Version> upToDate, List<Version> stale, List<Version> untracked,
                                 List<Version> orphaned, List<Missing> missing, List<String> uiStringsMissing,
                                 List<ChecklistMismatch> checklistMismatches) {
        public int translations() {
            return upToDate.size() + stale.size() + untracked.size() + orphaned.size();
        }
    }

    /**
     * One version of a playbook. {@code source} is the file it is compared with (empty for an original);
     * {@code recorded} the source version it says it was translated from, {@code current} the source's version now;
     * {@code changes}, for a stale translation when they were asked for, what changed in the source since.
     */
    public record Version(String file, String translationKey, boolean draft, String source, String recorded,
                          String current, Optional<SourceChanges> changes) {
    }

    /** A playbook that has no version in the language yet: its translationKey and the file to translate. */
    public record Missing(String translationKey, String source, String title) {
    }

    public record ChecklistMismatch(String file, int items, String source, int sourceItems) {
    }

    public static TranslationReport of(Path projectRoot) throws IOException {
        return of(Translations.read(ProjectLayout.at(projectRoot)), status -> false);
    }

    /**
     * The report with, for each stale translation, what changed in its source since the version it records, looked
     * up in git; only for the playbook {@code name} names (its file name in any language, or its translationKey),
     * when one is given.
     */
    public static TranslationReport withChanges(Path projectRoot, Optional<String> name)
            throws IOException, Scaffolding.Refusal {
        Translations translations = Translations.read(ProjectLayout.at(projectRoot));
        if (name.isPresent() && !translations.names(name.get())) {
            throw translations.unknown(name.get());
        }
        return of(translations, status -> name.isEmpty() || names(status, name.get()));
    }

    private static boolean names(Freshness.Status status, String name) {
        Playbook playbook = status.playbook();
        return playbook.slug().equals(name) || playbook.meta().translationKey().equals(name)
                || status.source().map(source -> source.slug().equals(name)).orElse(false);
    }

    private static TranslationReport of(Translations translations, Predicate<Freshness.Status> changesFor)
            throws IOException {
        ProjectLayout layout = translations.layout();
        List<Language> languages = translations.tree().languages();
        if (languages.isEmpty()) {
            return new TranslationReport(List.of(), translations.errors());
        }
        Problems problems = translations.problems();
        Map<Language, Set<String>> keys = new TreeMap<>();
        Set<String> allKeys = new TreeSet<>();
        for (Language language : languages) {
            keys.put(language, UiStringReader.read(translations.tree().i18nFile(language), layout, problems).keySet());
            allKeys.addAll(keys.get(language));
        }
        LanguageRules rules = new LanguageRules(translations.defaultLanguage());
        List<LanguageStatus> statuses = new ArrayList<>();
        try (SourceHistory history = new SourceHistory()) {
            for (Language language : languages) {
                Set<String> lacking = new TreeSet<>(allKeys);
                lacking.removeAll(keys.get(language));
                statuses.add(status(language, rules.nameOf(language), translations, List.copyOf(lacking),
                        status -> status.state() == Freshness.State.STALE && changesFor.test(status)
                                ? Optional.of(history.since(status.source().orElseThrow(),
                                status.recorded().orElseThrow())) : Optional.empty()));
            }
        }
        return new TranslationReport(statuses, translations.errors());
    }

    private static LanguageStatus status(Language language, String name, Translations translations,
                                         List<String> uiStringsMissing,
                                         Function<Freshness.Status, Optional<SourceChanges>> changes) {
        Freshness freshness = translations.freshness();
        Map<Freshness.State, List<Version>> byState = new TreeMap<>();
        for (Freshness.State state : Freshness.State.values()) {
            byState.put(state, new ArrayList<>());
        }
        List<ChecklistMismatch> mismatches = new ArrayList<>();
        int count = 0;
        for (Freshness.Status status : freshness.statuses()) {
            Playbook playbook = status.playbook();
            if (!playbook.language().equals(language)) {
                continue;
            }
            count++;
            byState.get(status.state()).add(version(status, changes.apply(status)));
            status.source().ifPresent(source -> {
                int items = playbook.outline().checklist().size();
                int sourceItems = source.outline().checklist().size();
                if (items != sourceItems) {
                    mismatches.add(new ChecklistMismatch(playbook.source().display(), items,
                            source.source().display(), sourceItems));
                }
            });
        }
        List<Missing> missing = new ArrayList<>();
        freshness.groups().forEach((key, versions) -> {
            if (!versions.containsKey(language)) {
                Playbook source = freshness.groupSource(versions.values().iterator().next(),
                        translations.defaultLanguage());
                missing.add(new Missing(key, source.source().display(), source.meta().title()));
            }
        });
        return new LanguageStatus(language.code(), name, count, byState.get(Freshness.State.SOURCE),
                byState.get(Freshness.State.CURRENT), byState.get(Freshness.State.STALE),
                byState.get(Freshness.State.UNTRACKED), byState.get(Freshness.State.ORPHANED), missing,
                uiStringsMissing, mismatches);
    }

    private static Version version(Freshness.Status status, Optional<SourceChanges> changes) {
        Playbook playbook = status.playbook();
        return new Version(playbook.source().display(), playbook.meta().translationKey(), playbook.meta().draft(),
                status.source().map(source -> source.source().display()).orElse(""),
                status.recorded().map(Object::toString).orElse(""),
                status.current().map(Object::toString).orElse(""), changes);
    }
}
