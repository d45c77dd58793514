package dev.stork.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.session.SessionClock;
import dev.stork.session.SessionRunner;
import dev.stork.session.SimulatedTrialBoard;
import dev.stork.session.TrialAnswer;
import dev.stork.store.StoredDecision;
import dev.stork.store.StoredTrial;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Plan;
import dev.stork.training.PlanEntry;
import dev.stork.web.support.HeadlessChromium;
import dev.stork.web.support.PageSounds;
import dev.stork.web.support.RunningDashboard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium with a phone-sized viewport (390x844) over the shared session runner and a
 * real-time simulated plate: a whole session of two short trials from start to the summary and History, with the
 * countdown, the hold timer, the COP trace, the spoken cues and the beeps, the pain prompt, the rest and the
 * progression decision; the Voice switch, remembered across a reload, silencing the cues but not the beeps. Needs
 * Debian's {@code chromium} and {@code chromium-driver} (scripts/test installs them); fails when they are missing.
 * Screenshots go to {@code target/screenshots/}.
 */
class DashboardBrowserTest {
    @TempDir
    Path data;
    @TempDir
    Path profile;

    private RunningDashboard dashboard;
    private WebDriver browser;

    /** Single-leg RDL level 1 (a 2 s hold), one trial per leg, 3 s rest: about 20 s of real time. */
    private static final PlanEntry PLAN = new PlanEntry("single-leg-rdl", 1, 1, 1, 3);
    /** The simulated person holds 3 s, past the 2 s target. */
    private static final double HOLD_S = 3;

    @BeforeEach
    void start() throws IOException, InterruptedException {
        dashboard = new RunningDashboard(data, "127.0.0.1", true, new Plan(List.of(PLAN)),
                new SimulatedTrialBoard(PersonModel.typicalAdult(), 100, 5, Pacing.REAL_TIME, System::nanoTime,
                        k -> HOLD_S), SessionClock.system());
        twoEarlierSessions();
        browser = HeadlessChromium.start(profile);
    }

