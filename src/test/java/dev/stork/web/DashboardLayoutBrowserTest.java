package dev.stork.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.session.SessionClock;
import dev.stork.session.SimulatedTrialBoard;
import dev.stork.training.Plan;
import dev.stork.training.PlanEntry;
import dev.stork.web.support.HeadlessChromium;
import dev.stork.web.support.PageSounds;
import dev.stork.web.support.RunningDashboard;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live screen in headless Chromium during a 15 s hold on a simulated plate paced at twice real time, at the
 * viewports of a phone (390x844) and of two landscape tablets (1024x768, 1280x800): the COP trace, the hold timer and
 * the sway figures lie inside the viewport, above the footer and uncovered, with nothing to scroll. Screenshots
 * {@code target/screenshots/live-390x844.png}, {@code live-1024x768.png}, {@code live-1280x800.png} (and
 * {@code live-countdown-1024x768.png}). The same trial's spoken cues, recorded by wrapping the page's real
 * {@code speechSynthesis.speak}: "Lift now" at the end of the countdown, "Ten seconds" ten seconds before the target,
 * then "Well done" and the pain question. About 15 s.
 */
class DashboardLayoutBrowserTest {
    /** Single-leg stance level 1: one 15 s hold per leg. */
    private static final PlanEntry PLAN = new PlanEntry("single-leg-stance", 1, 1, 1, 3);
    /** The two landscape tablets, then the phone: {width, height} in CSS pixels. */
    private static final int[][] SIZES = {{1024, 768}, {1280, 800}, {390, 844}};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRACE = "#trace";
    private static final String SWAY = "#live-grid .figures";

    @TempDir
    Path data;
    @TempDir
    Path profile;

