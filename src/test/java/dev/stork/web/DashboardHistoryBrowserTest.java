package dev.stork.web;

import static dev.stork.training.support.Outcomes.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.session.SessionClock;
import dev.stork.session.SimulatedTrialBoard;
import dev.stork.store.TrialRecord;
import dev.stork.training.Baseline;
import dev.stork.training.Decision;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.ExerciseLevel;
import dev.stork.training.Leg;
import dev.stork.training.Plan;
import dev.stork.training.PlanEntry;
import dev.stork.training.TrialOutcome;
import dev.stork.training.TrialScorer;
import dev.stork.web.support.HeadlessChromium;
import dev.stork.web.support.RunningDashboard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The History screen in headless Chromium over a stored history of the single-leg Romanian deadlift: five days, one
 * trial per leg a day, three days at level 1 (2 s target), then two at level 2 (5 s). The hold chart labels its axis
 * with the days (the year on the first), marks the level change between the third and fourth day and draws the target
 * as a step from 2 s to 5 s; the Print button prints, and the print view (emulated print media) shows the history
 * alone, black on white. Screenshots {@code history-1024x768.png}, {@code history-390x844.png},
 * {@code history-print-1024x768.png}, and the printed PDF {@code history-print.pdf}, in {@code target/screenshots/}.
 */
class DashboardHistoryBrowserTest {
    private static final String EXERCISE = "single-leg-rdl";
    /** Noon UTC: the same calendar day in any time zone within 11 hours of UTC. */
    private static final Instant FIRST_DAY = Instant.parse("2026-01-05T12:00:00Z");
    private static final int DAYS = 5;
    private static final int LEVEL_ONE_DAYS = 3;

    @TempDir
    Path data;
    @TempDir
    Path profile;

