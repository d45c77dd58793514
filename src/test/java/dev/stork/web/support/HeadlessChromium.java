package dev.stork.web.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, with a phone-sized viewport (390x844 CSS pixels; {@link #viewport} changes it),
 * driven through its own chromedriver (no Selenium Manager, no download). Fails with how to install them when they
 * are missing. Screenshots go to {@code target/screenshots/}.
 */
public final class HeadlessChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where screenshots are written. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private HeadlessChromium() {
    }

    /** Starts a browser with its profile in {@code profile} (an empty temporary directory). */
    public static WebDriver start(Path profile) throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need /usr/bin/chromium and /usr/bin/chromedriver: apt-get install chromium "
                        + "chromium-driver (scripts/test does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=390,844",
                "--autoplay-policy=no-user-gesture-required");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        viewport(browser, 390, 844);
        Files.createDirectories(SCREENSHOTS);
        return browser;
    }

    /**
     * Resizes the window so that the page's viewport (CSS pixels, {@code innerWidth} x {@code innerHeight}) is
     * {@code width} x {@code height}, as on a device of that size, and checks it is.
     */
    public static void viewport(WebDriver browser, int width, int height) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Dimension window = new Dimension(width, height);
        long innerWidth = -1;
        long innerHeight = -1;
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.manage().window().setSize(window);
            innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
            innerHeight = ((Number) js.executeScript("return window.innerHeight")).longValue();
            if (innerWidth == width && innerHeight == height) {
                return;
            }
            // The window's frame takes the difference: grow the window by it.
            window = new Dimension(window.width + (int) (width - innerWidth),
                    window.height + (int) (height - innerHeight));
        }
        throw new AssertionError("could not make the viewport " + width + "x" + height + ": it is " + innerWidth + "x"
                + innerHeight + " in a window of " + browser.manage().window().getSize());
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
    public static void screenshot(WebDriver browser, String name) throws IOException {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
