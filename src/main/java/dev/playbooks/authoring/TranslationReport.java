package dev.playbooks.authoring;

import dev.playbooks.content.ContentTree;
import dev.playbooks.content.ProjectLayout;
import dev.playbooks.content.UiStringReader;
import dev.playbooks.i18n.LanguageRules;
import dev.playbooks.markdown.MarkdownEngine;
import dev.playbooks.model.Language;
import dev.playbooks.model.Playbook;
import dev.playbooks.model.SourceFile;
import dev.playbooks.pipeline.LoadPhase;
import dev.playbooks.problem.Problem;
import dev.playbooks.problem.Problems;
import dev.playbooks.site.Freshness;
import dev.playbooks.site.Site;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
     * {@code recorded} the source version it says it was translated from, {@code current} the source's version now.
     */
    public record Version(String file, String translationKey, boolean draft, String source, String recorded,
                          String current) {
    }

    /** A playbook that has no version in the language yet: its translationKey and the file to translate. */
    public record Missing(String translationKey, String source, String title) {
    }

    public record ChecklistMismatch(String file, int items, String source, int sourceItems) {
    }

    public static TranslationReport of(Path projectRoot) throws IOException {
        ProjectLayout layout = ProjectLayout.at(projectRoot);
        Problems problems = new Problems();
        ContentTree tree = ContentTree.scan(layout, problems);
        List<Language> languages = tree.languages();
        if (languages.isEmpty()) {
            return new TranslationReport(List.of(), errors(problems));
        }
        Map<Language, Set<String>> keys = new TreeMap<>();
        Set<String> allKeys = new TreeSet<>();
        MarkdownEngine markdown = new MarkdownEngine(false);
        List<Playbook> playbooks = new ArrayList<>();
        Map<Language, LanguageRules> rules = new TreeMap<>();
        for (Language language : languages) {
            keys.put(language, UiStringReader.read(tree.i18nFile(language), layout, problems).keySet());
            allKeys.addAll(keys.get(language));
            rules.put(language, new LanguageRules(language));
            for (SourceFile file : tree.playbooks(language)) {
                // What a body holds (unsafe links, raw HTML) is the build's to report, not this report's.
                LoadPhase.readPlaybook(file, markdown, problems, new Problems()).ifPresent(playbooks::add);
            }
        }
        Language defaultLanguage = Site.defaultLanguage(languages);
        Freshness freshness = Freshness.of(playbooks, defaultLanguage);
        List<LanguageStatus> statuses = new ArrayList<>();
        for (Language language : languages) {
            Set<String> lacking = new TreeSet<>(allKeys);
            lacking.removeAll(keys.get(language));
            statuses.add(status(language, rules.get(defaultLanguage).nameOf(language), freshness, defaultLanguage,
                    List.copyOf(lacking)));
        }
        return new TranslationReport(statuses, errors(problems));
    }

    private static LanguageStatus status(Language language, String name, Freshness freshness,
                                         Language defaultLanguage, List<String> uiStringsMissing) {
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
            byState.get(status.state()).add(version(status));
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
                Playbook source = freshness.groupSource(versions.values().iterator().next(), defaultLanguage);
                missing.add(new Missing(key, source.source().display(), source.meta().title()));
            }
        });
        return new LanguageStatus(language.code(), name, count, byState.get(Freshness.State.SOURCE),
                byState.get(Freshness.State.CURRENT), byState.get(Freshness.State.STALE),
                byState.get(Freshness.State.UNTRACKED), byState.get(Freshness.State.ORPHANED), missing,
                uiStringsMissing, mismatches);
    }

    private static Version version(Freshness.Status status) {
        Playbook playbook = status.playbook();
        return new Version(playbook.source().display(), playbook.meta().translationKey(), playbook.meta().draft(),
                status.source().map(source -> source.source().display()).orElse(""),
                status.recorded().map(Object::toString).orElse(""),
                status.current().map(Object::toString).orElse(""));
    }

    private static List<Problem> errors(Problems problems) {
        return problems.sorted().stream().filter(Problem::isError).toList();
    }
}
