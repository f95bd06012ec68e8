package dev.playbooks.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbooks.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The worksheets of the real site are tools to print: each one, in every language, fits on one sheet of A4, and of
 * US Letter too, as the browser prints it with its default margins.
 */
class WorksheetPrintTest {
    /** The root of a PDF's page tree counts every page; no other node counts more. */
    private static final Pattern PAGE_COUNT = Pattern.compile("/Count (\\d+)");

    @TempDir
    Path temp;

    @Test
    void everyWorksheetPrintsOnOnePage() throws IOException {
        Browser.assumeInstalled();
        Path site = TestSite.buildRepo(temp.resolve("site"));
        List<Path> worksheets = worksheets(site);
        assertEquals(8, worksheets.size(), worksheets::toString);
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            List<String> tooLong = new ArrayList<>();
            for (Path page : worksheets) {
                browser.get(page.toUri().toString());
                for (PageSize paper : List.of(PageSize.ISO_A4, PageSize.US_LETTER)) {
                    PrintOptions options = new PrintOptions();
                    options.setPageSize(paper);
                    int pages = pages(browser.print(options).getContent());
                    if (pages != 1) {
                        tooLong.add(site.relativize(page) + " on " + paper + ": " + pages + " pages");
                    }
                }
            }
            assertEquals(List.of(), tooLong);
        } finally {
            browser.quit();
        }
    }

    /** The pages whose article is a worksheet's, in every language. */
    private static List<Path> worksheets(Path site) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site, 3)) {
            for (Path page : files.filter(path -> path.getFileName().toString().equals("index.html")).sorted()
                    .toList()) {
                if (!Jsoup.parse(page.toFile(), "UTF-8").select("article[data-translation-key^=worksheet-]").isEmpty()) {
                    found.add(page);
                }
            }
        }
        return found;
    }

    private static int pages(String base64Pdf) {
        Matcher counts = PAGE_COUNT.matcher(new String(Base64.getDecoder().decode(base64Pdf),
                StandardCharsets.ISO_8859_1));
        int pages = 0;
        while (counts.find()) {
            pages = Math.max(pages, Integer.parseInt(counts.group(1)));
        }
        return pages;
    }
}
