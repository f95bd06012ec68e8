package dev.playbooks.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.playbooks.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The built site, opened from disk in a real browser: the language switcher lands on the translation. */
class BrowserSmokeTest {
    @TempDir
    Path temp;

    @Test
    void theLanguageSwitcherLandsOnTheTranslatedPlaybookFromDisk() {
        Browser.assumeInstalled();
        TestSite site = TestSite.create(temp).withTrustPlaybooks();
        site.build();
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            browser.get(site.out().resolve("en/trust/index.html").toUri().toString());
            browser.findElement(By.cssSelector(".language-switcher a[hreflang=nl]")).click();
            assertEquals("Vertrouwen op het werk", browser.findElement(By.tagName("h1")).getText());
            assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"));
        } finally {
            browser.quit();
        }
    }
}
