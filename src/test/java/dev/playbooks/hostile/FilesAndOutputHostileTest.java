package dev.playbooks.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.cli.Main;
import dev.playbooks.pipeline.BuildResult;
import dev.playbooks.problem.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Paths an author or a command line gives, and the output folder: confined to the project, links out refused by
 * name, names every system can hold, leftovers of killed builds removed, every problem reported in one run.
 */
class FilesAndOutputHostileTest extends HostileSiteTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        hostile.prepared();
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aFileNamedForAWindowsDeviceIsRefused() {
        hostile.site.playbook("en", "con", "title: Con\nsummary: S", "Body.\n");
        assertTrue(hostile.refused("content/en/con.md").message().contains("Windows"));
    }

    @Test
    void aLanguageFolderThatIsALinkIsRefused() throws IOException {
        Files.copy(hostile.site.path("i18n/en.yaml"), hostile.site.path("i18n/fr.yaml"));
        Files.createSymbolicLink(hostile.site.path("content/fr"), hostile.site.path("content/en"));
        assertTrue(hostile.refused("content/fr").message().contains("link"));
    }

    @Test
    void aFolderLinkedOutOfTheProjectIsRefusedByName() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("secret.md"), "---\ntitle: S\nsummary: S\n---\nsecret\n");
        Files.createSymbolicLink(hostile.site.path("content/shared"), elsewhere);
        assertTrue(hostile.refused("content/shared").message().contains("outside the project"));
    }

    @Test
    void aMarkdownFileLinkedOutOfTheProjectIsRefusedAndItsLinksNotCalledBroken() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.md"), "---\ntitle: S\nsummary: S\n---\nsecret\n");
        Files.createSymbolicLink(hostile.site.path("content/en/leak.md"), secret);
        hostile.site.playbook("en", "extra", "title: E\nsummary: S", "See [it](leak.md).\n");
        BuildResult result = hostile.build();
        assertEquals(List.of("content/en/leak.md"), result.problems().stream().map(Problem::place).toList());
        hostile.assertUnchanged();
    }

    @Test
    void aFolderThatIsNoLanguageCodeIsRefused() throws IOException {
        Files.copy(hostile.site.path("i18n/en.yaml"), hostile.site.path("i18n/EN_x.yaml"));
        hostile.site.playbook("EN_x", "t", "title: T\nsummary: S", "Body.\n");
        assertTrue(hostile.refused("content/EN_x").message().contains("not a language code"));
    }

    @Test
    void oneRunReportsABrokenFileAndABrokenLinkElsewhere() {
        hostile.site.playbook("en", "broken", "title: [unclosed\nsummary: S", "Body.\n");
        hostile.site.playbook("en", "linking", "title: L\nsummary: S", "See [nothing](nowhere.md) and "
                + "[broken](broken.md).\n");
        BuildResult result = hostile.build();
        List<String> places = result.problems().stream().map(Problem::place).toList();
        assertEquals(List.of("content/en/broken.md:2:8", "content/en/linking.md:5:5"), places);
        hostile.assertUnchanged();
    }

    @Test
    void translateRefusesASlugThatLeavesContent() throws IOException {
        Files.writeString(temp.resolve("outside.md"), "---\ntitle: Secret\nsummary: S\n---\nsecret\n");
        int code = run("translate", "../../../outside", "--to", "nl", "--as", "fine",
                "--project", hostile.site.root().toString());
        assertEquals(Main.USAGE, code, err::toString);
        assertFalse(Files.exists(hostile.site.path("content/nl/fine.md")));
        hostile.assertUnchanged();
    }

    @Test
    void translateRefusesASourceLinkedOutOfTheProject() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.md"), "---\ntitle: Secret\nsummary: S\n---\nsecret\n");
        Files.createSymbolicLink(hostile.site.path("content/en/leak.md"), secret);
        hostile.prepared();
        int code = run("translate", "leak", "--to", "nl", "--project", hostile.site.root().toString());
        assertEquals(Main.USAGE, code, err::toString);
        assertTrue(err.toString().contains("content/en/leak.md links to a place outside the project"), err::toString);
        hostile.assertUnchanged();
    }

    @Test
    void aBaseUrlWithCredentialsIsAUsageError() {
        int code = run("build", "--project", hostile.site.root().toString(), "--base-url",
                "https://user:secret@example.org/");
        assertEquals(Main.USAGE, code);
        assertTrue(err.toString().contains("must not hold a user name or password"), err::toString);
        hostile.assertUnchanged();
    }

    @Test
    void controlCharactersArePrintedEscaped() {
        hostile.site.playbook("en", "bad\u001b[2J", "title: T\nsummary: S", "Body.\n");
        assertEquals(Main.CONTENT_PROBLEMS, run("check", "--project", hostile.site.root().toString()));
        assertFalse(err.toString().contains("\u001b"), err::toString);
        assertTrue(err.toString().contains("\\u001B"), err::toString);
        hostile.assertUnchanged();
    }

    @Test
    void anOutputFolderThatIsALinkIsRefusedAndWhatItLeadsToKept() throws IOException {
        Path victim = Files.createDirectories(temp.resolve("victim"));
        Files.writeString(victim.resolve(".playbooks-output"), "forged");
        Files.writeString(victim.resolve("precious.txt"), "keep me");
        Path link = hostile.site.path("target/linked");
        Files.createSymbolicLink(link, victim);
        int code = run("build", "--project", hostile.site.root().toString(), "--out", link.toString());
        assertEquals(Main.USAGE, code, err::toString);
        assertTrue(err.toString().contains("symbolic link"), err::toString);
        assertEquals("keep me", Files.readString(victim.resolve("precious.txt")));
        hostile.assertUnchanged();
    }

    @Test
    void aStagingFolderLeftByAKilledBuildIsRemovedByTheNextBuild() throws IOException {
        Path left = hostile.site.path("target/.site.new-3f0c4c1e-3c5e-4b1e-9b8e-6a0c0f8a1d2b");
        Files.createDirectories(left.resolve("en"));
        Files.writeString(left.resolve(".playbooks-output"), "Written by playbooks");
        Files.writeString(left.resolve("en/index.html"), "half a page");
        // Killed before it wrote its marker, and killed while it removed its folder (the marker goes first).
        Path unmarked = Files.createDirectories(
                hostile.site.path("target/.site.new-0d5c7e1a-52a4-4f0e-8a51-1c2b3d4e5f60"));
        Path halfRemoved = hostile.site.path("target/.site.new-7b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e");
        Files.createDirectories(halfRemoved.resolve("nl"));
        Files.writeString(halfRemoved.resolve("nl/index.html"), "half a page");
        Path authors = Files.createDirectories(hostile.site.path("target/.site.new-mine"));
        assertTrue(hostile.site.build().succeeded());
        assertFalse(Files.exists(left));
        assertFalse(Files.exists(unmarked));
        assertFalse(Files.exists(halfRemoved));
        assertTrue(Files.exists(authors), "a folder without the marker and the tool's name is not ours");
        try (Stream<Path> siblings = Files.list(hostile.site.path("target"))) {
            assertEquals(List.of(".site.new-mine", "site"), siblings.map(p -> p.getFileName().toString()).sorted()
                    .toList());
        }
    }

    @Test
    void aSwapCutShortIsUndoneBeforeTheNextBuild() throws IOException {
        Path previous = hostile.site.path("target/.site.old-3f0c4c1e-3c5e-4b1e-9b8e-6a0c0f8a1d2b");
        Files.move(hostile.site.out(), previous);
        hostile.site.playbook("en", "bad", "title: [\nsummary: S", "Body.\n");
        BuildResult result = hostile.site.build();
        assertEquals("content/en/bad.md:2:8", result.problems().get(0).place());
        assertFalse(Files.exists(previous));
        hostile.site.delete("content/en/bad.md");
        hostile.prepared();
        hostile.assertUnchanged();
    }
}
