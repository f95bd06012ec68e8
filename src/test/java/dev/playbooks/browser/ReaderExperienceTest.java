package dev.playbooks.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The real playbooks, built and opened from disk in headless Chromium, used the way a reader would: ticking,
 * reloading, switching language, resetting, using only the keyboard, printing. How every page looks and what axe
 * finds on it is {@link ReaderLayoutTest}'s.
 */
class ReaderExperienceTest {
    private static final String CAREER_EN = "en/career-autonomy/index.html";
    private static final String CAREER_NL = "nl/loopbaanautonomie/index.html";

    @TempDir
    static Path temp;

    static Path site;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() throws IOException {
        Browser.assumeInstalled();
        site = TestSite.buildRepo(temp.resolve("site"));
        browser = Browser.start(1280, 1000);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void freshStorage() {
        open("en/index.html");
        browser.executeScript("window.localStorage.clear()");
        media("screen", "light");
    }

    private void open(String page) {
        browser.get(site.resolve(page).toUri().toString());
    }

    private List<WebElement> boxes() {
        return browser.findElements(By.cssSelector(".playbook-body ul.checklist input[type=checkbox]"));
    }

    /**
     * Ticks a box as a reader does, having scrolled to it: the checklist's progress stays at the bottom of the
     * screen while the list is in view, so a box right above the window's edge is under it.
     */
    private void tick(WebElement box) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        box.click();
    }

    private String progress() {
        return browser.findElement(By.cssSelector(".playbook-body .checklist-progress")).getText();
    }

    private void media(String type, String scheme) {
        Browser.emulate(browser, type, scheme);
    }

    @Test
    void ticksSurviveAReload() {
        open(CAREER_EN);
        assertEquals("0 of 8 steps done", progress());
        tick(boxes().get(0));
        tick(boxes().get(2));
        assertEquals("2 of 8 steps done", progress());
        browser.navigate().refresh();
        assertTrue(boxes().get(0).isSelected() && boxes().get(2).isSelected() && !boxes().get(1).isSelected());
        assertEquals("2 of 8 steps done", progress());
    }

    @Test
    void theDutchVersionSharesTheProgressAndTheSwitcherLandsOnIt() {
        open(CAREER_EN);
        tick(boxes().get(1));
        browser.findElement(By.cssSelector(".language-switcher a[hreflang=nl]")).click();
        assertTrue(browser.getCurrentUrl().endsWith(CAREER_NL), browser.getCurrentUrl());
        assertTrue(boxes().get(1).isSelected());
        assertEquals("1 van 8 stappen gedaan", progress());
    }

    @Test
    void resetClearsTheChecklist() {
        open(CAREER_EN);
        tick(boxes().get(0));
        browser.findElement(By.cssSelector(".playbook-body .checklist-reset")).click();
        assertFalse(boxes().get(0).isSelected());
        browser.navigate().refresh();
        assertFalse(boxes().get(0).isSelected());
        assertEquals("0 of 8 steps done", progress());
    }

    @Test
    void theSidebarAndTheHomePageShowHowFarTheReaderGot() {
        open(CAREER_EN);
        By badge = By.cssSelector(".sidebar-list a[aria-current] + .checklist-progress-badge");
        assertTrue(browser.findElements(badge).isEmpty(), "nothing to show before a tick");
        tick(boxes().get(0));
        tick(boxes().get(1));
        assertEquals("2/10", browser.findElement(badge).getText(), "the sidebar follows the ticks at once, of both lists");
        open("nl/index.html");
        WebElement card = browser.findElement(By.cssSelector(".card[data-progress^='career-autonomy '] .checklist-progress-badge"));
        assertEquals("2/10", card.getText(), "and the other language's home shows the same progress");
    }

    @Test
    void theChecklistsPageShowsTheSameProgress() {
        open(CAREER_NL);
        tick(boxes().get(3));
        open("nl/checklists/index.html");
        WebElement group = browser.findElement(By.cssSelector(".checklist-group[data-translation-key=career-autonomy]"));
        // Each list under its own heading with its own progress, as on the playbook page.
        assertEquals(List.of("Voor professionals", "Voor leidinggevenden"),
                group.findElements(By.tagName("h3")).stream().map(WebElement::getText).toList());
        assertEquals(List.of("1 van 8 stappen gedaan", "0 van 2 stappen gedaan"),
                group.findElements(By.cssSelector(".checklist-progress")).stream().map(WebElement::getText).toList());
        assertTrue(group.findElements(By.cssSelector("input[type=checkbox]")).get(3).isSelected());
    }

    @Test
    void aKeyboardAloneCanReachAndTickABox() {
        open(CAREER_EN);
        Actions keys = new Actions(browser);
        for (int presses = 0; presses < 200 && !focusedOnAChecklistBox(); presses++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertTrue(focusedOnAChecklistBox(), "tabbing reaches the first checklist box");
        keys.sendKeys(Keys.SPACE).perform();
        assertTrue(boxes().get(0).isSelected());
        String outline = (String) browser.executeScript(
                "return getComputedStyle(document.activeElement).outlineStyle");
        assertFalse("none".equals(outline), "the focused box shows where the focus is");
    }

    private boolean focusedOnAChecklistBox() {
        return Boolean.TRUE.equals(browser.executeScript(
                "var e = document.activeElement; return !!(e && e.matches('.playbook-body .checklist input'));"));
    }

    @Test
    void clickTargetsAreAtLeast24PixelsHigh() {
        open(CAREER_EN);
        WebElement label = browser.findElement(By.cssSelector(".playbook-body .checklist label"));
        assertTrue(label.getSize().getHeight() >= 24, "label height " + label.getSize().getHeight());
    }

    @Test
    void printingHidesNavigationAndShowsEmptyBoxes() {
        open(CAREER_EN);
        tick(boxes().get(0));
        media("print", "light");
        assertFalse(browser.findElement(By.cssSelector(".site-nav")).isDisplayed());
        assertFalse(browser.findElement(By.cssSelector(".language-switcher")).isDisplayed());
        assertFalse(browser.findElement(By.cssSelector(".playbook-body .checklist-controls")).isDisplayed());
        assertFalse(browser.findElement(By.cssSelector(".sidebar")).isDisplayed(), "no sidebar on paper");
        assertFalse(browser.findElement(By.cssSelector(".search-button")).isDisplayed(), "no search on paper");
        String printed = (String) browser.executeScript("""
                var a = document.createElement('a');
                a.href = 'https://example.org/source';
                a.textContent = 'a source';
                document.querySelector('.playbook-body p').appendChild(a);
                return getComputedStyle(a, '::after').content;""");
        assertTrue(printed.contains("http"), "an outside link prints its address: " + printed);
        String appearance = (String) browser.executeScript(
                "return getComputedStyle(document.querySelector('.task-list-item-checkbox')).appearance");
        assertEquals("none", appearance, "a ticked box prints as an empty square to tick on paper");
    }
}
