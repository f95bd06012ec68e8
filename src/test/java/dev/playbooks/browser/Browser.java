package dev.playbooks.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's ChromeDriver: nothing is downloaded, and the flags keep Chromium
 * from reaching for hosts this machine cannot reach. Without Chromium the browser tests are skipped on a
 * developer's machine, but fail under CI (where {@code .ci/run} installs it), so they can never silently vanish.
 */
public final class Browser {
    public static final File CHROMIUM = new File("/usr/bin/chromium");
    public static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    /**
     * Selenium warns at every start that it has no DevTools bindings for this Chromium version; the tests only use
     * ChromeDriver's own CDP endpoint, which needs none. Held here so the setting is not garbage-collected.
     */
    private static final java.util.logging.Logger DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools");
    private static final java.util.logging.Logger CHROMIUM_LOG = quiet("org.openqa.selenium.chromium.ChromiumDriver");

    private Browser() {
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    /** Skips the calling test when Chromium is not installed, unless running under CI. */
    public static void assumeInstalled() {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (System.getenv("CI") != null && !installed) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
        }
        assumeTrue(installed, "Chromium and ChromeDriver are not installed: apt-get install chromium chromium-driver");
    }

    /** Makes pages look as on {@code media} ("screen", "print") for a reader who prefers {@code scheme}. */
    public static void emulate(ChromeDriver browser, String media, String scheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media,
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** A fresh headless Chromium with its own empty profile, at the given window size. */
    public static ChromeDriver start(int width, int height) {
        return start(width, height, true);
    }

    /** The same, with JavaScript switched off when {@code scripts} is false, as some readers have it. */
    public static ChromeDriver start(int width, int height, boolean scripts) {
        assumeInstalled();
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--user-data-dir=" + profile,
                    "--window-size=" + width + "," + height);
            if (!scripts) {
                options.setExperimentalOption("prefs",
                        java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
