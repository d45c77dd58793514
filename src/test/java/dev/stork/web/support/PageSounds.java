package dev.stork.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What the dashboard page says and beeps, recorded in the page: each utterance handed to the browser's real
 * {@code speechSynthesis.speak} (wrapped after the page has loaded, so the page's own code runs unchanged and the
 * utterance still goes to the browser's speech synthesis) with the session's phase at that moment, and each beep's
 * oscillator created through Web Audio. Install again after a reload.
 */
public final class PageSounds {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String INSTALL = """
            if (!window.speechSynthesis || !window.AudioContext) return false;
            window.storkSpoken = [];
            window.storkBeeps = 0;
            const synth = window.speechSynthesis;
            const speak = synth.speak.bind(synth);
            synth.speak = (utterance) => {
              const f = window.storkLastFrame, s = f ? f.session : null;
              window.storkSpoken.push({ text: utterance.text, phase: s ? s.phase : null,
                countdownLeftS: s ? s.countdownLeftS : null, holdS: s && s.live ? s.live.holdS : null });
              speak(utterance);
            };
            const oscillator = AudioContext.prototype.createOscillator;
            AudioContext.prototype.createOscillator = function () {
              window.storkBeeps++;
              return oscillator.call(this);
            };
            return true;
            """;

    private final WebDriver browser;

    private PageSounds(WebDriver browser) {
        this.browser = browser;
    }

    /** Starts recording in the page open in {@code browser}; fails when it has no speech synthesis or Web Audio. */
    public static PageSounds record(WebDriver browser) {
        Object installed = ((JavascriptExecutor) browser).executeScript(INSTALL);
        if (!Boolean.TRUE.equals(installed)) {
            throw new AssertionError("the browser has no speechSynthesis or AudioContext");
        }
        return new PageSounds(browser);
    }

    /**
     * The utterances spoken so far, in order, each {@code {text, phase, countdownLeftS, holdS}} as the session's last
     * live frame had them when it was spoken.
     */
    public List<JsonNode> spoken() {
        Object json = ((JavascriptExecutor) browser).executeScript("return JSON.stringify(window.storkSpoken)");
        List<JsonNode> list = new ArrayList<>();
        try {
            JSON.readTree((String) json).forEach(list::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }

    /** The words spoken so far, in order. */
    public List<String> texts() {
        return spoken().stream().map(u -> u.get("text").asText()).toList();
    }

    /** Beeps (Web Audio oscillators) started so far. */
    public long beeps() {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return window.storkBeeps")).longValue();
    }
}