    private RunningDashboard dashboard;
    private WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        dashboard = new RunningDashboard(data, "127.0.0.1", true,
                new Plan(List.of(new PlanEntry(EXERCISE, 2, 1, 1, 3))),
                new SimulatedTrialBoard(PersonModel.typicalAdult(), 100, 5, Pacing.FAST, () -> 0L, k -> 3),
                SessionClock.jumping());
        storedHistory();
        browser = HeadlessChromium.start(profile);
    }

    private void storedHistory() {
        ExerciseCatalogue catalogue = ExerciseCatalogue.standard();
        long person = dashboard.person.id();
        for (int day = 0; day < DAYS; day++) {
            int level = day < LEVEL_ONE_DAYS ? 1 : 2;
            ExerciseLevel at = catalogue.get(EXERCISE).level(level);
            Instant start = FIRST_DAY.plus(Duration.ofDays(day));
            long session = dashboard.store.startSession(person, start);
            for (Leg leg : List.of(Leg.LEFT, Leg.RIGHT)) {
                TrialOutcome outcome = trial().exercise(EXERCISE, level).target(at.target()).leg(leg)
                        .hold(at.target().amount() * (leg == Leg.LEFT ? 1 : 0.8)).at(start.plusSeconds(60)).build();
                dashboard.store.saveTrial(new TrialRecord(session, outcome, TrialScorer.score(outcome, at,
                        Baseline.NONE), List.of(), null));
            }
            dashboard.store.finishSession(session, start.plusSeconds(600));
            if (day == LEVEL_ONE_DAYS - 1) {
                dashboard.store.saveDecision(person, session, new Decision(EXERCISE, Decision.Kind.UP, 1, 2,
                        Decision.Reason.TARGET_MET, "Next: 5-second holds."), start.plusSeconds(600));
            }
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

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static double number(WebElement element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    @Test
    void theHistoryApiGivesEachTrialItsDateLevelAndTarget() throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(dashboard.base() + "api/history"))
                .header(DashboardServer.TOKEN_HEADER, RunningDashboard.TOKEN.value()).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode history = new ObjectMapper().readTree(reply.body());
        assertEquals(RunningDashboard.PERSON, history.get("person").asText());
        JsonNode exercise = history.get("exercises").get(0);
        assertEquals("s", exercise.get("unit").asText());
        JsonNode trials = exercise.get("trials");
        assertEquals(2 * DAYS, trials.size());
        assertEquals("2026-01-05T12:01:00Z", trials.get(0).get("at").asText());
        assertEquals(1, trials.get(0).get("level").asInt());
        assertEquals(2.0, trials.get(0).get("targetS").asDouble(), 0);
        assertEquals(0, trials.get(0).get("repetitions").asInt());
        assertEquals(2, trials.get(2 * LEVEL_ONE_DAYS).get("level").asInt());
        assertEquals(5.0, trials.get(2 * LEVEL_ONE_DAYS).get("targetS").asDouble(), 0);
    }

    @Test
    void theChartsShowDatesTheLevelChangeAndTheTargetAndPrint() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50));
        HeadlessChromium.viewport(browser, 1024, 768);
        browser.get(dashboard.base() + "?token=" + RunningDashboard.TOKEN.value());
        wait.until(b -> "live".equals(b.findElement(By.id("link")).getText()));
        browser.findElement(By.id("tab-history")).click();
        wait.until(b -> b.findElements(By.cssSelector("#history svg.chart")).size() == 2);
        assertEquals("History of " + RunningDashboard.PERSON, browser.findElement(By.id("history-title")).getText());
        WebElement hold = browser.findElements(By.cssSelector("#history svg.chart")).get(0);
        assertTrue(hold.findElement(By.tagName("title")).getAttribute("textContent").startsWith("Hold (s) per trial"));

        // The date axis: one tick per day, each day labelled at this width, the year on the first label.
        List<WebElement> dates = hold.findElements(By.cssSelector("text.date"));
        assertEquals(List.of("5 Jan 2026", "6 Jan", "7 Jan", "8 Jan", "9 Jan"),
                dates.stream().map(WebElement::getText).toList());
        assertEquals(List.of("2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09"),
                dates.stream().map(d -> d.getAttribute("data-date")).toList());
        List<WebElement> ticks = hold.findElements(By.cssSelector("line.tick"));
        assertEquals(DAYS, ticks.size());

        // The level change: one marker, between the last day at level 1 and the first at level 2.
        List<WebElement> changes = hold.findElements(By.cssSelector("line.level-change"));
        assertEquals(1, changes.size());
        assertEquals("2", changes.get(0).getAttribute("data-level"));
        double changeX = number(changes.get(0), "x1");
        assertTrue(changeX > number(ticks.get(LEVEL_ONE_DAYS - 1), "x1") && changeX < number(ticks.get(LEVEL_ONE_DAYS),
                "x1"), "the marker at x " + changeX + " lies between day 3 and day 4");
        assertEquals("level 2", hold.findElement(By.cssSelector("text.level-label")).getText());

        // The target: a step line from 2 s to 5 s, at the heights of 2 and 5 on the value axis.
        WebElement target = hold.findElement(By.cssSelector("path.target"));
        double[] ys = Arrays.stream(target.getAttribute("d").split("[ML ]+")).filter(v -> !v.isEmpty())
                .mapToDouble(Double::parseDouble).toArray();
        double zeroY = number(hold.findElement(By.cssSelector("line.axis-line")), "y1");
        double firstY = ys[1];
        double lastY = ys[ys.length - 1];
        assertEquals(2.0 / 5.0, (zeroY - firstY) / (zeroY - lastY), 1e-6,
                "target 2 s, then 5 s: " + Arrays.toString(ys));
        assertEquals("target 5 s", hold.findElement(By.cssSelector("text.target-label")).getText());
        assertTrue(browser.findElement(By.id("history")).getText().contains("Next: 5-second holds."));

        // The score chart: the same dates and level change, no target.
        WebElement score = browser.findElements(By.cssSelector("#history svg.chart")).get(1);
        assertEquals(DAYS, score.findElements(By.cssSelector("text.date")).size());
        assertEquals(1, score.findElements(By.cssSelector("line.level-change")).size());
        assertTrue(score.findElements(By.cssSelector("path.target")).isEmpty());
        HeadlessChromium.screenshot(browser, "history-1024x768");

        // On a phone the labels thin out to stay apart; the first keeps its year.
        HeadlessChromium.viewport(browser, 390, 844);
        wait.until(b -> b.findElements(By.cssSelector("#history svg.chart text.date")).size() < 2 * DAYS);
        List<String> phoneDates = browser.findElements(By.cssSelector("#history svg.chart")).get(0)
                .findElements(By.cssSelector("text.date")).stream().map(WebElement::getText).toList();
        assertEquals("5 Jan 2026", phoneDates.get(0), phoneDates.toString());
        assertTrue(phoneDates.size() >= 2 && phoneDates.size() < DAYS, phoneDates.toString());
        HeadlessChromium.screenshot(browser, "history-390x844");

        // Print: the button prints; the print view is the history alone, black on white.
        HeadlessChromium.viewport(browser, 1024, 768);
        js("window.storkPrinted = 0; window.print = () => { window.storkPrinted++; };");
        browser.findElement(By.id("print")).click();
        assertEquals(1L, js("return window.storkPrinted"));
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(browser.findElement(By.tagName("header")).isDisplayed(), "no header in print");
            assertFalse(browser.findElement(By.tagName("footer")).isDisplayed(), "no buttons or tabs in print");
            assertFalse(browser.findElement(By.id("print")).isDisplayed());
            assertFalse(browser.findElement(By.id("csv")).isDisplayed());
            assertTrue(browser.findElement(By.id("history-printed")).getText().startsWith("Stork · printed "));
            assertEquals("rgb(255, 255, 255)", js("return getComputedStyle(document.body).backgroundColor"));
            assertEquals("rgb(0, 0, 0)",
                    js("return getComputedStyle(document.querySelector('svg.chart text.date')).fill"));
            HeadlessChromium.screenshot(browser, "history-print-1024x768");
        } finally {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        String pdf = ((PrintsPage) browser).print(new PrintOptions()).getContent();
        Files.write(HeadlessChromium.SCREENSHOTS.resolve("history-print.pdf"), Base64.getDecoder().decode(pdf));
    }
}
