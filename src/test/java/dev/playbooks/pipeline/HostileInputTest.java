package dev.playbooks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import dev.playbooks.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input meant to break the generator becomes a problem for its file, never a crash or a write elsewhere. */
class HostileInputTest {
    @TempDir
    Path temp;

    @Test
    void absurdlyDeepNestingIsAProblemForItsFileNotACrash() {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        site.playbook("en", "deep", "title: Deep\nsummary: Very.", ">".repeat(30_000) + " deep\n");
        BuildResult result = site.build();
        assertFalse(result.succeeded());
        Problem problem = result.problems().get(0);
        assertEquals("content/en/deep.md", problem.file());
        assertEquals("content/en/deep.md:5:1", problem.place());
        assertTrue(problem.message().contains("nested more than 64"), problem.message());
    }

    @Test
    void contentThatLinksOutOfTheProjectIsNotRead() throws IOException {
        TestSite site = TestSite.create(temp.resolve("project")).withTrustPlaybooks();
        Path secret = Files.writeString(temp.resolve("secret.md"), "---\ntitle: Secret\nsummary: S\n---\nsecret\n");
        Files.createSymbolicLink(site.root().resolve("content/en/leak.md"), secret);
        BuildResult result = site.build();
        assertFalse(result.succeeded());
        assertEquals("content/en/leak.md", result.problems().get(0).file());
        assertTrue(result.problems().get(0).message().contains("outside the project"));
    }

    @Test
    void themeAssetsThatLinkOutOfTheProjectAreRefusedAndNotCopied() throws IOException {
        TestSite site = TestSite.create(temp.resolve("project")).withTrustPlaybooks();
        Path secret = Files.writeString(temp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(site.root().resolve("templates/assets/leak.txt"), secret);
        BuildResult result = site.build();
        assertFalse(result.succeeded());
        assertEquals("templates/assets/leak.txt", result.problems().get(0).place());
        assertTrue(result.problems().get(0).message().contains("outside the project"));
        assertFalse(Files.exists(site.out().resolve("assets/leak.txt")));
    }

    @Test
    void markupInFrontMatterIsEscapedEverywhere() {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        site.playbook("en", "xss", "title: \"<script>alert(1)</script>\"\nsummary: \"<img src=x onerror=alert(1)>\"\n"
                + "tags: [\"<b>bold</b>\"]", "Body.\n");
        assertTrue(site.build().succeeded());
        for (String page : new String[] {"en/xss/index.html", "en/index.html", "en/tags/b-bold-b/index.html"}) {
            var html = site.page(page);
            assertTrue(html.select("img, b").isEmpty(), page);
            for (var script : html.select("script")) {
                assertTrue(script.attr("src").matches("(\\.\\./)*assets/\\w+\\.js"), page + ": only our own scripts");
            }
        }
        assertTrue(site.read("target/site/en/index.html").contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }
}