    private RunningDashboard dashboard;
    private WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        dashboard = new RunningDashboard(data, "127.0.0.1", true, new Plan(List.of(PLAN)),
                new SimulatedTrialBoard(PersonModel.typicalAdult(), 100, 5, Pacing.REAL_TIME, twiceRealTime(),
                        k -> 16), SessionClock.system());
        browser = HeadlessChromium.start(profile);
    }

    /** A clock running at twice the wall clock's pace, from now: the plate's samples come twice as fast. */
    private static LongSupplier twiceRealTime() {
        long origin = System.nanoTime();
        return () -> origin + 2 * (System.nanoTime() - origin);
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

    private String phase() {
        return (String) js("return window.storkLastFrame ? window.storkLastFrame.session.phase : null");
    }

    private double holdS() {
        Object hold = js("const f = window.storkLastFrame; return f && f.session.live ? f.session.live.holdS : 0");
        return ((Number) hold).doubleValue();
    }

    /** Where the elements named (CSS selectors) are, against the viewport, the footer and main's scroll. */
    private static final String LAYOUT = """
            const main = document.querySelector('main');
            const out = { vw: innerWidth, vh: innerHeight,
              footerTop: document.querySelector('footer').getBoundingClientRect().top,
              mainOverflow: main.scrollHeight - main.clientHeight, mainScrollTop: main.scrollTop,
              pageOverflow: document.documentElement.scrollHeight - innerHeight, boxes: {} };
            arguments[0].forEach((name) => {
              const el = document.querySelector(name);
              const r = el.getBoundingClientRect();
              const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
              out.boxes[name] = { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width,
                height: r.height, uncovered: hit !== null && (hit === el || el.contains(hit)) };
            });
            return JSON.stringify(out);
            """;

    /** The COP trace, the sway figures and {@code more} are fully visible, above the footer, without scrolling. */
    private void assertLiveScreenFits(String when, String... more) throws IOException {
        List<String> names = new ArrayList<>(List.of(TRACE, SWAY));
        names.addAll(List.of(more));
        JsonNode layout = JSON.readTree((String) ((JavascriptExecutor) browser).executeScript(LAYOUT, names));
        String where = when + " at " + layout.get("vw") + "x" + layout.get("vh") + ": " + layout;
        double vw = layout.get("vw").asDouble();
        double vh = layout.get("vh").asDouble();
        double footerTop = layout.get("footerTop").asDouble();
        assertTrue(footerTop <= vh && footerTop > vh / 2, "the footer sits at the bottom, " + where);
        for (String name : names) {
            JsonNode box = layout.get("boxes").get(name);
            assertTrue(box.get("width").asDouble() > 0 && box.get("height").asDouble() > 0, name + " shown, " + where);
            // Whole pixels of tolerance: layout positions are fractional.
            assertTrue(box.get("left").asDouble() >= -0.5 && box.get("top").asDouble() >= -0.5
                    && box.get("right").asDouble() <= vw + 0.5, name + " inside the viewport, " + where);
            assertTrue(box.get("bottom").asDouble() <= footerTop + 0.5, name + " above the footer, " + where);
            assertTrue(box.get("uncovered").asBoolean(), name + " not covered by anything, " + where);
        }
        JsonNode trace = layout.get("boxes").get(TRACE);
        assertEquals(trace.get("width").asDouble(), trace.get("height").asDouble(), 1.0,
                "the trace is square, " + where);
        assertTrue(trace.get("width").asDouble() >= Math.min(vw, vh) * 0.5,
                "the trace takes at least half the viewport's shorter side, " + where);
        assertTrue(layout.get("mainOverflow").asDouble() <= 1 && layout.get("mainScrollTop").asDouble() == 0
                && layout.get("pageOverflow").asDouble() <= 0, "nothing to scroll, " + where);
    }

    @Test
    void theLiveScreenFitsAPhoneAndLandscapeTabletsAndSpeaksItsCues() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(20));
        HeadlessChromium.viewport(browser, 1024, 768);
        browser.get(dashboard.base() + "?token=" + RunningDashboard.TOKEN.value());
        wait.until(b -> "live".equals(browser.findElement(By.id("link")).getText()));
        assertEquals("true", browser.findElement(By.id("voice")).getAttribute("aria-checked"), "voice on at first");
        PageSounds sounds = PageSounds.record(browser);

        browser.findElement(By.id("start")).click();
        wait.until(b -> "COUNTDOWN".equals(phase()));
        assertLiveScreenFits("in the countdown", "#big");
        HeadlessChromium.screenshot(browser, "live-countdown-1024x768");

        wait.until(b -> "HOLDING".equals(phase()) && holdS() > 0.5);
        for (int[] size : SIZES) {
            HeadlessChromium.viewport(browser, size[0], size[1]);
            assertLiveScreenFits("during the hold", "#timer", "#progress");
            HeadlessChromium.screenshot(browser, "live-" + size[0] + "x" + size[1]);
        }
        assertEquals("HOLDING", phase(), "all three sizes checked during the hold");

        wait.until(b -> browser.findElement(By.id("report")).isDisplayed());
        wait.until(b -> sounds.spoken().size() >= 4);
        List<JsonNode> said = sounds.spoken();
        assertEquals(List.of("Lift now", "Ten seconds", "Well done"),
                said.subList(0, 3).stream().map(u -> u.get("text").asText()).toList(), said.toString());
        JsonNode lift = said.get(0);
        assertTrue("HOLDING".equals(lift.get("phase").asText())
                || lift.get("countdownLeftS").asDouble() <= 0, "at the end of the countdown: " + lift);
        // Ten seconds before the 15 s target; frames come about 30 times a second, so within a tenth of a second.
        double tenAt = said.get(1).get("holdS").asDouble();
        assertTrue(tenAt >= 5 && tenAt < 5.2, "'Ten seconds' at 5 s of the hold, was " + tenAt);
        assertEquals("REPORT", said.get(2).get("phase").asText());
        assertTrue(said.get(3).get("text").asText().matches(
                "Any pain\\? You held 15\\.\\d seconds\\. Pain from 0 \\(none\\) to 10 \\(worst\\)\\?"),
                said.get(3).toString());
        assertEquals(4, said.size(), "each cue once: " + said);
        assertEquals("Any pain?", browser.findElement(By.id("said")).getText(), "the last cue is shown too");
        assertEquals(Boolean.TRUE, js("const said = document.getElementById('said');"
                + " return said.scrollWidth <= said.clientWidth"), "the cue fits the phone's header");
    }
}