    /**
     * Two sessions at the target with pain 1/10, run by the same runner as fast as possible: the dashboard's session
     * is then the third in a row, which moves the person on.
     */
    private void twoEarlierSessions() throws IOException, InterruptedException {
        Path work = Files.createDirectories(data.resolve("earlier"));
        for (int session = 0; session < 2; session++) {
            new SessionRunner(dashboard.store, ExerciseCatalogue.standard(), new SimulatedTrialBoard(
                    PersonModel.typicalAdult(), 100, 20 + session, Pacing.FAST, () -> 0L, k -> HOLD_S),
                    (trial, number, heldS) -> new TrialAnswer(1, false), SessionClock.jumping(), work)
                    .run(dashboard.person, dashboard.store.currentPlan(dashboard.person.id()).orElseThrow());
        }
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

    /** The number an element shows; NaN while it is hidden (its text is then empty), e.g. between two phases. */
    private double number(String id) {
        String shown = browser.findElement(By.id(id)).getText();
        return shown.isEmpty() ? Double.NaN : Double.parseDouble(shown);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private boolean shown(String id) {
        return browser.findElement(By.id(id)).isDisplayed();
    }

    private void answer(WebDriverWait wait, int pain) {
        wait.until(b -> shown("report"));
        browser.findElement(By.id("pain-" + pain)).click();
        browser.findElement(By.id("report-save")).click();
        wait.until(b -> !shown("report"));
    }

    @Test
    void wholeSessionFromStartToSummaryAndHistory() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(50));
        browser.get(dashboard.base() + "?token=" + RunningDashboard.TOKEN.value());
        wait.until(b -> "live".equals(text("link")));
        assertEquals(dashboard.base(), browser.getCurrentUrl(), "the token leaves the address bar");
        assertEquals(RunningDashboard.TOKEN.value(), js("return localStorage.getItem('stork.token')"),
                "the page keeps the token");
        assertEquals("LEFT LEG", text("leg"));
        screenshot("01-ready");
        PageSounds sounds = PageSounds.record(browser);

        browser.findElement(By.id("start")).click();
        wait.until(b -> !shown("start") && shown("pause") && shown("skip"));
        // On both feet the countdown runs; it reaches the lift.
        wait.until(b -> shown("big") && text("big-label").startsWith("Lift your right foot in"));
        String firstCount = text("big-number");
        screenshot("02-countdown");
        wait.until(b -> !text("big-number").equals(firstCount) || !shown("big"));
        assertTrue(Integer.parseInt(firstCount) >= 1 && Integer.parseInt(firstCount) <= 3, firstCount);

        wait.until(b -> shown("timer") && number("hold") > 0.3);
        double firstHold = number("hold");
        Object firstMl = js("return window.storkLastFrame.session.live.copMlCm");
        wait.until(b -> number("hold") > firstHold + 0.3);
        Object laterMl = js("return window.storkLastFrame.session.live.copMlCm");
        assertNotEquals(firstMl, laterMl, "the COP trace moves during the hold");
        assertTrue(((Number) js("return window.storkLastFrame.session.live.sway.samples")).longValue() > 0);
        screenshot("03-holding");

        wait.until(b -> shown("report"));
        assertTrue(text("report-summary").startsWith("You held 2."), text("report-summary"));
        // Spoken: the lift at the end of the countdown, then (the 2 s target reached) well done and the question.
        wait.until(b -> sounds.spoken().size() >= 3);
        List<JsonNode> said = sounds.spoken();
        String question = "Any pain? " + text("report-summary").replace(" s.", " seconds.");
        assertEquals(List.of("Lift now", "Well done", question), sounds.texts(), said.toString());
        assertTrue("HOLDING".equals(said.get(0).get("phase").asText())
                || said.get(0).get("countdownLeftS").asDouble() <= 0, "'Lift now' at the lift: " + said.get(0));
        assertTrue(sounds.beeps() >= 6, "the beeps too: " + sounds.beeps());
        screenshot("04-pain-prompt");
        answer(wait, 1);
        // The answer is stored before the reply: the rest shows the trial's score and counts down.
        wait.until(b -> shown("big") && text("big-label").equals("Rest"));
        assertTrue(text("message").startsWith("Saved: score"), text("message"));
        assertTrue(text("message").contains("trial 2 of 2 on your right leg"), text("message"));
        int restLeft = Integer.parseInt(text("big-number").replace(" s", ""));
        assertEquals(5, dashboard.store.trials(dashboard.person.id()).size(), "two earlier sessions of two, and this one");
        screenshot("05-rest");
        wait.until(b -> !shown("big") || !text("big-number").equals(restLeft + " s"));

        wait.until(b -> "RIGHT LEG".equals(text("leg")));
        answer(wait, 0);
        wait.until(b -> shown("summary"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#summary-trials tr"));
        assertEquals(2, rows.size(), "one row per trial");
        List<StoredTrial> stored = dashboard.store.trials(dashboard.person.id());
        List<StoredTrial> today = stored.subList(4, 6);
        for (int i = 0; i < 2; i++) {
            String row = rows.get(i).getText();
            assertTrue(row.endsWith(String.valueOf(Math.round(today.get(i).score().total()))), row);
            assertTrue(dashboard.store.recordingCsv(today.get(i).id()).isPresent(), "raw recording stored");
        }
        assertEquals(List.of(1, 0), today.stream().map(t -> t.outcome().pain().getAsInt()).toList(),
                "pain as reported");
        assertFalse(text("summary-comparisons").isBlank(), "the left-right comparison");
        List<StoredDecision> decisions = dashboard.store.decisions(dashboard.person.id());
        String decision = decisions.get(decisions.size() - 1).decision().sentence();
        assertEquals(decision, text("summary-decisions"));
        assertTrue(decision.startsWith("Next: "), "the third session in a row at the target moves on: " + decision);
        assertTrue(text("message").startsWith("Session done: 2 of 2 trials saved"), text("message"));
        assertEquals("New session", text("start"));
        screenshot("06-summary");

        browser.findElement(By.id("tab-session")).click();
        wait.until(b -> b.findElements(By.cssSelector("#plan li.DONE")).size() == 2);
        screenshot("07-session");

        browser.findElement(By.id("tab-history")).click();
        wait.until(b -> !b.findElements(By.cssSelector("#history svg.chart")).isEmpty());
        assertEquals("History of " + RunningDashboard.PERSON, text("history-title"));
        assertTrue(text("history").contains("single-leg-rdl"));
        wait.until(b -> text("history").contains(decision));
        screenshot("08-history");

        browser.findElement(By.id("tab-sensor")).click();
        wait.until(b -> !text("h-source").equals("—"));
        assertTrue(text("h-source").contains("simulated plate"), text("h-source"));
        screenshot("09-sensor");
    }

    @Test
    void theVoiceSwitchIsRememberedAndMutesTheSpokenCuesButNotTheBeeps() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(50));
        browser.get(dashboard.base() + "?token=" + RunningDashboard.TOKEN.value());
        wait.until(b -> "live".equals(text("link")));
        WebElement voice = browser.findElement(By.id("voice"));
        assertEquals("true", voice.getAttribute("aria-checked"), "spoken cues on at first");
        voice.click();
        assertEquals("false", voice.getAttribute("aria-checked"));
        assertEquals("off", js("return localStorage.getItem('stork.voice')"));

        browser.navigate().refresh();
        wait.until(b -> "live".equals(text("link")));
        assertEquals("false", browser.findElement(By.id("voice")).getAttribute("aria-checked"), "remembered");
        assertEquals("Voice off", text("voice"));
        PageSounds sounds = PageSounds.record(browser);
        browser.findElement(By.id("start")).click();
        wait.until(b -> "Lift now".equals(text("said")));
        wait.until(b -> shown("report"));
        wait.until(b -> sounds.beeps() >= 6);
        assertEquals(List.of(), sounds.texts(), "nothing spoken when muted");
        assertEquals("Any pain?", text("said"), "the cues are still shown");
        screenshot("12-muted-pain-prompt");

        answer(wait, 0);
        browser.findElement(By.id("voice")).click();
        assertEquals("true", browser.findElement(By.id("voice")).getAttribute("aria-checked"));
        assertEquals("on", js("return localStorage.getItem('stork.voice')"));
    }

