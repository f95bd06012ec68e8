package dev.playbooks.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import dev.playbooks.serve.LivePreview;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code serve} in a real browser: the page's own Content-Security-Policy lets the reload script and its event
 * stream through, a saved edit reloads the page, and a mistake shows the problem until it is fixed.
 */
class LiveReloadBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    @Test
    void theOpenPageFollowsEverySave() throws Exception {
        Browser.assumeInstalled();
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        String good = site.read("content/en/trust.md");
        ChromeDriver browser = Browser.start(1280, 900);
        try (LivePreview preview = LivePreview.start(site.options().withOutput(temp.resolve("target/serve")),
                InetAddress.getLoopbackAddress(), 0, result -> { })) {
            browser.get(preview.address().resolve("/en/trust/").toString());
            assertEquals("Trust at work", browser.findElement(By.tagName("h1")).getText());
            // Marks this very page: the mark is gone once the page has reloaded.
            ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
            new WebDriverWait(browser, WAIT).until(driver -> preview.openPages() == 1);

            site.write("content/en/trust.md", good.replace("Trust at work", "Trust, reloaded"));
            awaitHeading(browser, "Trust, reloaded");
            assertEquals(null, ((JavascriptExecutor) browser).executeScript("return window.notReloaded;"));
            new WebDriverWait(browser, WAIT).until(driver -> preview.openPages() == 1);

            site.write("content/en/trust.md", good.replace("summary: \"How trust grows.\"", "summary: a: b"));
            awaitHeading(browser, "The site could not be built");
            assertTrue(browser.findElement(By.cssSelector(".place")).getText().startsWith("content/en/trust.md:3:"));

            new WebDriverWait(browser, WAIT).until(driver -> preview.openPages() == 1);
            site.write("content/en/trust.md", good);
            awaitHeading(browser, "Trust at work");
        } finally {
            browser.quit();
        }
    }

    /**
     * Waits until the page's heading reads {@code text}. The reload may replace the page between finding the
     * heading and reading it, which is the very thing awaited, so a heading gone stale is looked for again.
     */
    private static void awaitHeading(ChromeDriver browser, String text) {
        new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class).until(driver ->
                driver.findElement(By.tagName("h1")).getText().equals(text));
    }
}
