package dev.stork.sensor.sim;

import dev.stork.sensor.PlateSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A person on a four-cell plate following a {@link SessionScript}, sample by sample, with a force model per foot.
 *
 * <p>Each foot has its own load and its own centre of pressure (its place on the plate plus sway within the foot);
 * the plate's cells are the sum of each foot's load spread over the four cells by the lever rule, so the total is
 * the sum of the feet and the COP their load-weighted mean. What each foot is meant to carry comes from the script
 * (the package's {@code Choreography}): the weight shift before foot-off (the free foot's load falls to exactly 0
 * over {@link PersonModel#weightShiftS()}, gently at first and at a finite rate at the end, ending at the lift
 * phase's start), the sine rise
 * after touchdown (from exactly 0 at the lift's end, over {@link PersonModel#touchdownS()}), stepping on one foot
 * at a time, hesitations, toe touches and stepping off.
 *
 * <p>On top of that: on two legs, a slow oscillation (0.4 Hz) of the weight between the feet, most of the ML sway,
 * which fades as either foot unloads so it never lifts a foot, and an AP lean of the body; on one leg, sway within
 * the stance foot, up to 1.8 times larger just after foot-off (dying away over 0.6 s) and growing with fatigue, plus
 * a 2 Hz correction; a vertical force fluctuation of about 1 %; a hand on a chair that takes its share of the
 * weight off the plate, wavering by up to ±25 % with a time constant of 0.3 s and half as much again on one leg;
 * and white noise on every cell. The same seed gives the same samples.
 *
 * <p>Single-threaded; {@link #next} allocates nothing.
 */
public final class PlateSessionModel {
    /** The typical adult's weight shift before foot-off, s; each person's is {@link PersonModel#weightShiftS()}. */
    public static final double WEIGHT_SHIFT_S = PersonModel.DEFAULT_WEIGHT_SHIFT_S;
    /** Time for the weight to spread onto both feet once the second foot has landed, stepping on, s. */
    public static final double STEP_ON_S = SessionScript.SPREAD_S;
    /** Time each foot takes to unload when stepping off, s. */
    public static final double STEP_OFF_S = SessionScript.STEP_OFF_FOOT_S;
    /** Extra single-leg sway right after foot-off, relative to the steady sway. */
    static final double TRANSIENT_EXTRA = 0.8;
    /** Time constant of the extra sway after foot-off, s. */
    static final double TRANSIENT_S = 0.6;
    /** Time constant with which single-leg sway follows its drive (the transient, fatigue), s. */
    static final double DRIVE_TIME_CONSTANT_S = 0.1;
    /** Time constant of the chair share's wavering and of its changes, s. */
    static final double CHAIR_TIME_CONSTANT_S = 0.3;
    private static final double CHAIR_WAVER = 0.25;
    private static final double CHAIR_ONE_LEG_FACTOR = 1.5;
    private static final double MAX_CHAIR_FRACTION = 0.95;
    /** Share of the two-leg ML sway that comes from the weight moving between the feet. */
    private static final double SHARE_SWAY_PART = 0.9;
    private static final double SHARE_SWING_LIMIT = 0.25;
    private static final double VERTICAL_HZ = 2.0;
    private static final double VERTICAL_TWO_LEG = 0.006;
    private static final double VERTICAL_ONE_LEG = 0.015;

    private final SessionScript script;
    private final PersonModel person;
    private final double rateHz;
    private final long seed;
    private final double halfSpacingMlM;
    private final double halfSpacingApM;
    private final Random random;
    private final LoadPlan plan;
    private final SwayOscillator shareSwing;
    private final SwayOscillator bodyAp;
    private final SwayOscillator vertical;
    private final Wander chairWaver;
    private final FootSway leftSway;
    private final FootSway rightSway;
    private final double chairFollow;
    private final double driveFollow;
    private final double shareSwingSigma;
    private final long sampleCount;
    private long index;
    private int phaseIndex;
    private double chairShare;
    private double drive = 1;
    private double leftLoadN;
    private double rightLoadN;
    private double leftCopMlM;
    private double leftCopApM;
    private double rightCopMlM;
    private double rightCopApM;

    /**
     * @param script         what the person does
     * @param person         the person and sensor noise
     * @param rateHz         sample rate, Hz (50 to 1000)
     * @param cellSpacingMlM distance between left and right cells, m
     * @param cellSpacingApM distance between front and back cells, m
     * @param seed           random seed
     * @throws IllegalArgumentException for a rate outside 50..1000 Hz, or feet (or toes) placed outside the cells
     */
    public PlateSessionModel(SessionScript script, PersonModel person, double rateHz, double cellSpacingMlM,
                             double cellSpacingApM, long seed) {
        if (!(rateHz >= 50 && rateHz <= 1000)) {
            throw new IllegalArgumentException("simulated rate must be 50..1000 Hz, got " + rateHz);
        }
        if (!(Math.abs(person.placementMlM()) + person.footOffsetM() < cellSpacingMlM / 2
                && Math.abs(person.placementApM()) + Choreography.TOE_FORWARD_M < cellSpacingApM / 2)) {
            throw new IllegalArgumentException("the feet (placement " + person.placementMlM() + ", "
                    + person.placementApM() + " m, half stance width " + person.footOffsetM()
                    + " m) must stand inside the cells (" + cellSpacingMlM + " x " + cellSpacingApM + " m)");
        }
        this.script = script;
        this.person = person;
        this.rateHz = rateHz;
        this.seed = seed;
        this.halfSpacingMlM = cellSpacingMlM / 2;
        this.halfSpacingApM = cellSpacingApM / 2;
        this.random = new Random(seed);
        this.plan = Choreography.plan(script, person);
        this.shareSwing = new SwayOscillator(random);
        this.bodyAp = new SwayOscillator(random);
        this.vertical = new SwayOscillator(random);
        this.chairWaver = new Wander(random, CHAIR_TIME_CONSTANT_S, 1 / rateHz);
        this.leftSway = new FootSway(random);
        this.rightSway = new FootSway(random);
        this.chairFollow = 1 - Math.exp(-1 / (rateHz * CHAIR_TIME_CONSTANT_S));
        this.driveFollow = 1 - Math.exp(-1 / (rateHz * DRIVE_TIME_CONSTANT_S));
        // The ML COP moves by 2 x footOffset per unit of share moved from one foot to the other.
        this.shareSwingSigma = SHARE_SWAY_PART * person.swayTwoLegMlM() / (2 * person.footOffsetM());
        // A hair over the product, so that 5.1 s at 200 Hz is 1020 samples and not 1019.
        this.sampleCount = (long) Math.floor(script.durationS() * rateHz + 1e-6);
    }

    /** Number of samples in the whole session. */
    public long sampleCount() {
        return sampleCount;
    }

    /** Sample rate, Hz. */
    public double rateHz() {
        return rateHz;
    }

    /**
     * Fills {@code out} with the next sample, cells in newtons, time {@code startNanos} plus the sample's offset.
     * Sample k is at {@code k / rateHz} s.
     *
     * @return false when the session is over ({@code out} untouched)
     */
    public boolean next(PlateSample out, long startNanos) {
        if (index >= sampleCount) {
            return false;
        }
        double dtS = 1 / rateHz;
        double t = index / rateHz;
        phaseIndex = script.phaseIndexAt(t, phaseIndex);
        SessionScript.Phase phase = script.phases().get(phaseIndex);
        plan.advance(t);
        double left = plan.share(Side.LEFT);
        double right = plan.share(Side.RIGHT);
        double leftAlone = singleness(left);
        double rightAlone = singleness(right);
        double alone = Math.max(leftAlone, rightAlone);
        double driveTarget = 1;
        if (phase.kind() == SessionScript.Kind.LIFT) {
            double inHoldS = t - phase.startS();
            driveTarget = (1 + person.fatiguePerS() * inHoldS)
                    * (1 + TRANSIENT_EXTRA * Math.exp(-inHoldS / TRANSIENT_S));
        }
        // Smoothed, so that the sway grows within a moment of foot-off and shrinks after touchdown without a jump.
        drive += (driveTarget - drive) * driveFollow;

        // Weight swinging between the feet: weighted by the lighter foot so a foot at 0 stays at exactly 0.
        double swing = Ramps.softLimit(shareSwing.step(dtS, FootSway.TWO_LEG_HZ, shareSwingSigma), SHARE_SWING_LIMIT)
                * 2 * Math.min(left, right);
        double vert = Ramps.softLimit(vertical.step(dtS, VERTICAL_HZ,
                VERTICAL_TWO_LEG + (VERTICAL_ONE_LEG - VERTICAL_TWO_LEG) * alone), 0.1);
        chairShare += (phase.chairShare() - chairShare) * chairFollow;
        double chair = chairShare * (1 + CHAIR_WAVER * Math.tanh(chairWaver.step()))
                * (1 + (CHAIR_ONE_LEG_FACTOR - 1) * alone);
        double scaleN = person.bodyWeightN() * (1 + vert) * (1 - Math.min(chair, MAX_CHAIR_FRACTION));
        leftLoadN = (left - swing) * scaleN;
        rightLoadN = (right + swing) * scaleN;

        double lean = bodyAp.step(dtS, FootSway.TWO_LEG_HZ, person.swayTwoLegApM());
        leftSway.step(dtS, leftAlone, drive, lean, person);
        rightSway.step(dtS, rightAlone, drive, lean, person);
        double centreMl = person.placementMlM();
        double centreAp = person.placementApM();
        leftCopMlM = centreMl - person.footOffsetM() + leftSway.mlM();
        leftCopApM = centreAp + plan.apOffsetM(Side.LEFT) + leftSway.apM();
        rightCopMlM = centreMl + person.footOffsetM() + rightSway.mlM();
        rightCopApM = centreAp + plan.apOffsetM(Side.RIGHT) + rightSway.apM();

        // Lever rule per foot: a load L at (u, v) in half-spacings gives L/4 (1 -+ u +- v) to each cell.
        double ql = leftLoadN / 4;
        double qr = rightLoadN / 4;
        double ul = leftCopMlM / halfSpacingMlM;
        double vl = leftCopApM / halfSpacingApM;
        double ur = rightCopMlM / halfSpacingMlM;
        double vr = rightCopApM / halfSpacingApM;
        double noise = person.cellNoiseN();
        out.set(startNanos + Math.round(t * 1e9), index,
                ql * (1 - ul + vl) + qr * (1 - ur + vr) + noise * random.nextGaussian(),
                ql * (1 + ul + vl) + qr * (1 + ur + vr) + noise * random.nextGaussian(),
                ql * (1 - ul - vl) + qr * (1 - ur - vr) + noise * random.nextGaussian(),
                ql * (1 + ul - vl) + qr * (1 + ur - vr) + noise * random.nextGaussian(), 0);
        index++;
        return true;
    }

    /** 0 for a foot carrying half the weight or less, 1 for a foot carrying it all, smooth in between. */
    private static double singleness(double share) {
        return Ramps.smoothstep(2 * share - 1);
    }

    /**
     * Load on {@code foot} in the last sample {@link #next} produced, N, before cell noise: exactly 0 while the
     * foot is off the plate. For tests and tools checking the model; read on the thread that calls {@link #next}.
     */
    public double lastFootLoadN(Side foot) {
        return foot == Side.LEFT ? leftLoadN : rightLoadN;
    }

    /** ML position of {@code foot}'s centre of pressure on the plate in the last sample, m (+ = right). */
    public double lastFootCopMlM(Side foot) {
        return foot == Side.LEFT ? leftCopMlM : rightCopMlM;
    }

    /** AP position of {@code foot}'s centre of pressure on the plate in the last sample, m (+ = front). */
    public double lastFootCopApM(Side foot) {
        return foot == Side.LEFT ? leftCopApM : rightCopApM;
    }

    /**
     * The truth of this session: phases and single-leg holds. A hold runs from foot-off (the lift phase's start,
     * when the free foot's load reaches 0) to touchdown (its end, when the free foot, or its toes, bear load again)
     * or, stepping off from one leg, to the instant the total load starts to fall, or, kneeling, to the first instant
     * the outstretched foot or a hand bears weight beside the board ({@code support}). A toe touch or a support
     * followed by a lift splits the lift into two holds.
     */
    public GroundTruth groundTruth() {
        List<GroundTruth.HoldTruth> holds = new ArrayList<>();
        for (SessionScript.Phase p : script.phases()) {
            if (p.kind() == SessionScript.Kind.LIFT) {
                GroundTruth.Ending ending = switch (p.ending()) {
                    case STEP_OFF -> GroundTruth.Ending.STEP_OFF;
                    case SUPPORT -> GroundTruth.Ending.SUPPORT;
                    default -> GroundTruth.Ending.TOUCHDOWN;
                };
                holds.add(new GroundTruth.HoldTruth(p.stanceFoot(), p.startS(), p.endS(), ending));
            }
        }
        return new GroundTruth("plate", script.text(), seed, rateHz, sampleCount / rateHz,
                GroundTruth.phasesOf(script), holds);
    }
}
