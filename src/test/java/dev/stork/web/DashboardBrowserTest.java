package dev.stork.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.sim.Pacing;
import dev.stork.store.StoredTrial;
import dev.stork.web.support.HeadlessChromium;
import dev.stork.web.support.RunningDashboard;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium on a phone-sized window (390x844) over a real-time simulated plate: start a
 * trial, see the timer advance and the trace move, report pain, find the trial in History. Needs Debian's
 * {@code chromium} and {@code chromium-driver} (scripts/test installs them); fails when they are missing.
 * Screenshots go to {@code target/screenshots/}.
 */
class DashboardBrowserTest {
    @TempDir
    Path data;
    @TempDir
    Path profile;

    private RunningDashboard dashboard;
    private WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        // single-leg-rdl level 1 holds 2 s: one real-time trial takes about 6 s
        dashboard = new RunningDashboard(data, "127.0.0.1", true, "single-leg-rdl", 100, Pacing.REAL_TIME);
        browser = HeadlessChromium.start(profile);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (dashboard != null) {
            dashboard.close();
        }
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private double number(String id) {
        return Double.parseDouble(browser.findElement(By.id(id)).getText());
    }

    @Test
    void trialFromStartToHistory() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(50));
        browser.get(dashboard.base() + "?token=" + RunningDashboard.TOKEN.value());
        wait.until(b -> "live".equals(b.findElement(By.id("link")).getText()));
        assertEquals(dashboard.base(), browser.getCurrentUrl(), "the token leaves the address bar");
        assertEquals(RunningDashboard.TOKEN.value(), js("return localStorage.getItem('stork.token')"),
                "the page keeps the token");
        screenshot("01-ready");

        browser.findElement(By.id("start")).click();
        wait.until(b -> number("hold") > 0.3);
        double firstHold = number("hold");
        Object firstMl = js("return window.storkLastFrame.session.live.copMlCm");
        wait.until(b -> number("hold") > firstHold + 0.3);
        Object laterMl = js("return window.storkLastFrame.session.live.copMlCm");
        assertNotEquals(firstMl, laterMl, "the COP trace moves during the hold");
        assertTrue(((Number) js("return window.storkLastFrame.session.live.sway.samples")).longValue() > 0);
        screenshot("02-holding");

        wait.until(b -> b.findElement(By.id("report")).isDisplayed());
        screenshot("03-pain-prompt");
        browser.findElement(By.id("pain-2")).click();
        browser.findElement(By.id("report-save")).click();
        wait.until(b -> b.findElement(By.id("message")).getText().startsWith("Saved"));
        List<StoredTrial> stored = dashboard.store.trials(dashboard.store.person("tester").orElseThrow().id());
        assertEquals(1, stored.size(), "one trial saved");
        assertEquals(2, stored.get(0).outcome().pain(), "pain as reported");
        screenshot("04-saved");

        browser.findElement(By.id("tab-session")).click();
        wait.until(b -> !b.findElements(By.cssSelector("#plan li.DONE")).isEmpty());
        screenshot("05-session");

        browser.findElement(By.id("tab-history")).click();
        wait.until(b -> !b.findElements(By.cssSelector("#history canvas.chart")).isEmpty());
        assertTrue(browser.findElement(By.id("history")).getText().contains("single-leg-rdl"));
        screenshot("06-history");

        browser.findElement(By.id("tab-sensor")).click();
        wait.until(b -> !b.findElement(By.id("h-source")).getText().equals("—"));
        assertTrue(browser.findElement(By.id("h-source")).getText().contains("simulated plate"));
        screenshot("07-sensor");
    }
}
