package dev.stork.training.support;

import dev.stork.training.EndReason;
import dev.stork.training.FormReport;
import dev.stork.training.Leg;
import dev.stork.training.Target;
import dev.stork.training.TrialOutcome;
import java.time.Instant;
import java.util.OptionalInt;

/** Builds {@link TrialOutcome}s for tests: a 15 s single-leg stance hold on the left leg, changed field by field. */
public final class Outcomes {
    private String exerciseId = "single-leg-stance";
    private int level = 1;
    private Leg leg = Leg.LEFT;
    private Target target = Target.holdSeconds(15);
    private double holdSeconds = 15;
    private int repetitions;
    private EndReason endReason = EndReason.TARGET;
    private double pathVelocityCmS = Double.NaN;
    private double ellipseArea95Cm2 = Double.NaN;
    private double rmsDistanceCm = Double.NaN;
    private OptionalInt pain = OptionalInt.of(0);
    private FormReport form = FormReport.KEPT;
    private Instant startTime = Instant.parse("2026-01-05T08:00:00Z");
    private String calibrationId;
    private double timeToStabilisationS = Double.NaN;

    private Outcomes() {
    }

    /** A fresh builder. */
    public static Outcomes trial() {
        return new Outcomes();
    }

    public Outcomes exercise(String id, int atLevel) {
        this.exerciseId = id;
        this.level = atLevel;
        return this;
    }

    public Outcomes level(int atLevel) {
        this.level = atLevel;
        return this;
    }

    public Outcomes leg(Leg onLeg) {
        this.leg = onLeg;
        return this;
    }

    public Outcomes target(Target aimed) {
        this.target = aimed;
        return this;
    }

    public Outcomes hold(double seconds) {
        this.holdSeconds = seconds;
        if (target.isHold()) {
            this.endReason = seconds >= target.amount() ? EndReason.TARGET : EndReason.TOUCHDOWN;
        }
        return this;
    }

    public Outcomes repetitions(int count) {
        this.repetitions = count;
        if (!target.isHold()) {
            this.endReason = count >= target.amount() ? EndReason.TARGET : EndReason.STOPPED;
        }
        return this;
    }

    public Outcomes end(EndReason reason) {
        this.endReason = reason;
        return this;
    }

    /** Time to stabilisation, s. */
    public Outcomes stabilisedAfter(double seconds) {
        timeToStabilisationS = seconds;
        return this;
    }

    public Outcomes sway(double velocityCmS, double areaCm2, double rmsCm) {
        this.pathVelocityCmS = velocityCmS;
        this.ellipseArea95Cm2 = areaCm2;
        this.rmsDistanceCm = rmsCm;
        return this;
    }

    public Outcomes pain(int score) {
        this.pain = OptionalInt.of(score);
        return this;
    }

    public Outcomes lostForm() {
        this.form = FormReport.LOST;
        return this;
    }

    /** The session was stopped at the pain question: neither pain nor form reported. */
    public Outcomes unanswered() {
        this.pain = OptionalInt.empty();
        this.form = FormReport.NOT_REPORTED;
        return this;
    }

    /** The pain was answered, then the session was stopped at the form question. */
    public Outcomes formUnanswered() {
        this.form = FormReport.NOT_REPORTED;
        return this;
    }

    public Outcomes at(Instant start) {
        this.startTime = start;
        return this;
    }

    public Outcomes calibration(String id) {
        this.calibrationId = id;
        return this;
    }

    public TrialOutcome build() {
        return new TrialOutcome(exerciseId, level, leg, target, holdSeconds, repetitions, endReason, pathVelocityCmS,
                ellipseArea95Cm2, rmsDistanceCm, pain, form, startTime, calibrationId, timeToStabilisationS);
    }
}
