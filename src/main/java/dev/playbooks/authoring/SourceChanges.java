package dev.playbooks.authoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What changed in a stale translation's source since the version the translation records, found in the source
 * file's git history: the commit that version came from, the commits since, and the changed text section by
 * section. Or, when the history cannot tell, why not.
 *
 * @param unavailable why the recorded version could not be found (no git, no repository, a shallow clone, a version
 *                    that was never committed); empty when it was
 * @param since       the commit whose text the translation was made from
 * @param after       the commits that changed the source since, newest first
 * @param uncommitted whether the source also has changes not committed yet (they are part of the sections)
 * @param sections    the changed parts of the source, in its order: title, summary, tags, then its sections
 */
public record SourceChanges(Optional<String> unavailable, Optional<Commit> since, List<Commit> after,
                            boolean uncommitted, List<Section> sections) {

    public record Commit(String commit, String shortCommit, LocalDate date, String subject) {
    }

    /**
     * A changed part of the source: a front matter field a translator translates ({@code title:}, {@code summary:},
     * {@code tags:}), the text before the first heading, or the section under a heading, as it is written.
     */
    public record Section(String name, List<Hunk> hunks) {
    }

    /**
     * One change: lines removed and lines added at a line of the source as it is now. When each removed line was
     * edited into the added line beside it, {@code words} shows each pair's words, the removed ones as
     * {@code [-old-]} and the added ones as {@code {+new+}} (the form of {@code git diff --word-diff}).
     */
    public record Hunk(int line, List<String> removed, List<String> added, List<String> words) {
    }

    static SourceChanges unavailable(String why) {
        return new SourceChanges(Optional.of(why), Optional.empty(), List.of(), false, List.of());
    }

    public boolean available() {
        return unavailable.isEmpty();
    }
}
