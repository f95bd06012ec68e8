package dev.playbooks.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the checker's wiring apart from the site: on a folder with one page invalid on purpose, it must report that
 * page's errors at their places, sorted by line as numbers, keep a warning from failing, and skip files that are not
 * HTML. If this passes and the site test fails, the site has errors; if this fails, the checker is not running.
 */
class NuHtmlCheckerTest {
    @TempDir
    Path temp;

    private void write(String relative, String text) throws IOException {
        Path file = temp.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void reportsEveryErrorAtItsPlaceAndOnlyErrorsFail() throws Exception {
        // The space in the name is escaped in the checker's URLs and must come back as written.
        write("sub/bad page.html", """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Invalid on purpose</title>
                </head>
                <body>
                <h1>Title</h1>
                <h3>Skips a level</h3>
                <p>Line 10</p>
                <input type="search" role="combobox">
                </body>
                </html>
                """);
        write("ok.html", """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Valid, with a warning</title></head>
                <body><section><p>A section without a heading is a warning, not an error.</p></section></body>
                </html>
                """);
        write("assets/site.css", "not { css <p><div></p>");
        write("feed.xml", "<<< not xml either");

        NuHtmlChecker.Report report = NuHtmlChecker.check(temp);

        assertEquals(2, report.pages());
        List<String> errors = report.errors().stream().map(NuHtmlChecker.Message::formatted).toList();
        assertEquals(3, errors.size(), report::describeErrors);
        // Line 9 before line 11, which a sort of the text would reverse.
        assertTrue(errors.get(0).startsWith("sub/bad page.html:9:1: The heading “h3”"), errors.get(0));
        assertTrue(errors.get(1).startsWith("sub/bad page.html:11:1: "), errors.get(1));
        assertTrue(errors.get(2).startsWith("sub/bad page.html:11:1: "), errors.get(2));
        assertTrue(errors.stream().anyMatch(line -> line.contains("“aria-expanded”")), errors::toString);
        assertTrue(report.describeErrors().startsWith("3 HTML error(s) on 1 of 2 page(s)"), report::describeErrors);
        assertTrue(report.describeErrors().contains(String.join("\n", errors)), report::describeErrors);

        assertEquals(1, report.warnings().size(), report::describeWarnings);
        assertTrue(report.warnings().get(0).formatted().startsWith("ok.html:4:7: Section lacks heading."),
                report::describeWarnings);
    }

    @Test
    void aValidFolderHasNoErrors() throws Exception {
        write("index.html", """
                <!DOCTYPE html>
                <html lang="nl">
                <head><meta charset="utf-8"><title>Geldig</title></head>
                <body><main><h1>Geldig</h1><p>Niets aan te merken.</p></main></body>
                </html>
                """);
        NuHtmlChecker.Report report = NuHtmlChecker.check(temp);
        assertEquals(List.of(), report.errors());
        assertEquals(List.of(), report.warnings());
        assertEquals(1, report.pages());
    }
}
