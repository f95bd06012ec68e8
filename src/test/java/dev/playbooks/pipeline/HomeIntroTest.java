package dev.playbooks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import dev.playbooks.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A home's introduction links to playbooks as a playbook does: rewritten to their pages, and checked. */
class HomeIntroTest {
    @TempDir
    Path temp;
    TestSite site;

    @BeforeEach
    void aSiteWithAHomeIntroduction() {
        site = TestSite.create(temp).withTrustPlaybooks();
    }

    private void intro(String body) {
        site.write("content/en/_index.md", "---\ntitle: Welcome\nsummary: All about trust.\n---\n\n" + body);
    }

    private List<String> errors(BuildResult result) {
        return result.problems().stream().filter(Problem::isError)
                .map(problem -> problem.place() + " " + problem.message()).toList();
    }

    @Test
    void itsLinksLeadToThePlaybooksPagesAndItsOwnHeadings() {
        intro("Start with [trust](trust.md) or [how to delegate](delegation.md#how-to-delegate).\n\n"
                + "## Where to begin\n\n[Back up](#where-to-begin)\n");
        assertTrue(site.build().succeeded(), () -> site.build().problems().toString());
        Document home = site.page("en/index.html");
        assertEquals(List.of("trust/index.html", "delegation/index.html#how-to-delegate", "#where-to-begin"),
                home.select(".intro a").eachAttr("href"));
    }

    @Test
    void aBrokenLinkOrAnchorFailsTheBuildWhereItIsWritten() {
        assertTrue(site.build().succeeded());
        Map<String, String> before = site.snapshotOfOutput();
        intro("See [the missing one](missing.md), [a heading](trust.md#no-such-heading) "
                + "and [here](#nowhere).\n\n![A photo](team.png)\n");
        BuildResult result = site.build();
        assertFalse(result.succeeded());
        assertEquals(List.of(
                "content/en/_index.md:6:5 'missing.md' links to a page that does not exist",
                "content/en/_index.md:6:36 'content/en/trust.md' has no heading with the anchor '#no-such-heading'",
                "content/en/_index.md:6:78 this page has no heading with the anchor '#nowhere'",
                "content/en/_index.md:8:1 a home's introduction cannot show images or offer files"), errors(result));
        assertEquals(before, site.snapshotOfOutput(), "the previous site stays as it was");
    }
}
