package dev.playbooks.authoring;

import dev.playbooks.content.PageSource;
import dev.playbooks.content.SourceReader;
import dev.playbooks.history.FileHistory;
import dev.playbooks.model.Playbook;
import dev.playbooks.model.SourceVersion;
import dev.playbooks.problem.Problems;
import dev.playbooks.site.SourceVersions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the text a translation was made from by walking its source file's history in git, newest commit first,
 * hashing each committed version the way {@code translatedFrom} was hashed, and compares it with the source as it
 * is now. A file's history is read once however many translations it has; the walk stops at the version it
 * looks for.
 */
final class SourceHistory implements AutoCloseable {
    private final Map<Path, FileHistory> histories = new HashMap<>();

    /** What changed in {@code source} since {@code recorded}, the version a translation of it records. */
    SourceChanges since(Playbook source, SourceVersion recorded) {
        String file = source.source().display();
        FileHistory history = histories.computeIfAbsent(source.source().path(), FileHistory::of);
        if (history.unavailable().isPresent()) {
            return SourceChanges.unavailable(history.unavailable().get() + ", so the text of " + recorded
                    + " cannot be looked up");
        }
        if (history.revisions().isEmpty()) {
            return SourceChanges.unavailable(file + " has no commits yet, so the text of " + recorded
                    + " cannot be looked up");
        }
        List<SourceChanges.Commit> after = new ArrayList<>();
        // Whether the source has changes no commit holds yet: its newest commit's version is not its version now.
        boolean uncommitted = false;
        try {
            for (FileHistory.Revision revision : history.revisions()) {
                Optional<PageSource> then = SourceReader.read(source.source(), history.read(revision), new Problems());
                Optional<SourceVersion> version = then.map(page -> SourceVersions.of(source.language(), page.meta(),
                        page.body()));
                if (after.isEmpty()) {
                    uncommitted = !version.equals(Optional.of(source.version()));
                }
                if (version.equals(Optional.of(recorded))) {
                    return new SourceChanges(Optional.empty(), Optional.of(commit(revision)), List.copyOf(after),
                            uncommitted, SectionDiff.between(then.get().meta(), then.get().body(), source.meta(),
                                    source.body(), source.bodyLine()));
                }
                after.add(commit(revision));
            }
        } catch (IOException e) {
            return SourceChanges.unavailable("git could not show the versions of " + file + ": " + e.getMessage());
        }
        if (history.shallow()) {
            return SourceChanges.unavailable("no commit this clone holds has " + file + " at " + recorded
                    + ": its history is shallow (fetch the whole of it with 'git fetch --unshallow')");
        }
        return SourceChanges.unavailable("no commit of " + file + " has the text of " + recorded
                + ": the translation was made from text that was never committed, or 'translatedFrom' was written "
                + "by hand");
    }

    private static SourceChanges.Commit commit(FileHistory.Revision revision) {
        return new SourceChanges.Commit(revision.commit(), revision.shortCommit(), revision.date(),
                revision.subject());
    }

    @Override
    public void close() {
        histories.values().forEach(FileHistory::close);
    }
}