    @Test
    void aFailedSessionSaysWhyOnThePage() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(50));
        browser.get(dashboard.base() + "?token=" + RunningDashboard.TOKEN.value());
        wait.until(b -> "live".equals(text("link")));
        // The store refuses every new session, as a full disk would.
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dashboard.store.file());
             Statement statement = other.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 5000");
            statement.execute("CREATE TRIGGER refuse BEFORE INSERT ON sessions "
                    + "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
        }
        browser.findElement(By.id("start")).click();
        wait.until(b -> shown("failure"));
        assertTrue(text("failure").startsWith("The session stopped: starting a session"), text("failure"));
        assertTrue(text("failure").contains("database or disk is full"), text("failure"));
        assertTrue(text("message").startsWith("No trial had been saved yet."), text("message"));
        screenshot("10-failed");
    }

    @Test
    void endingTheSessionAtThePainQuestionSavesTheTrialAndShowsItNotAnswered() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(50));
        browser.get(dashboard.base() + "?token=" + RunningDashboard.TOKEN.value());
        wait.until(b -> "live".equals(text("link")));
        browser.findElement(By.id("start")).click();
        wait.until(b -> shown("report"));
        browser.findElement(By.id("report-stop")).click();
        Alert confirm = wait.until(ExpectedConditions.alertIsPresent());
        assertEquals("End the session now? The trial just finished is saved without your pain answer.",
                confirm.getText());
        confirm.accept();
        wait.until(b -> shown("summary"));
        assertTrue(text("message").startsWith("Session ended: 1 of 2 trials saved, 1 without its pain answer."),
                text("message"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#summary-trials tr"));
        List<WebElement> painCell = rows.get(0).findElements(By.tagName("td"));
        assertEquals("—\nnot answered", painCell.get(2).getText(), rows.get(0).getText());
        assertTrue(rows.get(1).getText().contains("not done"), rows.get(1).getText());
        screenshot("11-ended-at-the-pain-question");

        List<StoredTrial> stored = dashboard.store.trials(dashboard.person.id());
        assertEquals(5, stored.size(), "two earlier sessions of two, and the trial ended at its question");
        StoredTrial last = stored.get(4);
        assertTrue(last.outcome().pain().isEmpty(), "pain not reported");
        assertTrue(dashboard.store.recordingCsv(last.id()).isPresent(), "raw recording stored");
        String decision = text("summary-decisions");
        assertFalse(decision.startsWith("Next: "), "a session without its answers does not move on: " + decision);

        HttpResponse<String> history = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(dashboard.base() + "api/history"))
                .header(DashboardServer.TOKEN_HEADER, RunningDashboard.TOKEN.value()).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode points = new ObjectMapper().readTree(history.body()).get("exercises").get(0).get("trials");
        assertEquals(5, points.size());
        assertTrue(points.get(4).get("pain").isNull(), points.get(4).toString());
        assertTrue(points.get(4).get("lostForm").isNull(), points.get(4).toString());
        assertEquals(1, points.get(3).get("pain").asInt(), "answered trials as answered");
    }
}
