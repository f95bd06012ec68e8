package dev.playbooks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.GitRepo;
import dev.playbooks.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A playbook without {@code updated:} shows the date of the last commit that changed its file, through the real
 * pipeline on a real repository the test makes; what a build says when there is no such commit.
 */
class DatesFromGitTest {
    @TempDir
    Path temp;

    /** The test site (trust gives {@code updated: 2026-11-22}, delegation gives none) in a repository of its own. */
    private TestSite siteIn(Path folder) {
        TestSite site = TestSite.create(folder).withTrustPlaybooks();
        site.write(".gitignore", "target/\n");
        return site;
    }

    private static String updated(Document page) {
        return page.select("article time").attr("datetime") + " " + page.select("article time").text();
    }

    @Test
    void aPlaybookWithoutUpdatedShowsItsLastCommitsDateAndTheFrontMatterStillWins() {
        TestSite site = siteIn(temp);
        GitRepo repo = GitRepo.init(temp);
        repo.commitAll("First", "2026-03-01T10:00:00+01:00");
        site.write("content/en/delegation.md", site.read("content/en/delegation.md").replace("Hand it", "Hand all"));
        site.write("content/en/trust.md", site.read("content/en/trust.md").replace("Text.", "Other text."));
        repo.commitAll("Second", "2026-03-04T18:00:00+01:00", "2026-03-20T09:00:00+01:00");

        BuildResult result = site.build(site.options().withStrict(true));
        assertTrue(result.succeeded(), result.problems()::toString);
        assertEquals(List.of(), result.notes());
        assertEquals("2026-03-04 Last updated March 4, 2026", updated(site.page("en/delegation/index.html")));
        assertEquals("2026-11-22 Last updated November 22, 2026", updated(site.page("en/trust/index.html")));
        assertTrue(site.read("target/site/en/feed.xml").contains("<updated>2026-03-04T00:00:00Z</updated>"),
                "the feed carries the commit's date too");
    }

    @Test
    void theSameCommitBuildsTheSameSiteWhereverAndWheneverItIsCheckedOut() {
        TestSite site = siteIn(temp.resolve("origin"));
        GitRepo repo = GitRepo.init(site.root());
        repo.commitAll("First", "2026-03-01T10:00:00+01:00");
        assertTrue(site.build().succeeded());
        Path clone = temp.resolve("clone");
        repo.git(null, "clone", "-q", site.root().toUri().toString(), clone.toString());

        BuildResult again = new TestSiteBuild(clone).build();
        assertTrue(again.succeeded(), again.problems()::toString);
        assertEquals(site.snapshotOfOutput(), TestSite.snapshotOf(clone.resolve("target/site")));
    }

    @Test
    void outsideARepositoryOneNoteNamesThePagesWithoutADateAndStrictDoesNotMindIt() {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        BuildResult result = site.build(site.options().withStrict(true));
        assertTrue(result.succeeded(), result.problems()::toString);
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.notes().size());
        BuildResult.Note note = result.notes().get(0);
        assertEquals("1 playbook shows no date (no 'updated:', and the project is not in a git repository): "
                + "content/en/delegation.md", note.message());
        assertEquals(List.of("content/en/delegation.md"), note.files());
        assertTrue(note.hint().contains("git checkout"), note.hint());
        assertEquals(" ", updated(site.page("en/delegation/index.html")));
    }

    @Test
    void aShallowCloneSaysWhichPagesItCannotDate() {
        TestSite site = siteIn(temp.resolve("origin"));
        GitRepo repo = GitRepo.init(site.root());
        repo.commitAll("First", "2026-03-01T10:00:00+01:00");
        site.playbook("en", "coaching", "title: Coaching\nsummary: Asking.", "Asking.\n");
        repo.commitAll("Coaching", "2026-03-02T10:00:00+01:00");
        site.write("content/en/coaching.md", site.read("content/en/coaching.md") + "\nMore.\n");
        repo.commitAll("More coaching", "2026-03-03T10:00:00+01:00");
        GitRepo clone = repo.shallowClone(temp.resolve("clone"), 2);

        BuildResult result = new TestSiteBuild(clone.folder()).build();
        assertTrue(result.succeeded(), result.problems()::toString);
        assertEquals(1, result.notes().size(), result.notes()::toString);
        assertEquals("1 playbook shows no date (no 'updated:', and the last change is older than the shallow "
                + "history this clone holds): content/en/delegation.md", result.notes().get(0).message());
        assertTrue(result.notes().get(0).hint().contains("fetch-depth: 0"));
        assertEquals("2026-03-03 Last updated March 3, 2026",
                updated(TestSiteBuild.page(clone.folder(), "en/coaching/index.html")));
    }

    /** What serve does: a save changes no date, a commit does, and every update equals a full build. */
    @Test
    void serveDatesAsAFullBuildDoesWithoutAskingGitOnEverySave() throws IOException {
        TestSite site = siteIn(temp);
        GitRepo repo = GitRepo.init(temp);
        repo.commitAll("First", "2026-03-01T10:00:00+01:00");
        Pipeline serve = new Pipeline(site.options()).keepingSnapshots();
        assertTrue(serve.run().succeeded());

        site.write("content/en/delegation.md", site.read("content/en/delegation.md").replace("Hand it", "Hand all"));
        updateAndCompare(site, serve, "content/en/delegation.md");
        assertEquals("2026-03-01 Last updated March 1, 2026", updated(site.page("en/delegation/index.html")),
                "an edit not committed keeps the last commit's date");

        repo.commitAll("Delegation", "2026-03-05T10:00:00+01:00");
        site.write("content/en/trust.md", site.read("content/en/trust.md").replace("Text.", "Other text."));
        updateAndCompare(site, serve, "content/en/trust.md");
        assertEquals("2026-03-05 Last updated March 5, 2026", updated(site.page("en/delegation/index.html")),
                "the commit is seen at the next save, whichever file it is");
    }

    private void updateAndCompare(TestSite site, Pipeline serve, String changed) throws IOException {
        BuildResult update = serve.update(Set.of(site.path(changed)));
        assertTrue(update.succeeded(), update.problems()::toString);
        Path fresh = temp.resolve("fresh-" + System.nanoTime());
        BuildResult full = new Pipeline(site.options().withOutput(fresh)).run();
        assertEquals(full.problems(), update.problems());
        assertEquals(full.notes(), update.notes());
        Map<String, String> expected = TestSite.snapshotOf(fresh);
        Map<String, String> actual = site.snapshotOfOutput();
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((file, hash) -> assertEquals(hash, actual.get(file), file + " differs from a full build's"));
    }

    /** Builds a project folder that a test made by cloning, into its own {@code target/site}. */
    private record TestSiteBuild(Path root) {
        BuildResult build() {
            try {
                return new Pipeline(BuildOptions.defaults(root)).run();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        static Document page(Path root, String sitePath) {
            try {
                return org.jsoup.Jsoup.parse(root.resolve("target/site").resolve(sitePath).toFile(), "UTF-8");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
