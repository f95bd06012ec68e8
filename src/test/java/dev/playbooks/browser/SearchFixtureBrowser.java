package dev.playbooks.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbooks.TestSite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search fixture's site, built once per test class, and a browser on it. Whatever a page's
 * Content-Security-Policy blocks is recorded from the moment a test opens it, and must be nothing.
 */
abstract class SearchFixtureBrowser {
    @TempDir
    static Path temp;
    static TestSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void buildTheSite() {
        Browser.assumeInstalled();
        site = SearchFixture.build(temp.resolve("project"));
        browser = Browser.start(1024, 768);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void nothingWasBlockedByThePolicy() {
        assertEquals(List.of(), browser.executeScript("return window.blocked || []"));
    }

    /** Opens an address and starts recording what the page's policy blocks. */
    static void open(String address) {
        browser.get(address);
        watchThePolicy();
    }

    /** Records what the policy blocks on the page now open (after a reader's click took the browser there). */
    static void watchThePolicy() {
        browser.executeScript("""
                window.blocked = window.blocked || [];
                document.addEventListener('securitypolicyviolation', function (e) { window.blocked.push(e.blockedURI); });
                """);
    }

    /** The address of a page of the site on disk; a query after {@code ?} goes to the page. */
    static String fromDisk(String sitePath) {
        int query = sitePath.indexOf('?');
        String file = query < 0 ? sitePath : sitePath.substring(0, query);
        return site.out().resolve(file).toUri() + (query < 0 ? "" : sitePath.substring(query));
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
