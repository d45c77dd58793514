package dev.stork.calibration;

import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.SourceDescription.CellUnit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The guided plate calibration as a step machine that a terminal or the dashboard renders: each step has a prompt;
 * after {@link #confirm()} the procedure collects a steady window from the samples it is fed, refuses unsteady or
 * implausible windows with a reason (and keeps trying, up to {@code maxAttempts} windows, then waits for a new
 * confirmation), and moves on.
 *
 * <p>Counts boards: empty board (tare), the mass at the centre and over each corner foot ({@link GainFit}), then the
 * mass at the centre again as the check ({@link PlateCheck}). Kilogram boards (the Wii board, factory-calibrated):
 * tare and the check only; the gains stay g per kg.
 *
 * <p>Single-threaded: call every method from one thread (the acquisition thread; a dashboard posts its
 * confirm/cancel onto it). Feeding a sample allocates nothing except at the end of a window.
 */
public final class PlateCalibrationProcedure extends GuidedProcedure {
    /** Step ids. */
    public static final String EMPTY = "empty";
    public static final String CENTRE = "centre";
    public static final String NEAR_TOP_LEFT = "near-top-left";
    public static final String NEAR_TOP_RIGHT = "near-top-right";
    public static final String NEAR_BOTTOM_LEFT = "near-bottom-left";
    public static final String NEAR_BOTTOM_RIGHT = "near-bottom-right";
    public static final String CHECK_CENTRE = "check-centre";
    /** A placement must add at least this fraction of the mass's weight (estimated with the prior gains). */
    public static final double MIN_LOAD_FRACTION = 0.3;

    private final SourceDescription source;
    private final PlateProfile prior;
    private final double massKg;
    private final Steadiness steadiness;
    private final Supplier<Instant> clock;
    private final double[] raw = new double[4];
    private final List<GainFit.Placement> placements = new ArrayList<>();
    private double[] emptyRaw;
    private PlateProfile fitted;
    private double liveLoadN;

    /**
     * @param source      the board (its unit and device id)
     * @param prior       the profile in use or a nominal one for this board: geometry, and gains to judge loads
     *                    and steadiness in newtons (within a factor of two is enough)
     * @param massKg      the known mass, kg
     * @param steadiness  the steadiness rule for every window
     * @param maxAttempts unsteady windows tolerated before waiting for the person again
     * @param clock       the calibration's date
     */
    public PlateCalibrationProcedure(SourceDescription source, PlateProfile prior, double massKg,
                                     Steadiness steadiness, int maxAttempts, Supplier<Instant> clock) {
        super(steps(source.cellUnit(), massKg), new ChannelWindow(4, steadiness.windowS()), maxAttempts);
        if (source.cellUnit() != prior.cellUnit() || !source.deviceId().equals(prior.deviceId())) {
            throw new IllegalArgumentException("the prior profile (" + prior.deviceId() + ", " + prior.cellUnit()
                    + ") does not describe the board " + source.deviceId() + " in " + source.cellUnit());
        }
        if (!(massKg >= 1 && massKg <= 300)) {
            throw new IllegalArgumentException("the known mass must be 1..300 kg, got " + massKg);
        }
        this.source = source;
        this.prior = prior;
        this.massKg = massKg;
        this.steadiness = steadiness;
        this.clock = clock;
    }

    private static List<ProcedureStep> steps(CellUnit unit, double massKg) {
        List<ProcedureStep> steps = new ArrayList<>();
        String mass = massKg + " kg";
        steps.add(new ProcedureStep(EMPTY, "Remove everything from the board and step away."));
        if (unit == CellUnit.COUNTS || unit == CellUnit.NEWTONS) {
            steps.add(new ProcedureStep(CENTRE, "Put the " + mass + " mass exactly at the centre marks."));
            steps.add(new ProcedureStep(NEAR_TOP_LEFT, "Put the mass over the front-left foot (its cell)."));
            steps.add(new ProcedureStep(NEAR_TOP_RIGHT, "Put the mass over the front-right foot."));
            steps.add(new ProcedureStep(NEAR_BOTTOM_LEFT, "Put the mass over the back-left foot."));
            steps.add(new ProcedureStep(NEAR_BOTTOM_RIGHT, "Put the mass over the back-right foot."));
        }
        steps.add(new ProcedureStep(CHECK_CENTRE, "Check: put the " + mass + " mass exactly at the centre marks."));
        return steps;
    }


    /** The load on the board of the last sample, estimated with the prior gains relative to the tare, N. */
    public double liveLoadN() {
        return liveLoadN;
    }

    /** Feeds one raw sample; ignored unless collecting. */
    public void onPlateSample(PlateSample s) {
        raw[0] = s.topLeft;
        raw[1] = s.topRight;
        raw[2] = s.bottomLeft;
        raw[3] = s.bottomRight;
        double load = 0;
        for (int i = 0; i < 4; i++) {
            load += prior.gain(i) * (raw[i] - (emptyRaw == null ? prior.offset(i) : emptyRaw[i]));
        }
        liveLoadN = load;
        if (state != ProcedureState.COLLECTING) {
            return;
        }
        if (window.add(s.timeNanos, raw, load)) {
            finishWindow();
        }
    }

    private void finishWindow() {
        String id = step().id();
        try {
            double[] means = {window.mean(0), window.mean(1), window.mean(2), window.mean(3)};
            if (id.equals(EMPTY)) {
                emptyRaw = Tare.offsets(window, steadiness, stepIndex == 0 && hasZero() ? prior : null,
                        Tare.DEFAULT_MAX_LOAD_N);
                message = "zeroed";
            } else {
                steadiness.check(window, "readings", "N");
                checkLoaded(means);
                if (id.equals(CHECK_CENTRE)) {
                    finish(means);
                    return;
                }
                placements.add(new GainFit.Placement(means, mlFraction(id), apFraction(id)));
                message = "placement " + placements.size() + " measured";
                if (id.equals(NEAR_BOTTOM_RIGHT)) {
                    fit();
                    if (state == ProcedureState.FAILED) {
                        return;
                    }
                }
            }
            advance(message);
        } catch (CalibrationRefusedException refusal) {
            refused(refusal);
        }
        window.reset();
    }

    /** Where a step puts the mass, ML over the half spacing. */
    public static double mlFraction(String stepId) {
        return switch (stepId) {
            case NEAR_TOP_LEFT, NEAR_BOTTOM_LEFT -> -1;
            case NEAR_TOP_RIGHT, NEAR_BOTTOM_RIGHT -> 1;
            default -> 0;
        };
    }

    /** Where a step puts the mass, AP over the half spacing. */
    public static double apFraction(String stepId) {
        return switch (stepId) {
            case NEAR_TOP_LEFT, NEAR_TOP_RIGHT -> 1;
            case NEAR_BOTTOM_LEFT, NEAR_BOTTOM_RIGHT -> -1;
            default -> 0;
        };
    }

    private boolean hasZero() {
        return !prior.calibratedAt().equals(Instant.EPOCH) || source.cellUnit() != CellUnit.COUNTS;
    }

    private void checkLoaded(double[] means) throws CalibrationRefusedException {
        double weightN = massKg * PlateProfile.GRAVITY_MPS2;
        double loadN = 0;
        for (int i = 0; i < 4; i++) {
            loadN += prior.gain(i) * (means[i] - emptyRaw[i]);
        }
        if (loadN < MIN_LOAD_FRACTION * weightN) {
            throw new CalibrationRefusedException("the board carries only about " + Math.round(loadN) + " N, but "
                    + massKg + " kg weigh " + Math.round(weightN) + " N: is the mass on the board?");
        }
    }

    private void fit() {
        try {
            GainFit.Result r = GainFit.fit(emptyRaw, placements, massKg * PlateProfile.GRAVITY_MPS2);
            fitted = new PlateProfile(prior.deviceId(), clock.get(), prior.cellUnit(), prior.cellSpacingMlMm(),
                    prior.cellSpacingApMm(), r.gainNPerUnit(), r.offsetUnits(),
                    new PlateFitQuality(massKg, r.residualN(), r.conditionNumber(), Double.NaN, Double.NaN));
            message = "fitted: residual " + Steadiness.round(r.residualN()) + " N, condition number "
                    + Steadiness.round(r.conditionNumber());
        } catch (CalibrationRefusedException refusal) {
            failed(refusal);
        }
    }

    private void finish(double[] checkRaw) {
        PlateProfile base = fitted != null ? fitted
                : new PlateProfile(prior.deviceId(), clock.get(), prior.cellUnit(), prior.cellSpacingMlMm(),
                prior.cellSpacingApMm(), prior.gainNPerUnit(), emptyRaw,
                new PlateFitQuality(massKg, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        double[] errors = PlateCheck.centreErrors(base, checkRaw, massKg);
        fitted = new PlateProfile(base.deviceId(), base.calibratedAt(), base.cellUnit(), base.cellSpacingMlMm(),
                base.cellSpacingApMm(), base.gainNPerUnit(), base.offsetUnits(),
                base.quality().withCheck(errors[0], errors[1]));
        stepIndex++;
        state = ProcedureState.DONE;
        message = "check at the centre: COP error " + Steadiness.round(errors[0]) + " mm, weight error "
                + Steadiness.round(errors[1]) + " %";
    }

    /** The new profile once {@link ProcedureState#DONE}. */
    public PlateProfile result() {
        if (state != ProcedureState.DONE) {
            throw new IllegalStateException("the calibration is not done: " + state);
        }
        return fitted;
    }
}
