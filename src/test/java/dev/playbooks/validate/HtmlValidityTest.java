package dev.playbooks.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real site, built from this repository's content through the real pipeline and templates, checked page by page
 * by the W3C Nu HTML Checker. Any error fails, listed as {@code page.html:line:col: message}; warnings are printed.
 */
class HtmlValidityTest {
    @TempDir
    Path temp;

    @Test
    void everyPageOfTheRealSiteIsValidHtml() throws Exception {
        Path site = TestSite.buildRepo(temp.resolve("site"));

        NuHtmlChecker.Report report = NuHtmlChecker.check(site);

        assertTrue(report.pages() > 0, "the build wrote no HTML page");
        if (!report.warnings().isEmpty()) {
            System.out.println(report.describeWarnings());
        }
        assertTrue(report.errors().isEmpty(), report::describeErrors);
    }
}
