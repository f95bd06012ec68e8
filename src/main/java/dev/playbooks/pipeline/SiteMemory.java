package dev.playbooks.pipeline;

import dev.playbooks.content.ContentTree;
import dev.playbooks.content.PageSource;
import dev.playbooks.model.Language;
import dev.playbooks.model.Playbook;
import dev.playbooks.model.SourceFile;
import dev.playbooks.problem.Problem;
import dev.playbooks.site.Site;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link SiteBuilder#update} starts from: every source file as last read, with the problems found in it; the
 * problems of the project as a whole (content folders, UI strings, templates), which only a full run checks; and
 * the site the output folder shows now, which an update compares against to find the pages that changed.
 */
final class SiteMemory {
    /** A source file as last read: its page, if it could be read, and the problems found in it alone. */
    record Read<T>(Optional<T> page, List<Problem> problems) {
    }

    final Map<Path, Read<Playbook>> playbooks = new ConcurrentHashMap<>();
    final Map<Path, Read<PageSource>> homes = new ConcurrentHashMap<>();
    ContentTree tree;
    private List<Problem> treeProblems = List.of();
    private List<Problem> projectProblems = List.of();
    SiteBuilder.Loaded shown;
    /** Every page the output folder shows as its search index holds it, so an update need not analyse it again. */
    Map<Path, dev.playbooks.search.IndexedPage> searchPages = Map.of();
    /** The search indexes last written, whose vocabularies the next update shares; null when not kept. */
    dev.playbooks.search.SearchIndexes search;
    Site shownSite;

    void scanned(ContentTree scannedTree, List<Problem> problems) {
        tree = scannedTree;
        treeProblems = problems;
    }

    /** @param problems every problem so far, of which those that are not the tree's are the project's */
    void projectChecked(List<Problem> problems) {
        List<Problem> project = new ArrayList<>(problems);
        project.removeAll(treeProblems);
        projectProblems = List.copyOf(project);
    }

    void shown(SiteBuilder.Loaded loaded, Site site) {
        shown = loaded;
        shownSite = site;
    }

    /** Whether the file is one of the site's sources as last scanned. */
    boolean knows(Path file) {
        return playbooks.containsKey(file) || homes.containsKey(file);
    }

    /** Drops what was read of files that are no longer sources. */
    void forgetAllBut(List<SourceFile> files, List<Language> languages) {
        Set<Path> keep = new HashSet<>();
        files.forEach(file -> keep.add(file.path()));
        playbooks.keySet().retainAll(keep);
        Set<Path> keepHomes = new HashSet<>();
        languages.forEach(language -> tree.home(language).ifPresent(home -> keepHomes.add(home.path())));
        homes.keySet().retainAll(keepHomes);
    }

    /** The problems of the whole project as they stand: the tree's, the project's and every source file's. */
    List<Problem> allProblems(List<SourceFile> files) {
        List<Problem> all = new ArrayList<>(treeProblems);
        all.addAll(projectProblems);
        files.forEach(file -> all.addAll(playbooks.get(file.path()).problems()));
        homes.values().forEach(home -> all.addAll(home.problems()));
        return all;
    }
}
