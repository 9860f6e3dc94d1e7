package shop.dozo.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, both named explicitly so Selenium Manager never
 * downloads anything. A fresh profile per browser; no network but the shop on this machine.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Fails (never skips) when Chromium is missing: ./dozo test installs it. */
    public static Browser open(String baseUrl) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "), which are missing. Run ./dozo test: it installs them (as root), or apt-get install chromium "
                    + "chromium-driver.");
        }
        try {
            Path profile = Files.createTempDirectory("dozo-chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                    "--window-size=1280,1024", "--lang=ja", "--no-first-run", "--disable-dev-shm-usage");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile, baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + path);
    }

    /** The address without scheme and host, e.g. /cart?notice=added. */
    public String path() {
        return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String page() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void type(String css, String value) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(value);
    }

    /** Clicks something that loads a new page, and waits until the new page is there. */
    public void click(String css) {
        navigateBy(find(css));
    }

    public void clickLink(String text) {
        navigateBy(driver.findElement(By.linkText(text)));
    }

    /** For clicks that stay on the page (a radio button). */
    public void choose(String css) {
        find(css).click();
    }

    public void pressEnterIn(String css) {
        navigateBy(find(css), org.openqa.selenium.Keys.ENTER);
    }

    private void navigateBy(WebElement element, CharSequence... keys) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        if (keys.length == 0) {
            element.click();
        } else {
            element.sendKeys(keys);
        }
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> isGone(oldPage));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(
                d -> "complete".equals(
                        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the old page's element has left the document. Chromium says so with a stale-element error, or, when
     * asked mid-navigation, with "Node with given id does not belong to the document", which Selenium's own
     * stalenessOf does not take for an answer.
     */
    private static boolean isGone(WebElement oldPage) {
        try {
            oldPage.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Saves a picture and the HTML of what the browser shows, for a failed test. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path png = SCREENSHOTS.resolve(name + ".png");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), png, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
            return png;
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot for " + name + ": " + e);
            return null;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                // A leftover temporary profile is harmless.
            }
        }
    }
}
