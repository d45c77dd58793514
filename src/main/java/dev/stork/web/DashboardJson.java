package dev.stork.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stork.training.Asymmetry;
import dev.stork.training.Decision;
import dev.stork.training.FormReport;
import dev.stork.training.Sex;
import dev.stork.training.StanceNorm;
import dev.stork.training.StanceTest;
import dev.stork.training.TrialOutcome;
import dev.stork.trial.LiveSnapshot;
import dev.stork.trial.SwaySummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard's JSON: snapshots as maps with display units in the names (cm, cm/s, cm²) and NaN as null, since
 * JSON has no NaN. Stateless; any thread.
 */
final class DashboardJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DashboardJson() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    static Map<String, Object> error(String reason) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("error", reason);
        return map;
    }

    /** A finite number, or null. */
    static Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** The reported pain, 0-10, or null when the trial's pain question went unanswered. */
    static Integer pain(TrialOutcome o) {
        return o.pain().isPresent() ? o.pain().getAsInt() : null;
    }

    /** "female" or "male", or null when not known. */
    static String sex(Sex sex) {
        return sex == null ? null : sex.name().toLowerCase(Locale.ROOT);
    }

    /** Whether form was reported lost, or null when that went unanswered. */
    static Boolean lostForm(TrialOutcome o) {
        return o.form() == FormReport.NOT_REPORTED ? null : o.form() == FormReport.LOST;
    }

    static Map<String, Object> session(SessionView view) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("phase", view.phase().name());
        map.put("kind", view.kind().name());
        map.put("currentIndex", view.currentIndex());
        map.put("message", view.message());
        map.put("lastScore", number(view.lastScore()));
        map.put("countdownLeftS", view.countdownLeftS());
        map.put("restLeftS", view.restLeftS());
        map.put("heldS", number(view.heldS()));
        map.put("pauseRequested", view.pauseRequested());
        map.put("failure", view.failure());
        List<Map<String, Object>> trials = new ArrayList<>();
        for (SessionView.TrialView t : view.trials()) {
            Map<String, Object> trial = new LinkedHashMap<>();
            trial.put("exerciseId", t.exerciseId());
            trial.put("name", t.name());
            trial.put("level", t.level());
            trial.put("leg", t.leg());
            trial.put("targetS", t.targetS());
            trial.put("targetKind", t.repetitions() ? "repetitions" : "hold");
            trial.put("instruction", t.instruction());
            trial.put("safetyCue", t.safetyCue());
            trial.put("status", t.status().name());
            TrialOutcome o = t.outcome();
            trial.put("holdS", o == null ? null : o.holdSeconds());
            trial.put("repetitions", o == null ? null : o.repetitions());
            trial.put("score", number(t.score()));
            trial.put("endReason", o == null ? null : o.endReason().name());
            trial.put("velocityCmS", o == null ? null : number(o.pathVelocityCmS()));
            trial.put("ellipseCm2", o == null ? null : number(o.ellipseArea95Cm2()));
            trial.put("stabilisedS", o == null ? null : number(o.timeToStabilisationS()));
            // The leg really stood on, which the trial counts for; "leg" stays the one asked for.
            trial.put("legStoodOn", o == null ? null : o.leg().word());
            trial.put("pain", o == null ? null : pain(o));
            trial.put("lostForm", o == null ? null : lostForm(o));
            trials.add(trial);
        }
        map.put("trials", trials);
        map.put("live", view.live() == null ? null : live(view.live()));
        List<Map<String, Object>> comparisons = new ArrayList<>();
        for (Asymmetry a : view.comparisons()) {
            comparisons.add(asymmetry(a));
        }
        map.put("comparisons", comparisons);
        List<Map<String, Object>> decisions = new ArrayList<>();
        for (Decision d : view.decisions()) {
            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put("exerciseId", d.exerciseId());
            decision.put("kind", d.kind().name());
            decision.put("fromLevel", d.fromLevel());
            decision.put("toLevel", d.toLevel());
            decision.put("sentence", d.sentence());
            decisions.add(decision);
        }
        map.put("decisions", decisions);
        map.put("stanceTest", view.stanceTest() == null ? null : stanceTest(view.stanceTest()));
        return map;
    }

    /** The stance test's result: per condition and leg the best hold, its norm and the sentence placing it. */
    static Map<String, Object> stanceTest(SessionView.StanceResult result) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("ageYears", result.ageYears());
        map.put("sex", sex(result.sex()));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (StanceTest.Line line : result.lines()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("condition", line.condition() == StanceTest.Condition.EYES_OPEN ? "eyes open" : "eyes closed");
            l.put("leg", line.leg().word());
            l.put("trials", line.trials());
            l.put("bestS", number(line.bestSeconds()));
            l.put("normS", line.norm().map(StanceNorm::seconds).orElse(null));
            l.put("differenceS", number(line.differenceSeconds()));
            l.put("sentence", line.sentence());
            lines.add(l);
        }
        map.put("lines", lines);
        return map;
    }

    /** Left against right on one exercise and level. */
    static Map<String, Object> asymmetry(Asymmetry a) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("exerciseId", a.exerciseId());
        map.put("level", a.level());
        map.put("holdIndexPercent", number(a.holdIndexPercent()));
        map.put("swayIndexPercent", number(a.swayIndexPercent()));
        map.put("lagging", a.lagging() == null ? null : a.lagging().word());
        map.put("sentence", a.sentence());
        return map;
    }

    static Map<String, Object> live(LiveSnapshot s) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("sampleNanos", s.timeNanos());
        map.put("state", s.state().name());
        map.put("loadN", number(s.loadN()));
        map.put("copMlCm", number(s.copMlM() * 100));
        map.put("copApCm", number(s.copApM() * 100));
        map.put("leg", s.holdLeg().name());
        map.put("holdS", number(s.holdElapsedS()));
        map.put("targetS", number(s.targetS()));
        map.put("trialsCompleted", s.trialsCompleted());
        map.put("repetitions", s.repetitions());
        SwaySummary sway = s.sway();
        Map<String, Object> swayMap = new LinkedHashMap<>();
        swayMap.put("samples", sway.sampleCount());
        swayMap.put("velocityCmS", number(sway.meanVelocityDisplay()));
        swayMap.put("ellipseCm2", number(sway.ellipseAreaDisplay()));
        swayMap.put("rmsCm", number(sway.rmsDistance() * 100));
        map.put("sway", swayMap);
        if (s.lastTrial() != null) {
            Map<String, Object> last = new LinkedHashMap<>();
            last.put("holdS", s.lastTrial().holdS());
            last.put("repetitions", s.lastTrial().repetitionCount());
            last.put("endReason", s.lastTrial().endReason().name());
            last.put("velocityCmS", number(s.lastTrial().sway().meanVelocityDisplay()));
            last.put("ellipseCm2", number(s.lastTrial().sway().ellipseAreaDisplay()));
            map.put("lastTrial", last);
        }
        return map;
    }

    static Map<String, Object> status(SourceStatus s) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("source", s.source());
        map.put("kind", s.kind());
        map.put("nominalRateHz", s.nominalRateHz());
        map.put("achievedRateHz", s.achievedRateHz());
        map.put("samples", s.samples());
        map.put("dropped", s.dropped());
        map.put("dataLossEvents", s.dataLossEvents());
        map.put("reconnections", s.reconnections());
        map.put("connection", s.connection());
        map.put("lastMessage", s.lastMessage());
        map.put("healthy", s.healthy());
        return map;
    }
}
