package dev.playbooks.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's ticks are their own data: on a site built in a temp folder, they follow their steps through the
 * author's edits and across languages, survive the move from the first storage format, can be undone when cleared,
 * stay in view while ticking on a phone, and travel to another browser as a file.
 */
class ChecklistProgressTest {
    private static final List<String> ENGLISH = List.of(
            "Ask one question about the goal",
            "Write down the desired result and the deadline",
            "Agree on two fixed check-in moments",
            "Name one decsion they may take alone",
            "Review what went well after a week");
    private static final List<String> DUTCH = List.of(
            "Stel één vraag over het doel",
            "Schrijf het gewenste resultaat en de deadline op",
            "Spreek twee vaste momenten af om bij te praten",
            "Noem één beslissing die ze zelf mogen nemen",
            "Kijk na een week terug op wat goed ging");

    @TempDir
    Path temp;
    TestSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void startTheBrowser() {
        Browser.assumeInstalled();
        browser = Browser.start(1024, 900);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void buildTheSite() {
        site = TestSite.create(temp.resolve("project"));
        write(ENGLISH, DUTCH);
        assertTrue(site.build().succeeded());
        browser.manage().window().setSize(new Dimension(1024, 900));
        open("en/steps/index.html");
        browser.executeScript("localStorage.clear()");
    }

    private void write(List<String> english, List<String> dutch) {
        site.playbook("en", "steps", "title: Steps\nsummary: Small steps.\ntranslationKey: steps",
                "## Checklist\n\n" + checklist(english));
        site.playbook("nl", "stappen", "title: Stappen\nsummary: Kleine stappen.\ntranslationKey: steps",
                "## Checklist\n\n" + checklist(dutch));
    }

    private static String checklist(List<String> items) {
        return items.stream().map(item -> "- [ ] " + item + "\n").collect(Collectors.joining());
    }

    private void open(String page) {
        browser.get(site.out().resolve(page).toUri().toString());
    }

    private List<WebElement> items() {
        return browser.findElements(By.cssSelector(".playbook-body li[data-item]"));
    }

    private void tick(String text) {
        items().stream().filter(item -> item.getText().equals(text)).findFirst().orElseThrow()
                .findElement(By.cssSelector("input")).click();
    }

    private Set<String> ticked() {
        return items().stream().filter(item -> item.findElement(By.cssSelector("input")).isSelected())
                .map(WebElement::getText).collect(Collectors.toSet());
    }

    @Test
    void aTickFollowsItsStepThroughTheAuthorsEditsAndIntoTheOtherLanguage() {
        open("en/steps/index.html");
        tick(ENGLISH.get(1));
        tick(ENGLISH.get(3));
        // A step inserted above them, two others swapped, and the typo in a ticked one fixed; the translator follows.
        write(List.of("Read the playbook once", ENGLISH.get(0), ENGLISH.get(1), ENGLISH.get(4),
                        "Name one decision they may take alone", ENGLISH.get(2)),
                List.of("Lees het draaiboek één keer", DUTCH.get(0), DUTCH.get(1), DUTCH.get(4), DUTCH.get(3),
                        DUTCH.get(2)));
        assertTrue(site.build().succeeded());
        open("en/steps/index.html");
        assertEquals(Set.of(ENGLISH.get(1), "Name one decision they may take alone"), ticked());
        browser.navigate().refresh();
        assertEquals(Set.of(ENGLISH.get(1), "Name one decision they may take alone"), ticked());
        browser.findElement(By.cssSelector(".language-switcher a[hreflang=nl]")).click();
        assertEquals(Set.of(DUTCH.get(1), DUTCH.get(3)), ticked());
    }

    /** What a box looks like on paper: its background is the tick, drawn only when the reader asked for theirs. */
    private String printedTick(String text) {
        WebElement box = items().stream().filter(item -> item.getText().equals(text)).findFirst().orElseThrow()
                .findElement(By.cssSelector("input"));
        return (String) browser.executeScript("return getComputedStyle(arguments[0]).backgroundImage", box);
    }

    @Test
    void printingWithMyTicksDrawsThemAndOrdinaryPrintingLeavesEmptyBoxes() {
        tick(ENGLISH.get(0));
        // The print dialog would wait for a person: the page's own call to print is where the paper is looked at.
        browser.executeScript("window.print = () => { window.printedWithTicks = "
                + "document.documentElement.hasAttribute('data-print-ticks'); }");
        browser.findElement(By.cssSelector(".checklist-print")).click();
        assertEquals(true, browser.executeScript("return window.printedWithTicks"));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertTrue(printedTick(ENGLISH.get(0)).startsWith("url("), "the reader's tick is printed");
            assertEquals("none", printedTick(ENGLISH.get(1)), "an unticked step prints as an empty box");
            browser.executeScript("window.dispatchEvent(new Event('afterprint'))");
            assertEquals("none", printedTick(ENGLISH.get(0)), "printed the ordinary way, every box is empty");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void ticksKeptTheFirstWayAreMovedOnceWithoutChangingWhichStepsAreTicked() {
        browser.executeScript("localStorage.setItem('playbooks:checklist:steps', '{\"item-2\":true,\"item-4\":true}')");
        open("en/steps/index.html");
        assertEquals(Set.of(ENGLISH.get(1), ENGLISH.get(3)), ticked());
        @SuppressWarnings("unchecked")
        Map<String, Object> stored = (Map<String, Object>) browser.executeScript(
                "return JSON.parse(localStorage.getItem('playbooks:checklist:steps'))");
        assertEquals(2L, stored.get("v"), "now in the current format");
        assertEquals(Set.of("write-down-the-desired-result-and-the-deadline", "name-one-decsion-they-may-take-alone"),
                ((Map<?, ?>) stored.get("done")).keySet());
        browser.navigate().refresh();
        assertEquals(Set.of(ENGLISH.get(1), ENGLISH.get(3)), ticked(), "moved once, not again");
        open("nl/stappen/index.html");
        assertEquals(Set.of(DUTCH.get(1), DUTCH.get(3)), ticked());
    }

    @Test
    void startingOverAsksNothingAndOffersToUndoIt() {
        open("en/steps/index.html");
        tick(ENGLISH.get(0));
        tick(ENGLISH.get(2));
        browser.findElement(By.className("checklist-reset")).click();
        assertEquals(Set.of(), ticked());
        WebElement status = browser.findElement(By.cssSelector(".playbook-body .checklist-progress"));
        assertEquals("Checklist cleared.", status.getText());
        assertEquals("status", status.getAttribute("role"), "said politely to screen readers");
        WebElement undo = browser.findElement(By.className("checklist-undo"));
        assertTrue(undo.isDisplayed());
        undo.click();
        assertEquals(Set.of(ENGLISH.get(0), ENGLISH.get(2)), ticked());
        assertEquals("Your ticks are back.", status.getText());
        assertFalse(undo.isDisplayed());
        browser.navigate().refresh();
        assertEquals(Set.of(ENGLISH.get(0), ENGLISH.get(2)), ticked());
    }

    @Test
    void onAPhoneTheProgressStaysInViewWhileTickingALongChecklist() throws IOException {
        List<String> many = Stream.iterate(1, n -> n + 1).limit(16).map(n -> "Step number " + n + " of the long list")
                .toList();
        site.playbook("en", "long", "title: Long\nsummary: Many steps.", "## Checklist\n\n" + checklist(many));
        assertTrue(site.build().succeeded());
        browser.manage().window().setSize(new Dimension(375, 812));
        open("en/long/index.html");
        WebElement first = items().get(0);
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'})", first);
        first.findElement(By.cssSelector("input")).click();
        WebElement progress = browser.findElement(By.cssSelector(".playbook-body .checklist-progress"));
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) browser.executeScript(
                "var r = arguments[0].getBoundingClientRect(); return {top: r.top, bottom: r.bottom};", progress);
        assertTrue(box.get("bottom").doubleValue() <= 812 && box.get("top").doubleValue() > 400,
                "the progress is at the bottom of the screen while the list goes on: " + box);
        assertTrue(box.get("bottom").doubleValue() - box.get("top").doubleValue() <= 60,
                "the bar covers one line of the list, not the buttons too: " + box);
        Number buttons = (Number) browser.executeScript("return arguments[0].getBoundingClientRect().top;",
                browser.findElement(By.cssSelector(".playbook-body .checklist-reset")));
        assertTrue(buttons.doubleValue() > 812, "the buttons wait below the list: " + buttons);
        assertEquals("1 of 16 steps done", progress.getText());
        Files.write(Files.createDirectories(TestSite.REPO.resolve("target/screenshots")).resolve(
                "checklist-ticking-375.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void progressTravelsAsAFileAndAFileThatIsNotRightChangesNothing() throws IOException {
        Path downloads = Files.createDirectories(temp.resolve("downloads"));
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        open("en/steps/index.html");
        tick(ENGLISH.get(1));
        tick(ENGLISH.get(4));
        open("en/checklists/index.html");
        browser.findElement(By.className("progress-export")).click();
        Path saved = downloads.resolve("playbooks-progress.json");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> Files.exists(saved));
        assertTrue(Files.readString(saved).contains("\"format\": \"playbooks-checklists\""));

        browser.executeScript("localStorage.clear()");
        open("en/checklists/index.html");
        browser.findElement(By.className("progress-import")).sendKeys(saved.toString());
        WebElement status = browser.findElement(By.className("progress-transfer-status"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !status.getText().isEmpty());
        assertEquals("Your progress is loaded.", status.getText());
        open("nl/stappen/index.html");
        assertEquals(Set.of(DUTCH.get(1), DUTCH.get(4)), ticked());

        Path wrong = temp.resolve("wrong.json");
        Files.writeString(wrong, "{\"format\": \"something else\"}");
        open("en/checklists/index.html");
        browser.findElement(By.className("progress-import")).sendKeys(wrong.toString());
        WebElement said = browser.findElement(By.className("progress-transfer-status"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !said.getText().isEmpty());
        assertEquals("That is not a progress file of these playbooks; nothing was changed.", said.getText());
        open("en/steps/index.html");
        assertEquals(Set.of(ENGLISH.get(1), ENGLISH.get(4)), ticked(), "nothing was changed");
    }
}
