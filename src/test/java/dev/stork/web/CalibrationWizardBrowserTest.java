package dev.stork.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.flow.CalibrationFeeds;
import dev.stork.sensor.sim.Pacing;
import dev.stork.web.support.CalibrationPage;
import dev.stork.web.support.HeadlessChromium;
import dev.stork.web.support.RunningDashboard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The calibration wizard in headless Chromium (390x844) on the dashboard's simulated board, running ten times
 * faster than real time: the plate wizard walked to its report and saved profile, then a second calibration
 * cancelled half-way, which leaves that profile as it was. Screenshots {@code calibration-*.png} in
 * {@code target/screenshots/}.
 */
class CalibrationWizardBrowserTest {
    private static final Pattern COP = Pattern.compile("([0-9.]+) mm");

    @TempDir
    Path data;
    @TempDir
    Path profile;

    private RunningDashboard dashboard;
    private WebDriver browser;
    private CalibrationPage page;

    @BeforeEach
    void start() throws Exception {
        CalibrationWizard wizard = new CalibrationWizard(new CalibrationFeeds("sim", spec -> {
            throw new AssertionError("the dashboard's board is the simulation: " + spec);
        }, 10, 5), new ProfileDirectory(data.resolve("calibration")), () -> Instant.parse("2026-11-22T05:00:00Z"));
        dashboard = RunningDashboard.simulated(data, "127.0.0.1", true, "single-leg-rdl", 100, Pacing.REAL_TIME, wizard);
        browser = HeadlessChromium.start(profile);
        page = new CalibrationPage(browser);
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

    private WebElement byId(String id) {
        return page.byId(id);
    }

    private void tap(String id) {
        page.tap(id);
    }

    /** Presses "Go on" at every prompt until the report shows; screenshots the second step. */
    private void goOnUntilTheReport(WebDriverWait wait) throws Exception {
        page.goOnUntilTheReport(wait, (prompt, state) -> {
            if (prompt == 2) {
                ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
                HeadlessChromium.screenshot(browser, "calibration-02-step");
            }
        });
    }

    @Test
    void walkThePlateWizardToItsReportThenCancelASecondOne() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(50));
        browser.get(dashboard.base() + "?token=" + RunningDashboard.TOKEN.value());
        wait.until(b -> "live".equals(byId("link").getText()));
        byId("tab-calibration").click();
        wait.until(b -> byId("cal-source").getText().equals("sim"));
        assertFalse(byId("actions").isDisplayed(), "the session's buttons hide on the calibration tab");
        WebElement mass = byId("cal-mass");
        mass.clear();
        mass.sendKeys("20");
        HeadlessChromium.screenshot(browser, "calibration-01-setup");

        tap("cal-start");
        wait.until(b -> byId("cal-step").getText().equals("Step 1 of 7"));
        assertTrue(byId("cal-prompt").getText().startsWith("Remove everything from the board"));
        goOnUntilTheReport(wait);
        assertEquals("Calibrated: simulated uncalibrated plate, 80.0 Hz", byId("cal-outcome").getText());
        Matcher cop = COP.matcher(byId("cal-cop").getText());
        assertTrue(cop.matches(), byId("cal-cop").getText());
        double copErrorMm = Double.parseDouble(cop.group(1));
        HeadlessChromium.screenshot(browser, "calibration-03-report");

        ProfileDirectory profiles = new ProfileDirectory(data.resolve("calibration"));
        Path file = profiles.plateFile(CalibrationFeeds.SIM_PLATE_ID);
        assertTrue(Files.exists(file), "the profile file was written");
        PlateProfile saved = profiles.loadPlate(CalibrationFeeds.SIM_PLATE_ID).orElseThrow();
        assertTrue(byId("cal-saved").getText().contains(saved.calibrationId()), byId("cal-saved").getText());
        assertTrue(byId("cal-saved").getText().contains(file.toString()), "says where it was saved");
        assertEquals(saved.quality().checkCopErrorMm(), copErrorMm, 0.05, "the page shows the saved check");
        System.out.printf(Locale.ROOT, "dashboard plate calibration (simulation): check COP error %.2f mm, "
                + "weight error %.3f %%%n", saved.quality().checkCopErrorMm(),
                saved.quality().checkWeightErrorPercent());

        byte[] before = Files.readAllBytes(file);
        tap("cal-start");
        wait.until(b -> byId("cal-confirm").isDisplayed() && byId("cal-confirm").isEnabled());
        tap("cal-confirm");
        wait.until(b -> byId("cal-step").getText().equals("Step 2 of 7") && byId("cal-confirm").isEnabled());
        tap("cal-confirm");
        tap("cal-cancel");
        wait.until(b -> byId("cal-report").isDisplayed() && byId("cal-outcome").getText().equals("Cancelled"));
        assertEquals("Cancelled; the current calibration is unchanged", byId("cal-saved").getText());
        HeadlessChromium.screenshot(browser, "calibration-04-cancelled");
        assertArrayEquals(before, Files.readAllBytes(file), "the profile is unchanged");

        byId("tab-live").click();
        wait.until(b -> byId("actions").isDisplayed());
    }
}
