package dev.stork.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.board.BoardFeed;
import dev.stork.board.LiveTrialBoard;
import dev.stork.calibration.PlateProfile;
import dev.stork.sensor.serial.EmulatedSerialPlate;
import dev.stork.sensor.serial.support.PlacedMassCells;
import dev.stork.sensor.serial.support.SocatPtyPair;
import dev.stork.session.LiveCalibrationBoard;
import dev.stork.session.SessionClock;
import dev.stork.support.Await;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Plan;
import dev.stork.web.support.CalibrationPage;
import dev.stork.web.support.HeadlessChromium;
import dev.stork.web.support.RunningDashboard;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The calibration wizard in headless Chromium (390x844) on a real plate the dashboard holds open, as
 * {@code stork serve} does: a serial plate emulated through a socat pseudo-terminal, with cells of known gains and no
 * profile yet. The live screen says to calibrate first; its button opens the wizard; the test taps "Go on" at each
 * step after putting the 20 kg mass where the step says; the report shows, the profile is saved under the board id
 * and used by the board at once, and the notice is gone. Real time, about 25 s. Screenshots
 * {@code calibration-serial-*.png} in {@code target/screenshots/}.
 */
class CalibrationWizardSerialBrowserTest {
    private static final int RATE_HZ = 200;
    private static final long BOARD_ID = 0x5702_B0A7L;
    private static final String BOARD_HEX = "5702b0a7";
    private static final double MASS_KG = 20;
    private static final double[] TRUE_GAIN_N_PER_COUNT = {2.44e-4, 2.29e-4, 2.51e-4, 2.38e-4};
    private static final double[] TRUE_OFFSET_COUNTS = {-61_000, 240_500, 12_345, 98_000};

    @TempDir
    Path data;
    @TempDir
    Path profile;

    private SocatPtyPair pty;
    private EmulatedSerialPlate plate;
    private final PlacedMassCells cells = new PlacedMassCells(TRUE_GAIN_N_PER_COUNT, TRUE_OFFSET_COUNTS, 0.2, 0.433,
            0.238, 3);
    private LiveTrialBoard board;
    private RunningDashboard dashboard;
    private WebDriver browser;
    private CalibrationPage page;

    @BeforeEach
    void start() throws Exception {
        pty = new SocatPtyPair();
        pty.start();
        plate = new EmulatedSerialPlate(pty.plate(), RATE_HZ).boardId(BOARD_ID).cellSignal(cells);
        plate.start();
        String spec = "serial:" + pty.host();
        board = LiveTrialBoard.open(spec, data, BoardFeed.MissingCalibration.AWAIT);
        CalibrationWizard wizard = new CalibrationWizard(new LiveCalibrationBoard(board, spec), board.profiles(),
                () -> Instant.parse("2026-11-22T05:00:00Z"));
        dashboard = new RunningDashboard(data, "127.0.0.1", true, Plan.starting(ExerciseCatalogue.standard(),
                "single-leg-stance"), board, SessionClock.system(), wizard);
        browser = HeadlessChromium.start(profile);
        page = new CalibrationPage(browser);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (dashboard != null) {
            dashboard.close();
        }
        if (board != null) {
            board.close();
        }
        plate.close();
        pty.close();
    }

    private WebElement byId(String id) {
        return page.byId(id);
    }

    private void tap(String id) {
        page.tap(id);
    }

    @Test
    void calibrateThePlateFromTheTabletThenItIsReadyForTraining() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(50));
        browser.get(dashboard.base() + "?token=" + RunningDashboard.TOKEN.value());
        wait.until(b -> byId("cal-required").isDisplayed());
        assertEquals("Calibrate first: the plate '" + BOARD_HEX + "' (serial plate " + BOARD_HEX + " on "
                + pty.host() + ") has no calibration yet. Training starts once the plate is calibrated.",
                byId("cal-required-text").getText());
        HeadlessChromium.screenshot(browser, "calibration-serial-01-required");

        tap("cal-required-go");
        wait.until(b -> byId("cal-source").getText().equals("serial:" + pty.host()));
        tap("cal-start");
        page.goOnUntilTheReport(wait, (prompt, state) -> {
            assertTrue(prompt <= 10, "asked too often: " + state);
            // The person does what the prompt on the tablet says, lets the mass settle for 0.2 s, taps "Go on".
            cells.follow((String) state.get("stepId"), MASS_KG);
            long written = plate.samplesWritten();
            Await.until(() -> plate.samplesWritten() >= written + RATE_HZ / 5, 5, () -> "the plate writes");
            if (prompt == 2) {
                HeadlessChromium.screenshot(browser, "calibration-serial-02-step");
            }
        });
        assertEquals("Calibrated: serial plate " + BOARD_HEX + " on " + pty.host(), byId("cal-outcome").getText());
        HeadlessChromium.screenshot(browser, "calibration-serial-03-report");
        PlateProfile saved = board.profiles().loadPlate(BOARD_HEX).orElseThrow();
        assertTrue(byId("cal-saved").getText().contains(saved.calibrationId()), byId("cal-saved").getText());
        double worst = 0;
        for (int i = 0; i < 4; i++) {
            double error = saved.gain(i) / TRUE_GAIN_N_PER_COUNT[i] - 1;
            worst = Math.max(worst, Math.abs(error));
            assertEquals(0, error, 1e-3, "gain of cell " + i + " within 0.1 %");
        }
        assertEquals(saved.calibrationId(), board.calibrationId(), "the plate uses its new profile");

        tap("tab-live");
        wait.until(b -> byId("actions").isDisplayed());
        assertFalse(byId("cal-required").isDisplayed(), "nothing more to calibrate");
        System.out.printf(Locale.ROOT, "dashboard calibration of a serial plate in Chromium: worst gain error "
                + "%.4f %%%n", 100 * worst);
    }
}
