package dev.playbooks.authoring;

import dev.playbooks.content.ContentTree;
import dev.playbooks.content.ProjectLayout;
import dev.playbooks.markdown.MarkdownEngine;
import dev.playbooks.model.Language;
import dev.playbooks.model.Playbook;
import dev.playbooks.model.SourceFile;
import dev.playbooks.pipeline.LoadPhase;
import dev.playbooks.problem.Problem;
import dev.playbooks.problem.Problems;
import dev.playbooks.problem.Suggestions;
import dev.playbooks.site.Freshness;
import dev.playbooks.site.Site;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every playbook of a project that can be read, drafts included, with where each stands to its source: what the
 * translation tools start from. A file with mistakes is left out, its problems kept for the report.
 */
record Translations(ProjectLayout layout, ContentTree tree, List<Playbook> playbooks, Freshness freshness,
                    Language defaultLanguage, Problems problems) {

    static Translations read(ProjectLayout layout) throws IOException {
        Problems problems = new Problems();
        ContentTree tree = ContentTree.scan(layout, problems);
        MarkdownEngine markdown = new MarkdownEngine(false);
        List<Playbook> playbooks = new ArrayList<>();
        for (Language language : tree.languages()) {
            for (SourceFile file : tree.playbooks(language)) {
                // What a body holds (unsafe links, raw HTML) is the build's to report, not the translation tools'.
                LoadPhase.readPlaybook(file, markdown, problems, new Problems()).ifPresent(playbooks::add);
            }
        }
        Language defaultLanguage = tree.languages().isEmpty() ? null : Site.defaultLanguage(tree.languages());
        Freshness freshness = tree.languages().isEmpty() ? Freshness.NONE : Freshness.of(playbooks, defaultLanguage);
        return new Translations(layout, tree, List.copyOf(playbooks), freshness, defaultLanguage, problems);
    }

    /** The errors that kept files out. */
    List<Problem> errors() {
        return problems.sorted().stream().filter(Problem::isError).toList();
    }

    /** Whether {@code name} names a playbook: its file name in any language, or its translationKey. */
    boolean names(String name) {
        return playbooks.stream().anyMatch(playbook -> playbook.slug().equals(name)
                || playbook.meta().translationKey().equals(name));
    }

    /** Why {@code name} cannot be used: it names no playbook; with the name the author probably meant. */
    Scaffolding.Refusal unknown(String name) {
        List<String> names = playbooks.stream()
                .flatMap(playbook -> Stream.of(playbook.slug(), playbook.meta().translationKey()))
                .distinct().sorted().toList();
        String nearest = Suggestions.nearest(name, names);
        return new Scaffolding.Refusal("there is no playbook '" + name + "'",
                (nearest != null ? "did you mean '" + nearest + "'? " : "")
                        + "name a playbook by its file name without .md, in any language, or its translationKey");
    }

    /**
     * The version in {@code language} of the playbook {@code name} names: the file {@code content/<language>/<name>.md}
     * itself, else the version of the group of a playbook of that file name, or that translationKey, elsewhere.
     */
    Optional<Playbook> version(String name, Language language) {
        Optional<Playbook> own = playbooks.stream()
                .filter(playbook -> playbook.language().equals(language) && playbook.slug().equals(name)).findFirst();
        if (own.isPresent()) {
            return own;
        }
        return playbooks.stream()
                .filter(playbook -> playbook.slug().equals(name) || playbook.meta().translationKey().equals(name))
                .map(playbook -> freshness.groups().get(playbook.meta().translationKey()).get(language))
                .filter(java.util.Objects::nonNull).findFirst();
    }
}
