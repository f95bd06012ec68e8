package dev.playbooks.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.GitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The date of each file's last commit, from one real {@code git log} over a repository the test makes. */
class LastChangesTest {
    @TempDir
    Path temp;

    private Path write(String relative, String text) throws IOException {
        Path file = temp.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private LastChanges content() {
        return LastChanges.read(temp.resolve("content"));
    }

    @Test
    void eachFileIsDatedByTheLastCommitThatChangedIt() throws IOException {
        GitRepo repo = GitRepo.init(temp);
        write("content/en/trust.md", "one");
        write("content/en/delegation.md", "one");
        write("content/nl/één-op-één.md", "een");
        repo.commitAll("Both", "2026-03-01T10:00:00+01:00");
        write("content/en/trust.md", "two");
        write("README.md", "not content");
        repo.commitAll("Trust again", "2026-03-09T10:00:00+01:00");

        LastChanges changes = content();
        assertEquals(Optional.of(LocalDate.of(2026, 3, 9)), changes.of("en/trust.md"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), changes.of("en/delegation.md"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), changes.of("nl/één-op-één.md"), "names as written");
        assertEquals(Optional.empty(), changes.of("README.md"), "only the folder asked about");
        assertEquals(Optional.empty(), changes.gap("en/trust.md"));
    }

    @Test
    void theDateIsTheAuthorsDayWhereTheAuthorWasNotTheCommittersNorUtc() throws IOException {
        GitRepo repo = GitRepo.init(temp);
        write("content/en/trust.md", "one");
        // Written late on 4 March in New York (5 March in UTC), rebased a week later.
        repo.commitAll("Trust", "2026-03-04T23:30:00-05:00", "2026-03-11T09:00:00+01:00");
        assertEquals(Optional.of(LocalDate.of(2026, 3, 4)), content().of("en/trust.md"));
    }

    @Test
    void uncommittedEditsKeepTheLastCommitsDateAndNewFilesHaveNone() throws IOException {
        GitRepo repo = GitRepo.init(temp);
        write("content/en/trust.md", "one");
        repo.commitAll("Trust", "2026-03-01T10:00:00Z");
        write("content/en/trust.md", "edited, not committed");
        write("content/en/new.md", "never committed");

        LastChanges changes = content();
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), changes.of("en/trust.md"));
        assertEquals(Optional.empty(), changes.of("en/new.md"));
        assertEquals(Optional.of(LastChanges.Gap.NOT_COMMITTED), changes.gap("en/new.md"));
        assertEquals("not committed yet", changes.reason(LastChanges.Gap.NOT_COMMITTED));
    }

    @Test
    void aRepositoryWithoutCommitsHasNoDatesYet() throws IOException {
        GitRepo.init(temp);
        write("content/en/trust.md", "one");
        assertEquals(Optional.of(LastChanges.Gap.NOT_COMMITTED), content().gap("en/trust.md"));
    }

    @Test
    void outsideARepositoryItSaysSoPlainly() throws IOException {
        write("content/en/trust.md", "one");
        LastChanges changes = content();
        assertEquals(Optional.of(LastChanges.Gap.NO_HISTORY), changes.gap("en/trust.md"));
        assertEquals("the project is not in a git repository", changes.reason(LastChanges.Gap.NO_HISTORY));
        assertTrue(changes.current(), "nothing to watch");
    }

    @Test
    void withoutGitItSaysSoPlainly() throws IOException {
        GitRepo.init(temp);
        write("content/en/trust.md", "one");
        Git missing = new Git(temp.resolve("no-such-git").toString());
        LastChanges changes = LastChanges.read(missing, temp.resolve("content"));
        assertEquals(Optional.of(LastChanges.Gap.NO_HISTORY), changes.gap("en/trust.md"));
        assertTrue(changes.reason(LastChanges.Gap.NO_HISTORY).startsWith("git is not installed"),
                changes.reason(LastChanges.Gap.NO_HISTORY));
    }

    @Test
    void aShallowCloneDatesWhatItsHistoryShowsAndSaysWhichItCannot() throws IOException {
        GitRepo repo = GitRepo.init(temp.resolve("origin"));
        write("origin/content/en/old.md", "one");
        write("origin/content/en/trust.md", "one");
        repo.commitAll("First", "2026-01-01T10:00:00Z");
        write("origin/content/en/trust.md", "two");
        repo.commitAll("Second", "2026-02-01T10:00:00Z");
        write("origin/content/en/trust.md", "three");
        repo.commitAll("Third", "2026-03-01T10:00:00Z");
        GitRepo clone = repo.shallowClone(temp.resolve("clone"), 2);

        LastChanges changes = LastChanges.read(clone.folder().resolve("content"));
        assertTrue(changes.shallow());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), changes.of("en/trust.md"));
        // The second commit is where the clone's history is cut: git shows it adding every file it holds.
        assertEquals(Optional.empty(), changes.of("en/old.md"));
        assertEquals(Optional.of(LastChanges.Gap.BEYOND_SHALLOW_HISTORY), changes.gap("en/old.md"));
    }

    @Test
    void aCommitMakesWhatWasReadOutOfDateASaveDoesNot() throws IOException {
        GitRepo repo = GitRepo.init(temp);
        write("content/en/trust.md", "one");
        repo.commitAll("Trust", "2026-03-01T10:00:00Z");
        LastChanges changes = content();
        write("content/en/trust.md", "saved");
        assertTrue(changes.current(), "a save changes no commit");
        repo.commitAll("Trust again", "2026-03-02T10:00:00Z");
        assertFalse(changes.current());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 2)), content().of("en/trust.md"));
    }
}
