package dev.playbooks.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.serve.LivePreview;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Where a search goes on from the box: Enter without a choice to the results page of the language searched (from
 * disk and from a server), the other language offered when it finds what the page's does not, words that match
 * nothing said, and the root page's search of each language.
 */
class SearchResultsPageTest extends SearchFixtureBrowser {
    private static WebElement searchBox() {
        browser.findElement(By.className("search-button")).click();
        WebElement input = browser.findElement(By.id("search_input"));
        waiting().until(driver -> input.equals(driver.switchTo().activeElement()));
        return input;
    }

    private static String status() {
        return browser.findElement(By.className("search-status")).getText();
    }

    private static List<String> titlesOnTheResultsPage() {
        waiting().until(driver -> !status().isEmpty());
        return browser.findElements(By.cssSelector(".search-list .search-title")).stream().map(WebElement::getText)
                .toList();
    }

    @Test
    void enterWithoutAChoiceOpensEveryResultAndSaysWhichWordMatchedNothing() {
        open(fromDisk("en/coaching/index.html"));
        WebElement input = searchBox();
        input.sendKeys("coaching xyzzy");
        waiting().until(driver -> status().startsWith("1 result"));
        assertEquals("1 result · Nothing matches “xyzzy”", status());
        WebElement all = browser.findElement(By.className("search-all-link"));
        assertEquals("Every result for “coaching xyzzy”", all.getText());
        input.sendKeys(Keys.ENTER);
        waiting().until(driver -> driver.getCurrentUrl().contains("/search/"));
        watchThePolicy();
        assertTrue(browser.getCurrentUrl().endsWith("en/search/index.html?q=coaching%20xyzzy"), browser.getCurrentUrl());
        assertEquals(List.of("Coaching"), titlesOnTheResultsPage());
        assertEquals("1 result · Nothing matches “xyzzy”", status());
        assertEquals("coaching xyzzy", browser.findElement(By.id("search_page_input")).getAttribute("value"));
        waiting().until(driver -> !driver.findElements(By.cssSelector(".search-list mark")).isEmpty());
        assertEquals("coaching", browser.findElement(By.cssSelector(".search-list mark")).getText().toLowerCase());
        assertEquals("page-search", browser.findElement(By.tagName("body")).getAttribute("class"));
    }

    @Test
    void theResultsPageSearchesAgainAndItsFieldIsWhereTheButtonAndSlashGo() {
        open(fromDisk("nl/search/index.html?q=stapjes"));
        assertEquals(List.of("Klein beginnen"), titlesOnTheResultsPage());
        WebElement input = browser.findElement(By.id("search_page_input"));
        assertFalse(input.equals(browser.switchTo().activeElement()), "a page with results leaves the focus alone");
        new Actions(browser).sendKeys("/").perform();
        waiting().until(driver -> input.equals(driver.switchTo().activeElement()));
        assertEquals("stapjes", input.getAttribute("value"), "the / went to the field, not into it");
        assertTrue(browser.findElements(By.id("search_dialog")).isEmpty(), "no second search over the page");
        assertTrue(browser.findElement(By.cssSelector(".language-switcher a[hreflang=en]")).getAttribute("href")
                .endsWith("en/search/index.html?q=stapjes"), "the other language's page of the same query");
        input.clear();
        input.sendKeys("medewerkers", Keys.ENTER);
        waiting().until(driver -> driver.getCurrentUrl().endsWith("?q=medewerkers"));
        watchThePolicy();
        assertEquals(List.of("Ruimte voor iedereen", "Leiding geven"), titlesOnTheResultsPage());
    }

    @Test
    void aServedSiteHasItsResultsPageToo() throws IOException {
        try (LivePreview preview = LivePreview.start(site.options().withOutput(temp.resolve("serve")),
                InetAddress.getLoopbackAddress(), 0, result -> { })) {
            open(preview.address().resolve("nl/leiding/").toString());
            searchBox().sendKeys("stapjes", Keys.ENTER);
            waiting().until(driver -> driver.getCurrentUrl().endsWith("/nl/search/?q=stapjes"));
            watchThePolicy();
            assertEquals(List.of("Klein beginnen"), titlesOnTheResultsPage());
        }
    }

    @Test
    void whatThePagesLanguageDoesNotFindTheOtherLanguageOffersInOneClick() {
        open(fromDisk("en/coaching/index.html"));
        searchBox().sendKeys("medewerker");
        WebElement offer = browser.findElement(By.className("search-other-button"));
        waiting().until(driver -> offer.isDisplayed());
        assertEquals("No results for “medewerker”", status());
        assertEquals("2 results in Dutch: show them", offer.getText());
        offer.click();
        waiting().until(driver -> !driver.findElements(By.cssSelector("#search_results [role=option]")).isEmpty());
        assertEquals("true", browser.findElement(By.cssSelector("#search button[data-lang=nl]")).getAttribute("aria-pressed"));
        assertEquals("Leiding geven", browser.findElement(By.cssSelector("#search_results .search-title")).getText());
        assertFalse(offer.isDisplayed(), "the offer goes once taken");

        open(fromDisk("en/search/index.html?q=medewerker"));
        WebElement link = browser.findElement(By.className("search-other-button"));
        waiting().until(driver -> link.isDisplayed());
        assertEquals("2 results in Dutch: show them", link.getText());
        link.click();
        waiting().until(driver -> driver.getCurrentUrl().endsWith("nl/search/index.html?q=medewerker"));
        watchThePolicy();
        assertEquals(List.of("Leiding geven", "Ruimte voor iedereen"), titlesOnTheResultsPage());
    }

    @Test
    void theRootPageSearchesEachLanguageAndSlashComesToTheFirst() {
        open(fromDisk("index.html"));
        new Actions(browser).sendKeys("/").perform();
        WebElement first = browser.findElement(By.cssSelector(".language-option .language-search input"));
        waiting().until(driver -> first.equals(driver.switchTo().activeElement()));
        WebElement dutch = browser.findElement(By.cssSelector(".language-option[data-lang=nl] .language-search input"));
        dutch.sendKeys("feedback geven", Keys.ENTER);
        waiting().until(driver -> driver.getCurrentUrl().contains("nl/search/index.html"));
        watchThePolicy();
        assertTrue(browser.getCurrentUrl().endsWith("?q=feedback%20geven"), browser.getCurrentUrl());
        assertEquals("Feedback geven", titlesOnTheResultsPage().get(0));
    }
}
