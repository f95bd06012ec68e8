package dev.playbooks.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The search box as a reader uses it: a built site opened from disk, typed into, navigated with the keyboard. */
class SearchBoxTest extends SearchFixtureBrowser {
    /** Opens a page from disk and starts recording anything the page's Content-Security-Policy blocks. */
    private static void openFromDisk(String sitePath) {
        open(fromDisk(sitePath));
    }

    /** Opens search as a reader does, with the header's button, and gives its box. */
    private WebElement input() {
        browser.findElement(By.className("search-button")).click();
        WebElement input = browser.findElement(By.id("search_input"));
        waiting().until(driver -> input.equals(driver.switchTo().activeElement()));
        return input;
    }

    private List<WebElement> results() {
        return browser.findElements(By.cssSelector("#search_results [role=option]"));
    }

    @Test
    void aDutchQueryFromDiskFindsThePlaybookAndEnterOpensItsSection() {
        openFromDisk("nl/leiding/index.html");
        WebElement input = input();
        assertTrue(input.isDisplayed(), "the script shows the search box");
        input.sendKeys("stapjes");
        waiting().until(driver -> !results().isEmpty());
        WebElement first = results().get(0);
        assertEquals("Klein beginnen", first.findElement(By.className("search-title")).getText());
        assertEquals("Begin", first.findElement(By.className("search-section")).getText());
        waiting().until(driver -> !first.findElements(By.cssSelector(".search-snippet mark")).isEmpty());
        assertEquals("stapjes", first.findElement(By.cssSelector(".search-snippet mark")).getText());
        assertEquals("1 resultaat", browser.findElement(By.className("search-status")).getText());

        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals("search_result_0", input.getAttribute("aria-activedescendant"));
        assertEquals("true", first.getAttribute("aria-selected"));
        input.sendKeys(Keys.ENTER);
        waiting().until(driver -> driver.getCurrentUrl().contains("klein-beginnen"));
        assertTrue(browser.getCurrentUrl().endsWith("nl/klein-beginnen/index.html#begin"), browser.getCurrentUrl());
        assertEquals("Klein beginnen", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void oneClickSearchesTheOtherLanguage() {
        openFromDisk("en/coaching/index.html");
        WebElement dutch = browser.findElement(By.cssSelector("#search button[data-lang=nl]"));
        assertEquals("false", dutch.getAttribute("aria-pressed"));
        input().sendKeys("medewerker");
        waiting().until(driver -> browser.findElement(By.className("search-status")).getText().startsWith("No results"));
        dutch.click();
        waiting().until(driver -> !results().isEmpty());
        assertEquals("true", dutch.getAttribute("aria-pressed"));
        WebElement first = results().get(0);
        assertEquals("nl", first.getAttribute("lang"));
        assertEquals("Leiding geven", first.findElement(By.className("search-title")).getText());
        first.findElement(By.tagName("a")).click();
        waiting().until(driver -> driver.getCurrentUrl().contains("/nl/leiding/"));
        assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"));
    }

    @Test
    void theQueryIsShownAsTextNeverAsMarkup() {
        openFromDisk("en/coaching/index.html");
        String query = "<img src=x onerror=window.hacked=1>";
        input().sendKeys(query);
        WebElement status = browser.findElement(By.className("search-status"));
        waiting().until(driver -> status.getText().startsWith("No results"));
        assertEquals("No results for “" + query + "”", status.getText());
        assertTrue(browser.findElements(By.cssSelector("#search img")).isEmpty());
        assertEquals(null, browser.executeScript("return window.hacked"));
    }

    @Test
    void slashOpensSearchFromAnywhereAndEscapeClosesTheResultsThenClearsTheQueryThenSearch() {
        openFromDisk("en/coaching/index.html");
        WebElement dialog = browser.findElement(By.id("search_dialog"));
        assertFalse(dialog.isDisplayed(), "search waits for the reader");
        new Actions(browser).sendKeys("/").perform();
        WebElement input = browser.findElement(By.id("search_input"));
        waiting().until(driver -> input.equals(driver.switchTo().activeElement()));
        assertTrue(dialog.isDisplayed());
        assertEquals("", input.getAttribute("value"), "the / opened search and was not typed into it");
        input.sendKeys("coaching");
        waiting().until(driver -> !results().isEmpty());
        WebElement list = browser.findElement(By.id("search_results"));
        assertEquals("true", input.getAttribute("aria-expanded"));
        input.sendKeys(Keys.ESCAPE);
        assertFalse(list.isDisplayed());
        assertEquals("false", input.getAttribute("aria-expanded"));
        input.sendKeys(Keys.ESCAPE);
        assertEquals("", input.getAttribute("value"));
        input.sendKeys(Keys.ARROW_UP);
        assertTrue(results().isEmpty());
        input.sendKeys(Keys.ESCAPE);
        // Focus goes back to where the reader was when they pressed /.
        waiting().until(driver -> !dialog.isDisplayed());
        waiting().until(driver -> "body".equals(driver.switchTo().activeElement().getTagName()));
    }
}
