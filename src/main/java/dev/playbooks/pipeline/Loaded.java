package dev.playbooks.pipeline;

import dev.playbooks.content.ContentTree;
import dev.playbooks.history.LastChanges;
import dev.playbooks.model.HomeIntro;
import dev.playbooks.model.Language;
import dev.playbooks.model.Playbook;
import dev.playbooks.model.SourceFile;
import dev.playbooks.problem.Problem;
import java.nio.file.Path;
import dev.playbooks.site.Site;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every file of the site as read, each checked on its own, before pages know about each other: the folder tree, the
 * project's shared files, each Markdown file's page with the problems found in it alone, and the images and files
 * the playbooks refer to, and when git says each file last changed; for the build cache, the fingerprint of each
 * Markdown file's bytes as read (none when the run keeps no cache). Kept by the snapshot
 * (even when a file has mistakes), so that the next run reads again only the files that changed.
 */
record Loaded(ContentTree tree, List<Problem> treeProblems, Project project, Map<Path, Read<Playbook>> playbooks,
              Map<Path, Read<HomeIntro>> homes, MediaLoader.Media media, LastChanges history,
              Map<Path, Fingerprint> sourceBytes) {

    /** A file as last read: its page, if it could be read, and the problems found in it. */
    record Read<T>(Optional<T> page, List<Problem> problems) {
    }

    List<Language> languages() {
        return project.languages();
    }

    /** The playbooks that could be read, in the order of the folders. */
    List<Playbook> pages() {
        List<Playbook> pages = new ArrayList<>();
        for (SourceFile file : sources()) {
            playbooks.get(file.path()).page().ifPresent(pages::add);
        }
        return pages;
    }

    /** Each language's home introduction, where it has one. */
    Map<Language, HomeIntro> homePages() {
        Map<Language, HomeIntro> pages = new TreeMap<>();
        for (Language language : languages()) {
            tree.home(language).flatMap(file -> homes.get(file.path()).page())
                    .ifPresent(home -> pages.put(language, home));
        }
        return pages;
    }

    /** The Markdown files that exist but could not be read, and their languages. */
    Site.Unread unread() {
        Set<Path> files = new HashSet<>();
        Set<Language> languages = new HashSet<>();
        playbooks.forEach((path, read) -> {
            if (read.page().isEmpty()) {
                files.add(SourceFile.key(path));
            }
        });
        tree.refused().forEach(path -> files.add(SourceFile.key(path)));
        for (Path file : files) {
            languages.add(new Language(file.getParent().getFileName().toString()));
        }
        return files.isEmpty() ? Site.Unread.NONE : new Site.Unread(Set.copyOf(files), Set.copyOf(languages));
    }

    List<SourceFile> sources() {
        List<SourceFile> files = new ArrayList<>();
        languages().forEach(language -> files.addAll(tree.playbooks(language)));
        return files;
    }

    /** Every problem of the project as it stands: the tree's, the shared files', and every source file's. */
    List<Problem> problems() {
        List<Problem> all = new ArrayList<>(treeProblems);
        all.addAll(project.problems());
        playbooks.values().forEach(read -> all.addAll(read.problems()));
        homes.values().forEach(read -> all.addAll(read.problems()));
        return all;
    }
}
