package dev.playbooks.pipeline;

import dev.playbooks.content.ProjectLayout;
import dev.playbooks.history.LastChanges;
import dev.playbooks.model.Language;
import dev.playbooks.model.Playbook;
import dev.playbooks.model.SourceFile;
import dev.playbooks.site.Site;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Dates the playbooks whose front matter gives no {@code updated} by the last commit that changed their file. Git
 * is asked once per run for all of {@code content/}, on a thread of its own while the files are read; a run after
 * a save asks again only when the history moved (a commit, a checkout), since a save changes no commit. So the
 * same commit builds the same site, and {@code serve} runs no git while an author types.
 */
final class CommitDates {
    /** How many undated files a note names before it counts the rest. */
    private static final int NAMED = 10;

    private final ProjectLayout layout;
    private final CompletableFuture<LastChanges> changes;

    private CommitDates(ProjectLayout layout, CompletableFuture<LastChanges> changes) {
        this.layout = layout;
        this.changes = changes;
    }

    /** Starts reading the history, unless what {@code before} read of it still holds. */
    static CommitDates start(ProjectLayout layout, Optional<LastChanges> before) {
        if (before.isPresent() && before.get().current()) {
            return new CommitDates(layout, CompletableFuture.completedFuture(before.get()));
        }
        CompletableFuture<LastChanges> reading = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                reading.complete(LastChanges.read(layout.content()));
            } catch (RuntimeException | Error e) {
                reading.completeExceptionally(e);
            }
        }, "playbooks-git-log");
        thread.setDaemon(true);
        thread.start();
        return new CommitDates(layout, reading);
    }

    /** What the history says, once it has been read. */
    LastChanges changes() {
        return changes.join();
    }

    /** The playbook of {@code read} with its last commit's date; the same read when that changes nothing. */
    Loaded.Read<Playbook> date(SourceFile file, Loaded.Read<Playbook> read) {
        if (read.page().isEmpty()) {
            return read;
        }
        Playbook playbook = read.page().get();
        Playbook dated = playbook.withCommitted(changes().of(path(layout, file)));
        return dated == playbook ? read : new Loaded.Read<>(Optional.of(dated), read.problems());
    }

    /** A file as the history names it: relative to {@code content/}, with forward slashes. */
    private static String path(ProjectLayout layout, SourceFile file) {
        return layout.content().relativize(file.path()).toString().replace('\\', '/');
    }

    /**
     * What the run tells the author about published playbooks that show no date: one note per reason, naming the
     * first few files. Not a problem: the page is complete without a date, and a build from a checkout without
     * history (or with a shallow one) must not fail for it.
     */
    static List<BuildResult.Note> undated(Site site, LastChanges changes, ProjectLayout layout) {
        Map<LastChanges.Gap, List<String>> byGap = new EnumMap<>(LastChanges.Gap.class);
        for (Language language : site.languages()) {
            for (Playbook playbook : site.playbooks(language)) {
                if (playbook.updated().isEmpty()) {
                    changes.gap(path(layout, playbook.source())).ifPresent(gap ->
                            byGap.computeIfAbsent(gap, g -> new ArrayList<>()).add(playbook.source().display()));
                }
            }
        }
        List<BuildResult.Note> notes = new ArrayList<>();
        byGap.forEach((gap, files) -> notes.add(new BuildResult.Note(
                files.size() + (files.size() == 1 ? " playbook shows" : " playbooks show") + " no date (no 'updated:',"
                        + " and " + changes.reason(gap) + "): " + named(files), hint(gap), List.copyOf(files))));
        return notes;
    }

    private static String named(List<String> files) {
        List<String> sorted = files.stream().sorted().toList();
        String named = String.join(", ", sorted.subList(0, Math.min(NAMED, sorted.size())));
        return sorted.size() > NAMED ? named + " and " + (sorted.size() - NAMED) + " more" : named;
    }

    private static String hint(LastChanges.Gap gap) {
        return switch (gap) {
            case NOT_COMMITTED -> "commit, and the next build dates each by its commit, or give each an 'updated:'";
            case BEYOND_SHALLOW_HISTORY -> "fetch the whole history ('git fetch --unshallow'; in GitHub Actions, "
                    + "actions/checkout with fetch-depth: 0), or give each an 'updated:'";
            case NO_HISTORY -> "build from a git checkout of the project, or give each an 'updated:'";
        };
    }
}
