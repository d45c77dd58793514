package dev.stork.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stork.sensor.sim.Pacing;
import dev.stork.store.Person;
import dev.stork.store.StoredDecision;
import dev.stork.store.StoredTrial;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Leg;
import dev.stork.training.PlanChoice;
import dev.stork.training.Sex;
import dev.stork.training.StanceTest;
import dev.stork.training.TrialOutcome;
import dev.stork.web.support.HeadlessChromium;
import dev.stork.web.support.RunningDashboard;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Session screen's plan panel in headless Chromium over a simulated plate run as fast as possible and a real
 * SQLite store: the plan edited (two exercises, a level chosen), saved and listed as today's prescription, one
 * exercise started on its own and answered trial by trial to its summary and decision; and the single-leg stance
 * test, refused without an age, then run to its result against the norms. The panel is checked for width at a
 * phone's 390x844 and a tablet's 1024x768. Screenshots {@code target/screenshots/plan-*.png}.
 */
class DashboardPlanBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ExerciseCatalogue CATALOGUE = ExerciseCatalogue.standard();

    @TempDir
    Path data;
    @TempDir
    Path profile;

    private RunningDashboard dashboard;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws IOException {
        dashboard = RunningDashboard.simulated(data, "127.0.0.1", true, "single-leg-stance", 100, Pacing.FAST);
        browser = HeadlessChromium.start(profile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(30));
        browser.get(dashboard.base() + "?token=" + RunningDashboard.TOKEN.value());
        wait.until(b -> "live".equals(text("link")));
        browser.findElement(By.id("tab-session")).click();
        wait.until(b -> text("plan-entries").contains("Single-leg stance, knee raised"));
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

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private boolean shown(String id) {
        return browser.findElement(By.id(id)).isDisplayed();
    }

    private void click(String id) {
        WebElement element = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private List<String> entries() {
        return browser.findElements(By.cssSelector("#plan-entries li.plan-entry")).stream().map(WebElement::getText)
                .toList();
    }

    /** Answers each pain question with 0 on the page until the summary shows. */
    private void answerUntilTheSummary() {
        wait.until(b -> {
            if (shown("summary")) {
                return true;
            }
            // The Save button is enabled from the tap on a pain number until the answer is stored.
            if (shown("report") && !browser.findElement(By.id("report-save")).isEnabled()) {
                browser.findElement(By.id("pain-0")).click();
                browser.findElement(By.id("report-save")).click();
            }
            return false;
        });
    }

    /** Nothing on the Session screen is wider than the viewport, and each button lies inside it. */
    private void assertFitsTheWidth(String when) throws IOException {
        String layout = (String) ((JavascriptExecutor) browser).executeScript("""
                const main = document.querySelector('main');
                const buttons = [...document.querySelectorAll('#plan-panel button')].filter((b) => b.offsetParent)
                  .map((b) => { const r = b.getBoundingClientRect(); return { id: b.id, left: r.left, right: r.right }; });
                return JSON.stringify({ vw: innerWidth, scroll: main.scrollWidth - main.clientWidth, buttons });""");
        JsonNode fit = JSON.readTree(layout);
        assertTrue(fit.get("scroll").asDouble() <= 0, "nothing to scroll sideways " + when + ": " + fit);
        assertTrue(fit.get("buttons").size() > 0, fit.toString());
        for (JsonNode button : fit.get("buttons")) {
            assertTrue(button.get("left").asDouble() >= 0 && button.get("right").asDouble()
                    <= fit.get("vw").asDouble() + 0.5, button + " inside the viewport " + when + ": " + fit);
        }
    }

    @Test
    void thePlanIsEditedSavedListedAndOneExerciseRunsOnItsOwnToTheEnd() throws Exception {
        assertEquals(1, entries().size());
        assertTrue(entries().get(0).contains("Level 1 of 4: holding on"), entries().toString());
        assertTrue(entries().get(0).contains("Hold 15 s · 5 times on each leg · 1 set"), entries().toString());

        click("plan-edit");
        wait.until(b -> shown("plan-form"));
        for (int[] size : new int[][] {{390, 844}, {1024, 768}}) {
            HeadlessChromium.viewport(browser, size[0], size[1]);
            assertFitsTheWidth("with the form open at " + size[0] + "x" + size[1]);
            HeadlessChromium.screenshot(browser, "plan-form-" + size[0] + "x" + size[1]);
        }
        HeadlessChromium.viewport(browser, 390, 844);
        assertTrue(browser.findElement(By.id("plan-pick-single-leg-stance")).isSelected(), "the plan now is ticked");
        click("plan-pick-single-leg-stance");
        click("plan-save");
        wait.until(b -> text("plan-error").equals("Tick at least one exercise."));

        // Two exercises: the deadlift at its level 3, the kick (done off the board) at its only level.
        new Select(browser.findElement(By.id("plan-level-single-leg-rdl"))).selectByValue("3");
        assertTrue(browser.findElement(By.id("plan-pick-single-leg-rdl")).isSelected(), "a level picked ticks it");
        click("plan-pick-prone-single-leg-kick");
        click("plan-save");
        wait.until(b -> !shown("plan-form") && entries().size() == 2);
        assertEquals(PlanChoice.parse("single-leg-rdl:3,prone-single-leg-kick", CATALOGUE),
                dashboard.store.currentPlan(dashboard.person.id()).orElseThrow(), "stored as stork plan --set");
        List<String> listed = entries();
        assertTrue(listed.get(0).startsWith("Single-leg Romanian deadlift\nLevel 3 of 3: 10-second holds\n"
                + "Hold 10 s · 5 times on each leg · 1 set, rest 30 s\nMeasured on the board"), listed.get(0));
        assertTrue(listed.get(1).contains("Prone single-leg kick") && listed.get(1).contains("Done off the board"),
                listed.get(1));
        assertTrue(browser.findElements(By.id("plan-start-prone-single-leg-kick")).isEmpty(),
                "nothing to start on the board for an exercise done off it");
        assertTrue(text("plan").contains("10 s"), "this session's trials follow the new plan: " + text("plan"));
        assertFitsTheWidth("with the plan listed");
        HeadlessChromium.screenshot(browser, "plan-listed-390x844");

        click("plan-start-single-leg-rdl");
        wait.until(b -> shown("screen-live") && text("exercise-name").startsWith("Single-leg Romanian deadlift"));
        answerUntilTheSummary();
        List<WebElement> rows = browser.findElements(By.cssSelector("#summary-trials tr"));
        assertEquals(10, rows.size(), "five holds per leg at level 3, and nothing else");
        List<StoredTrial> stored = dashboard.store.trials(dashboard.person.id());
        assertEquals(10, stored.size());
        assertTrue(stored.stream().allMatch(t -> t.outcome().isOf("single-leg-rdl", 3, t.outcome().leg())));
        List<StoredDecision> decisions = dashboard.store.decisions(dashboard.person.id());
        assertEquals(1, decisions.size(), "decided for the deadlift only: " + decisions);
        assertEquals(decisions.get(0).decision().sentence(), text("summary-decisions"));
        assertTrue(text("message").startsWith("Session done: 10 of 10 trials saved"), text("message"));
        HeadlessChromium.screenshot(browser, "plan-one-exercise-done-390x844");

        browser.findElement(By.id("tab-session")).click();
        wait.until(b -> entries().size() == 2 && browser.findElement(By.id("plan-start-single-leg-rdl")).isEnabled());
        assertTrue(entries().get(1).contains("Prone single-leg kick"), "the kick still in the plan");
    }

    @Test
    void theStanceTestRunsFromTheDashboardToItsResult() throws Exception {
        click("stance-start");
        wait.until(b -> !text("stance-error").isEmpty());
        assertEquals("The norms depend on age: give the age of tester (Stork keeps it, so only this once)",
                text("stance-error"));
        assertEquals("READY", ((String) ((JavascriptExecutor) browser).executeScript(
                "return window.storkLastFrame.session.phase")), "nothing started");

        browser.findElement(By.id("stance-age")).sendKeys("67");
        new Select(browser.findElement(By.id("stance-sex"))).selectByValue("female");
        assertFitsTheWidth("on the stance test");
        HeadlessChromium.screenshot(browser, "plan-stance-test-390x844");
        click("stance-start");
        wait.until(b -> shown("screen-live") && text("exercise-name").startsWith("Single-leg stance test"));
        answerUntilTheSummary();
        wait.until(b -> shown("summary-stance"));

        Person person = dashboard.store.person(RunningDashboard.PERSON).orElseThrow();
        assertEquals(Year.now().getValue() - 67, person.birthYear(), "the age is kept with the person");
        List<TrialOutcome> outcomes = dashboard.store.trials(person.id()).stream().map(StoredTrial::outcome).toList();
        assertEquals(12, outcomes.size(), "three per leg with eyes open, three with eyes closed");
        List<StanceTest.Line> lines = StanceTest.evaluate(outcomes, 67, Sex.FEMALE);
        List<WebElement> rows = browser.findElements(By.cssSelector("#stance-best tr"));
        assertEquals(2, rows.size());
        for (int i = 0; i < 2; i++) {
            Leg leg = i == 0 ? Leg.LEFT : Leg.RIGHT;
            List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
            for (StanceTest.Line line : lines) {
                if (line.leg() == leg) {
                    WebElement cell = cells.get(line.condition() == StanceTest.Condition.EYES_OPEN ? 0 : 1);
                    assertTrue(cell.getText().startsWith(String.format(Locale.ROOT, "%.1f s\nusual %.1f s",
                            line.bestSeconds(), line.norm().orElseThrow().seconds())), cell.getText());
                }
            }
        }
        assertEquals("Against the usual times for age 67, female:", text("stance-against"));
        assertEquals(lines.stream().map(StanceTest.Line::sentence).toList(), browser.findElements(
                By.cssSelector("#stance-sentences p")).stream().map(WebElement::getText).toList());
        assertFalse(shown("summary-decisions-box"), "a test moves no level");
        assertTrue(dashboard.store.decisions(person.id()).isEmpty());
        HeadlessChromium.viewport(browser, 1024, 768);
        HeadlessChromium.screenshot(browser, "plan-stance-result-1024x768");
    }
}
