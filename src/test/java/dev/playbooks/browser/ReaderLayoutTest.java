package dev.playbooks.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.playbooks.TestSite;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The real site as readers see it, every kind of page in both languages (a results page with a query), at 320, 375, 768 and 1280 px, light and
 * dark: what is where on the screen (geometry, not only existence), what the keyboard reaches, and what axe-core
 * finds. Screenshots of every page go to target/screenshots.
 */
class ReaderLayoutTest {
    private static final String PLAYBOOK_EN = "en/career-autonomy/index.html";
    private static final String PLAYBOOK_NL = "nl/loopbaanautonomie/index.html";
    /** One page of each kind in each language, by kind. */
    private static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("root", List.of("index.html"));
        PAGES.put("home", List.of("en/index.html", "nl/index.html"));
        PAGES.put("playbook", List.of(PLAYBOOK_EN, PLAYBOOK_NL));
        PAGES.put("tags", List.of("en/tags/index.html", "nl/tags/index.html"));
        PAGES.put("tag", List.of("en/tags/trust/index.html", "nl/tags/vertrouwen/index.html"));
        PAGES.put("checklists", List.of("en/checklists/index.html", "nl/checklists/index.html"));
        PAGES.put("search", List.of("en/search/index.html?q=feedback", "nl/search/index.html?q=feedback"));
        PAGES.put("not-found", List.of("en/404.html", "nl/404.html"));
    }

    private static final int[] WIDTHS = {320, 375, 768, 1280};

    @TempDir
    static Path temp;
    static Path site;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() throws IOException {
        Browser.assumeInstalled();
        site = TestSite.buildRepo(temp.resolve("site"));
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void freshReader() {
        size(1280, 900);
        open("en/index.html");
        browser.executeScript("window.localStorage.clear()");
        scheme("light");
    }

    /** Opens a page of the site from disk; a query after {@code ?} goes to the page, as a reader's would. */
    private static void open(String page) {
        int query = page.indexOf('?');
        String file = query < 0 ? page : page.substring(0, query);
        browser.get(site.resolve(file).toUri() + (query < 0 ? "" : page.substring(query)));
    }

    private static void size(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        // The window's outer size includes nothing in headless Chromium, but make sure of the inner width.
        long inner = (Long) browser.executeScript("return window.innerWidth");
        if (inner != width) {
            browser.manage().window().setSize(new Dimension(2 * width - (int) inner, height));
        }
    }

    private static void scheme(String scheme) {
        Browser.emulate(browser, "screen", scheme);
    }

    /** The element's box in the viewport: left, top, right, bottom, width, height. */
    @SuppressWarnings("unchecked")
    private static Map<String, Number> box(String selector) {
        Object box = browser.executeScript("""
                var e = document.querySelector(arguments[0]);
                if (!e) return null;
                var r = e.getBoundingClientRect();
                return {left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height};
                """, selector);
        assertTrue(box != null, "no " + selector + " on " + browser.getCurrentUrl());
        return (Map<String, Number>) box;
    }

    private static double at(Map<String, Number> box, String side) {
        return box.get(side).doubleValue();
    }

    private static double viewport(String what) {
        return ((Number) browser.executeScript("return window." + what)).doubleValue();
    }

    @Test
    void everyPageFitsEveryWidthAndStacksHeaderMainAndFooterInOrder() throws IOException {
        Path folder = Files.createDirectories(TestSite.REPO.resolve("target/screenshots"));
        for (String scheme : List.of("light", "dark")) {
            scheme(scheme);
            for (int width : WIDTHS) {
                size(width, 900);
                Map<String, String> lookOfKind = new LinkedHashMap<>();
                for (Map.Entry<String, List<String>> kind : PAGES.entrySet()) {
                    for (String page : kind.getValue()) {
                        open(page);
                        String where = page + " at " + width + " px, " + scheme;
                        Object overflow = browser.executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                        assertEquals(0L, overflow, where + ": the page scrolls sideways");
                        if (!kind.getKey().equals("root")) {
                            assertTrue(at(box(".site-header"), "bottom") <= at(box("main"), "top") + 0.5,
                                    where + ": main starts below the header");
                            assertTrue(at(box("main"), "bottom") <= at(box(".site-footer"), "top") + 0.5,
                                    where + ": the footer comes after main");
                        }
                        byte[] shot = browser.getScreenshotAs(OutputType.BYTES);
                        String name = page.replace("/index.html", "").replace(".html", "").replaceAll("[/?=]", "-")
                                + "-" + width + "-" + scheme + ".png";
                        Files.write(folder.resolve(name), shot);
                        assertFalse(blank(shot), where + ": the screenshot is blank");
                        lookOfKind.putIfAbsent(kind.getKey(), sha256(shot));
                    }
                }
                Set<String> looks = new HashSet<>(lookOfKind.values());
                assertEquals(lookOfKind.size(), looks.size(),
                        "two kinds of page look the same at " + width + " px, " + scheme + ": " + lookOfKind);
            }
        }
    }

    @Test
    void onAPhoneAPlaybookStartsOnTheFirstScreen() {
        size(375, 812);
        for (String page : List.of(PLAYBOOK_EN, PLAYBOOK_NL)) {
            open(page);
            assertTrue(at(box(".site-header"), "height") <= 64, page + ": the header is one compact bar");
            assertTrue(at(box("h1"), "top") <= 200, page + ": the title starts at " + at(box("h1"), "top"));
            assertTrue(at(box(".summary"), "bottom") <= 812, page + ": the summary is on the first screen");
            assertTrue(at(box(".playbook-body p"), "top") < 812,
                    page + ": the text starts on the first screen, at " + at(box(".playbook-body p"), "top"));
            assertFalse(browser.findElement(By.id("site_menu")).isDisplayed(), page + ": the menu waits for its button");
        }
    }

    @Test
    void onADesktopTheSidebarListsEveryPlaybookAndTheContentsStayInView() {
        size(1280, 900);
        List<String> home = homeTitles("en/index.html");
        open(PLAYBOOK_EN);
        List<WebElement> entries = browser.findElements(By.cssSelector(".sidebar-list a"));
        assertEquals(home, entries.stream().map(WebElement::getText).toList(), "every playbook, in home order");
        assertEquals(List.of(browser.findElement(By.tagName("h1")).getText()),
                browser.findElements(By.cssSelector(".sidebar-list a[aria-current=page]")).stream()
                        .map(WebElement::getText).toList(), "the current playbook is marked");
        Map<String, Number> sidebar = box(".sidebar");
        Map<String, Number> article = box(".playbook-header");
        Map<String, Number> toc = box(".toc");
        assertTrue(at(sidebar, "right") <= at(article, "left") && at(article, "right") <= at(toc, "left"),
                "sidebar, article and contents side by side");
        assertTrue(at(sidebar, "top") < 200 && at(toc, "top") < 200, "both start near the top");

        List<WebElement> sections = browser.findElements(By.cssSelector(".toc a"));
        String last = sections.get(sections.size() - 1).getAttribute("hash").substring(1);
        browser.executeScript("document.getElementById(arguments[0]).scrollIntoView()", last);
        browser.executeScript("return new Promise(function (done) { requestAnimationFrame(function () { requestAnimationFrame(done); }); })");
        Map<String, Number> stuck = box(".toc");
        assertTrue(at(stuck, "top") >= 0 && at(stuck, "top") < viewport("innerHeight") / 2,
                "the contents are still in view at the last section: top " + at(stuck, "top"));
        assertEquals(last, ((String) browser.executeScript(
                "var a = document.querySelector('.toc a[aria-current]'); return a && a.hash.slice(1);")),
                "the contents mark the section being read");
        assertTrue(at(box(".sidebar"), "top") >= 0, "the sidebar stays in view too");
    }

    private List<String> homeTitles(String page) {
        open(page);
        return browser.findElements(By.cssSelector("#all_playbooks ~ .cards .card-title")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void betweenTabletAndDesktopTheContentsFoldIntoTheArticleAndThePlaybooksFollowIt() {
        size(800, 900);
        open(PLAYBOOK_NL);
        Map<String, Number> article = box(".playbook");
        Map<String, Number> toc = box(".toc");
        assertTrue(at(toc, "left") >= at(article, "left") && at(toc, "right") <= at(article, "right"),
                "the contents are in the article's column");
        assertTrue(at(toc, "top") < at(box(".playbook-body"), "top"), "before the text");
        assertTrue(at(box(".sidebar"), "top") > at(article, "bottom"), "the playbooks come after the article");
        WebElement summary = browser.findElement(By.cssSelector(".toc summary"));
        summary.click();
        assertTrue(browser.findElement(By.cssSelector(".toc ol a")).isDisplayed(), "a reader opens the contents");
    }

    /**
     * Not the not-found pages: they are served at any address, so they link to the stylesheet by its absolute URL,
     * which a site opened from disk does not reach.
     */
    @Test
    void everyPageButAPlaybookIsOneCentredColumn() {
        size(1280, 900);
        for (String page : List.of("en/index.html", "en/tags/index.html", "nl/tags/index.html", "en/tags/trust/index.html",
                "en/checklists/index.html", "nl/search/index.html?q=feedback")) {
            open(page);
            Map<String, Number> main = box("main");
            double middle = (at(main, "left") + at(main, "right")) / 2;
            assertEquals(viewport("document.documentElement.clientWidth") / 2, middle, 2, page + ": main is centred");
            assertTrue(at(main, "width") < 800, page + ": main is one column, " + at(main, "width") + " px wide");
        }
    }

    @Test
    void aPhoneMenuOpensAndClosesFromTheKeyboard() {
        size(375, 812);
        open(PLAYBOOK_EN);
        WebElement button = browser.findElement(By.className("menu-button"));
        WebElement menu = browser.findElement(By.id("site_menu"));
        assertFalse(menu.isDisplayed());
        Actions keys = new Actions(browser);
        for (int presses = 0; presses < 10 && !button.equals(browser.switchTo().activeElement()); presses++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(button, browser.switchTo().activeElement(), "the menu button is a few tabs from the top");
        keys.sendKeys(Keys.ENTER).perform();
        assertTrue(menu.isDisplayed());
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertTrue(browser.findElement(By.cssSelector(".language-switcher a[hreflang=nl]")).isDisplayed());
        assertTrue(at(box("#site_menu"), "top") >= at(box(".site-bar"), "bottom") - 0.5, "it opens below the bar");
        keys.sendKeys(Keys.ESCAPE).perform();
        assertFalse(menu.isDisplayed());
        assertEquals(button, browser.switchTo().activeElement(), "focus goes back to the button");
    }

    @Test
    void withoutJavaScriptTheMenuIsPlainLinksAndNoButtonPretendsToWork() {
        ChromeDriver plain = Browser.start(375, 812, false);
        try {
            plain.get(site.resolve(PLAYBOOK_NL).toUri().toString());
            assertEquals(Boolean.FALSE, plain.executeScript("return document.documentElement.classList.contains('js')"),
                    "scripts are off");
        } catch (org.openqa.selenium.JavascriptException e) {
            // Some drivers refuse executeScript when scripts are off; the page is what matters.
        }
        try {
            assertTrue(plain.findElement(By.cssSelector(".site-nav a")).isDisplayed(), "the menu's links show");
            assertTrue(plain.findElement(By.cssSelector(".language-switcher a[hreflang=en]")).isDisplayed());
            for (String button : List.of(".menu-button", ".search-button", ".theme-button")) {
                assertFalse(plain.findElement(By.cssSelector(button)).isDisplayed(), button + " needs scripts");
            }
            assertTrue(plain.findElement(By.cssSelector(".toc summary")).isDisplayed(), "the contents still open");
        } finally {
            plain.quit();
        }
    }

    @Test
    void theKeyboardReachesTheSidebarAndAHeadingsLinkToItself() {
        size(1280, 900);
        open(PLAYBOOK_EN);
        Actions keys = new Actions(browser);
        boolean reachedSidebar = false;
        boolean reachedAnchor = false;
        for (int presses = 0; presses < 300 && !(reachedSidebar && reachedAnchor); presses++) {
            keys.sendKeys(Keys.TAB).perform();
            reachedSidebar |= Boolean.TRUE.equals(browser.executeScript(
                    "return !!document.activeElement.closest('.sidebar')"));
            if (!reachedAnchor && Boolean.TRUE.equals(browser.executeScript(
                    "return document.activeElement.matches('.heading-anchor')"))) {
                reachedAnchor = true;
                WebElement anchor = browser.switchTo().activeElement();
                assertEquals("1", anchor.getCssValue("opacity"), "a focused heading link shows");
                String label = anchor.getAttribute("aria-label");
                assertTrue(label.startsWith("Link to this section: "), label);
                String target = anchor.getAttribute("hash");
                keys.sendKeys(Keys.ENTER).perform();
                assertTrue(browser.getCurrentUrl().endsWith(target), browser.getCurrentUrl());
            }
        }
        assertTrue(reachedSidebar, "tabbing reaches the sidebar");
        assertTrue(reachedAnchor, "tabbing reaches a heading's link");
    }

    @Test
    void aHeadingsLinkShowsOnHover() {
        size(1280, 900);
        open(PLAYBOOK_NL);
        WebElement heading = browser.findElement(By.cssSelector(".playbook-body .heading"));
        WebElement anchor = heading.findElement(By.className("heading-anchor"));
        assertEquals("0", anchor.getCssValue("opacity"));
        new Actions(browser).moveToElement(heading).perform();
        assertEquals("1", anchor.getCssValue("opacity"));
        assertTrue(anchor.getAttribute("aria-label").startsWith("Link naar dit deel: "));
    }

    @Test
    void theColoursAReaderChoosesStayChosen() {
        size(1280, 900);
        scheme("light");
        open(PLAYBOOK_EN);
        String light = background();
        WebElement button = browser.findElement(By.className("theme-button"));
        button.click();
        button.click();
        assertEquals("dark", browser.executeScript("return document.documentElement.dataset.theme"));
        assertNotEquals(light, background(), "dark colours although the device asks for light");
        browser.navigate().refresh();
        assertEquals("dark", browser.executeScript("return document.documentElement.dataset.theme"));
        assertNotEquals(light, background(), "the choice survives a reload");
        assertTrue(browser.findElement(By.className("theme-button")).getAttribute("aria-label").endsWith("Dark"));
        assertEquals(Boolean.TRUE, browser.executeScript("""
                var s = document.querySelector('head script[src$="theme.js"]');
                return !!s && !s.defer && !s.async;
                """), "the choice is applied before the page is first drawn, by a script that blocks it");
        browser.findElement(By.className("theme-button")).click();
        assertEquals(light, background(), "as the device again");
    }

    private static String background() {
        return (String) browser.executeScript("return getComputedStyle(document.body).backgroundColor");
    }

    @Test
    void theRootPageOffersTheLanguageChosenLastFirst() {
        open("index.html");
        browser.executeScript("localStorage.setItem('playbooks:language', 'nl')");
        open("index.html");
        assertEquals("nl", browser.findElement(By.cssSelector(".language-option")).getAttribute("data-lang"));
        assertTrue(at(box(".language-option[data-lang=nl]"), "top") < at(box(".language-option[data-lang=en]"), "top"));
        browser.findElement(By.cssSelector(".language-option[data-lang=en] a")).click();
        assertTrue(browser.getCurrentUrl().endsWith("en/index.html"), "a plain link, no redirect");
        assertEquals("en", browser.executeScript("return localStorage.getItem('playbooks:language')"));
        open("index.html");
        assertEquals("en", browser.findElement(By.cssSelector(".language-option")).getAttribute("data-lang"));
    }

    /** The four levels of authority: one diagram both languages show, each with its own alt text. */
    @Test
    void aDiagramShowsAtItsOwnSizeAndFitsAPhone() throws IOException {
        for (String page : List.of("en/from-micromanagement-to-delegation/index.html",
                "nl/van-micromanagement-naar-delegeren/index.html")) {
            for (int width : new int[] {375, 1280}) {
                size(width, 900);
                open(page);
                WebElement image = browser.findElement(By.cssSelector(".playbook-body img"));
                browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", image);
                new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(
                        driver -> Boolean.TRUE.equals(browser.executeScript("return arguments[0].complete", image)));
                String where = page + " at " + width + " px";
                assertTrue(image.isDisplayed(), where);
                assertEquals(640L, browser.executeScript("return arguments[0].naturalWidth", image), where);
                assertEquals(280L, browser.executeScript("return arguments[0].naturalHeight", image), where);
                Map<String, Number> shown = box(".playbook-body img");
                assertTrue(at(shown, "width") <= Math.min(640, at(box(".playbook-body"), "width")) + 0.5, where);
                assertEquals(640.0 / 280, at(shown, "width") / at(shown, "height"), 0.02, where + ": in proportion");
                assertFalse(image.getAttribute("alt").isBlank(), where);
                assertEquals(0L, browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"), where);
                Files.write(Files.createDirectories(TestSite.REPO.resolve("target/screenshots")).resolve(
                        page.substring(0, 2) + "-diagram-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            }
            List<Rule> severe = new AxeBuilder().analyze(browser).getViolations().stream()
                    .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
            assertTrue(severe.isEmpty(), () -> page + ": " + severe.stream().map(Rule::getId).toList());
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationsOnAPhoneInTheDarkOrOnADesktopInTheLight() {
        for (Object[] setting : new Object[][] {{375, "dark"}, {1280, "light"}}) {
            size((Integer) setting[0], 900);
            scheme((String) setting[1]);
            for (List<String> pages : PAGES.values()) {
                for (String page : pages) {
                    open(page);
                    List<Rule> severe = new AxeBuilder().analyze(browser).getViolations().stream()
                            .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                            .toList();
                    assertTrue(severe.isEmpty(), () -> page + " at " + setting[0] + " px, " + setting[1] + ": "
                            + severe.stream().map(rule -> rule.getId() + " (" + rule.getNodes().size() + "×): "
                            + rule.getHelp()).collect(Collectors.joining("; ")));
                }
            }
        }
    }

    /** Whether an image is one colour, or nearly: a page that failed to draw. */
    private static boolean blank(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
                if (colours.size() > 4) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
