package dev.stork.web.support;

import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard page in a browser, as the calibration wizard's tests use it: its elements and the wizard's state. */
public final class CalibrationPage {
    private final WebDriver browser;

    /** What the person does at a prompt before tapping "Go on". */
    @FunctionalInterface
    public interface AtPrompt {
        /**
         * @param promptNumber the prompt's number, from 1
         * @param state        the wizard's state as the page last rendered it
         */
        void before(long promptNumber, Map<String, Object> state) throws Exception;
    }

    /** The page open in {@code browser}. */
    public CalibrationPage(WebDriver browser) {
        this.browser = browser;
    }

    /** The wizard's state as the page last rendered it ({@code window.storkCalibration}), or null. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> state() {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("return window.storkCalibration");
    }

    /** The number of the prompt shown, 0 before the first. */
    public long promptNumber() {
        Map<String, Object> s = state();
        return s == null || s.get("promptNumber") == null ? 0 : ((Number) s.get("promptNumber")).longValue();
    }

    /** The element with this id. */
    public WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    /** Scrolls the element to the middle of the screen, clear of the tab bar, and taps it. */
    public void tap(String id) {
        WebElement element = byId(id);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Taps "Go on" at every prompt, once {@code atPrompt} has done what it asks, until the report shows. */
    public void goOnUntilTheReport(WebDriverWait wait, AtPrompt atPrompt) throws Exception {
        long answered = 0;
        while (true) {
            long last = answered;
            wait.until(b -> byId("cal-report").isDisplayed() || (byId("cal-confirm").isDisplayed()
                    && byId("cal-confirm").isEnabled() && promptNumber() > last));
            if (byId("cal-report").isDisplayed()) {
                return;
            }
            answered = promptNumber();
            atPrompt.before(answered, state());
            tap("cal-confirm");
        }
    }
}
