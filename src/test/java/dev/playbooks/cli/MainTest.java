package dev.playbooks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as CI and authors meet it: messages and exit codes. */
class MainTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aGoodSiteBuildsWithExitZeroAndSaysWhereItIs() {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        assertEquals(0, run("build", "--project", site.root().toString()));
        assertTrue(out.toString().contains("Built 3 playbooks (en 2, nl 1)"), out.toString());
        assertTrue(out.toString().contains("index.html in a browser"), out.toString());
        assertTrue(Files.exists(site.out().resolve("en/trust/index.html")));
    }

    @Test
    void aBuildKeepsItsCacheInTheProjectOrWhereToldAndNoCacheKeepsNone() {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        assertEquals(0, run("build", "--project", site.root().toString()));
        assertTrue(Files.isRegularFile(site.path("target/playbooks-cache/build-cache.bin")));
        out.getBuffer().setLength(0);
        assertEquals(0, run("build", "--project", site.root().toString()));
        assertTrue(out.toString().contains("), 0 files in "), "nothing changed: " + out);
        Path elsewhere = temp.resolve("elsewhere");
        assertEquals(0, run("build", "--project", site.root().toString(), "--cache", elsewhere.toString()));
        assertTrue(Files.isRegularFile(elsewhere.resolve("build-cache.bin")));
        TestSite other = TestSite.create(temp.resolve("other")).withTrustPlaybooks();
        assertEquals(0, run("build", "--project", other.root().toString(), "--no-cache"));
        assertFalse(Files.exists(other.path("target/playbooks-cache")));
    }

    @Test
    void theSummaryCountsTheDraftsLeftOutAndADraftBuiltWithDraftsSaysItIsOne() {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        site.playbook("nl", "concept", "title: Concept\nsummary: Nog niet af.\ndraft: true", "Tekst.\n");
        assertEquals(0, run("build", "--project", site.root().toString()));
        assertTrue(out.toString().contains(" Playbooks |  2 |  1\n    Drafts |  0 |  1   (left out; --drafts includes "
                + "them)\n"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("build", "--project", site.root().toString(), "--drafts"));
        assertFalse(out.toString().contains("Drafts"), out.toString());
        assertEquals("Concept: lezers zien deze pagina pas als 'draft: true' uit de front matter is gehaald.",
                site.page("nl/concept/index.html").selectFirst(".draft-banner").text(), "a draft says so");
        assertEquals(null, site.page("nl/vertrouwen/index.html").selectFirst(".draft-banner"));
    }

    @Test
    void aFailedFirstBuildSaysNothingWasWrittenAndALaterOneThatThePreviousSiteStays() {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        site.playbook("en", "broken", "title: B\nsummary: S", "[x](nowhere.md)\n");
        assertEquals(1, run("build", "--project", site.root().toString()));
        assertTrue(err.toString().endsWith("Build failed; nothing was written.\n"), err.toString());
        site.delete("content/en/broken.md");
        assertEquals(0, run("build", "--project", site.root().toString()));
        site.playbook("en", "broken", "title: B\nsummary: S", "[x](nowhere.md)\n");
        err.getBuffer().setLength(0);
        assertEquals(1, run("build", "--project", site.root().toString()));
        assertTrue(err.toString().contains("the previous site in "), err.toString());
    }

    @Test
    void contentProblemsExitWithOneAndPrintLikeACompiler() {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        site.playbook("en", "broken", "title: B\nsummary: S", "[x](nowhere.md)\n");
        assertEquals(1, run("check", "--project", site.root().toString()));
        assertTrue(err.toString().startsWith("content/en/broken.md:5:1: error: 'nowhere.md' links to a page"),
                err.toString());
        assertTrue(err.toString().contains("1 error, 0 warnings"));
        assertFalse(err.toString().contains("at dev.playbooks"), "no stack trace for an author's mistake");
    }

    @Test
    void checkWritesNothing() {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        assertEquals(0, run("check", "--project", site.root().toString()));
        assertFalse(Files.exists(site.out()));
    }

    @Test
    void checkReportsImageProblemsAndPublishesNothing() {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        site.write("content/en/images/evil.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>");
        site.write("content/en/images/stray.txt", "left over");
        site.playbook("en", "pictured", "title: P\nsummary: S", "![](images/evil.svg)\n");
        assertEquals(1, run("check", "--project", site.root().toString()));
        String report = err.toString();
        assertTrue(report.contains("content/en/pictured.md:5:1: error: content/en/images/evil.svg is not only a "
                + "picture"), report);
        assertTrue(report.contains("content/en/pictured.md:5:1: warning: the image 'images/evil.svg' has no alt"),
                report);
        assertTrue(report.contains("content/en/images/stray.txt: warning: this file is not published"), report);
        assertFalse(Files.exists(site.out()));
    }

    @Test
    void aMistypedCommandOrOptionIsToldTheClosestOne() {
        assertEquals(2, run("biuld"));
        assertEquals("error: unknown command 'biuld'\n    hint: did you mean 'build'? ('playbooks --help' lists them "
                + "all)\n", err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("build", "--stirct"));
        assertTrue(err.toString().contains("unknown option '--stirct'\n    hint: did you mean '--strict'? "
                + "('playbooks build --help' lists them all)"), err.toString());
    }

    @Test
    void helpSaysWhereEachCommandWritesAndCheckWritesNowhere() {
        run("serve", "--help");
        assertTrue(out.toString().contains("default: target/serve"), out.toString());
        out.getBuffer().setLength(0);
        run("build", "--help");
        assertTrue(out.toString().contains("default: target/site"), out.toString());
        out.getBuffer().setLength(0);
        run("check", "--help");
        assertFalse(out.toString().contains("--out"), out.toString());
        assertEquals(2, run("check", "--out", "x"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        assertEquals(2, run("build", "--no-such-flag"));
        assertEquals(2, run("build", "--project", site.root().toString(), "--base-url", "javascript:alert(1)"));
        assertEquals(2, run());
    }

    @Test
    void anOutputFolderOverTheAuthorsFilesIsRefusedWithTwo() {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        assertEquals(2, run("build", "--project", site.root().toString(), "--out", site.root().resolve("content").toString()));
        assertTrue(err.toString().contains("holds the author's files"), err.toString());
        assertTrue(Files.exists(site.root().resolve("content/en/trust.md")));
        assertEquals(2, run("build", "--project", site.root().toString(), "--out", site.root().toString()));
    }

    @Test
    void aBaseUrlMakesCleanAbsoluteUrls() {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        assertEquals(0, run("build", "--project", site.root().toString(), "--base-url", "https://example.org/guide"));
        assertEquals("https://example.org/guide/en/trust/",
                site.page("en/trust/index.html").selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("../delegation/#how-to-delegate",
                site.page("en/trust/index.html").selectFirst(".playbook-body a").attr("href"));
    }
}
