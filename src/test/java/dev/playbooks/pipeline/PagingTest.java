package dev.playbooks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long lists are split into pages of a fixed size, so no page grows with the site. */
class PagingTest {
    @TempDir
    Path temp;

    @Test
    void aTagWithManyPlaybooksIsSplitIntoLinkedPages() {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        int extra = Paging.PAGE_SIZE + 5;
        for (int i = 0; i < extra; i++) {
            site.playbook("en", "extra-" + i, "title: Extra " + i + "\nsummary: S\ntags: [trust]\nweight: 9", "Text.\n");
        }
        assertTrue(site.build().succeeded());
        Document first = site.page("en/tags/trust/index.html");
        assertEquals(Paging.PAGE_SIZE, first.select(".card").size());
        assertEquals("page/2/index.html", first.selectFirst(".pagination a[rel=next]").attr("href"));
        assertTrue(first.selectFirst(".count").text().startsWith(String.valueOf(extra + 1)));
        Document second = site.page("en/tags/trust/page/2/index.html");
        assertEquals(extra + 1 - Paging.PAGE_SIZE, second.select(".card").size());
        assertEquals("Page 2 of 2", second.selectFirst(".pagination [aria-current]").text());
        assertEquals("../../index.html", second.selectFirst(".pagination a[rel=prev]").attr("href"));
        assertTrue(second.select("link[hreflang=nl]").isEmpty());
        assertTrue(Files.exists(site.out().resolve("en/page/2/index.html")), "the home page is split too");
        assertFalse(Files.exists(site.out().resolve("en/page/3")));
    }

    @Test
    void slicesCoverTheListExactlyOnce() {
        List<Integer> numbers = java.util.stream.IntStream.range(0, 7).boxed().toList();
        var slices = Paging.slices(numbers, 3);
        assertEquals(List.of(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6)),
                slices.stream().map(Paging.Slice::items).toList());
        assertEquals(1, Paging.slices(List.of(), 3).size());
    }

    @Test
    void aPlaybookCannotTakeANameTheSiteUses() {
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        site.playbook("en", "tags", "title: Tags\nsummary: S", "Text.\n");
        BuildResult result = site.build();
        assertFalse(result.succeeded());
        assertEquals("content/en/tags.md", result.problems().get(0).file());
    }
}
