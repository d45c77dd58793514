package dev.stork.sensor.sim;

import dev.stork.sensor.PlateSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A person on a four-cell plate following a {@link SessionScript}, sample by sample.
 *
 * <p>The COP is the sum of a posture (centre on two legs, the stance foot's centre on one leg) and sway from two
 * {@link SwayOscillator}s. On one leg sway is larger and faster, larger still in the first second after lift-off,
 * and grows with fatigue; it is limited to the foot's area. The weight shifts onto the stance foot in the
 * {@value #WEIGHT_SHIFT_S} s before the foot leaves the plate (the hold's true start) and back in the same time
 * after touchdown (the hold's true end). Stepping on loads the plate in {@value #STEP_ON_S} s; stepping off
 * unloads it in {@value #STEP_OFF_S} s from the true end. The vertical force fluctuates by about 1 % and every
 * cell adds white noise. The same seed gives the same samples.
 *
 * <p>Single-threaded; {@link #next} allocates nothing.
 */
public final class PlateSessionModel {
    /** Time to shift the weight onto the stance foot before lift-off, and back after touchdown, s. */
    public static final double WEIGHT_SHIFT_S = 0.2;
    /** Time to load the plate when stepping on, s. */
    public static final double STEP_ON_S = 0.5;
    /** Time to unload the plate when stepping off, s. */
    public static final double STEP_OFF_S = 0.3;
    private static final double TWO_LEG_SWAY_HZ = 0.4;
    private static final double SINGLE_LEG_SWAY_HZ = 0.8;
    private static final double FOOT_HALF_WIDTH_M = 0.03;
    private static final double FOOT_HALF_LENGTH_M = 0.08;

    private final SessionScript script;
    private final PersonModel person;
    private final double rateHz;
    private final long seed;
    private final double halfSpacingMlM;
    private final double halfSpacingApM;
    private final Random random;
    private final SwayOscillator swayMl;
    private final SwayOscillator swayAp;
    private final SwayOscillator vertical;
    private final long sampleCount;
    private long index;
    private int phaseIndex;

    /**
     * @param script         what the person does
     * @param person         the person and sensor noise
     * @param rateHz         sample rate, Hz (50 to 1000)
     * @param cellSpacingMlM distance between left and right cells, m
     * @param cellSpacingApM distance between front and back cells, m
     * @param seed           random seed
     */
    public PlateSessionModel(SessionScript script, PersonModel person, double rateHz, double cellSpacingMlM,
                             double cellSpacingApM, long seed) {
        if (!(rateHz >= 50 && rateHz <= 1000)) {
            throw new IllegalArgumentException("simulated rate must be 50..1000 Hz, got " + rateHz);
        }
        this.script = script;
        this.person = person;
        this.rateHz = rateHz;
        this.seed = seed;
        this.halfSpacingMlM = cellSpacingMlM / 2;
        this.halfSpacingApM = cellSpacingApM / 2;
        this.random = new Random(seed);
        this.swayMl = new SwayOscillator(random);
        this.swayAp = new SwayOscillator(random);
        this.vertical = new SwayOscillator(random);
        this.sampleCount = (long) Math.floor(script.durationS() * rateHz);
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
     *
     * @return false when the session is over ({@code out} untouched)
     */
    public boolean next(PlateSample out, long startNanos) {
        if (index >= sampleCount) {
            return false;
        }
        double dtS = 1 / rateHz;
        double t = index * dtS;
        phaseIndex = script.phaseIndexAt(t, phaseIndex);
        SessionScript.Phase phase = script.phases().get(phaseIndex);
        double load = loadFraction(phase, t);
        double postureMlM = postureMl(phase, t);
        boolean singleLeg = phase.kind() == SessionScript.Kind.LIFT;
        double swayScale = 1;
        if (singleLeg) {
            double inHoldS = t - phase.startS();
            swayScale = (1 + person.fatiguePerS() * inHoldS) * (1 + 1.5 * Math.exp(-inHoldS / 0.6));
        }
        double ml = swayMl.step(dtS, singleLeg ? SINGLE_LEG_SWAY_HZ : TWO_LEG_SWAY_HZ,
                swayScale * (singleLeg ? person.swaySingleLegMlM() : person.swayTwoLegMlM()));
        double ap = swayAp.step(dtS, singleLeg ? SINGLE_LEG_SWAY_HZ : TWO_LEG_SWAY_HZ,
                swayScale * (singleLeg ? person.swaySingleLegApM() : person.swayTwoLegApM()));
        double vert = vertical.step(dtS, 2.0, singleLeg ? 0.015 : 0.006);
        double copMl = postureMlM + Ramps.softLimit(ml, singleLeg ? FOOT_HALF_WIDTH_M : 2 * FOOT_HALF_WIDTH_M);
        double copAp = Ramps.softLimit(ap, FOOT_HALF_LENGTH_M);
        double totalN = person.bodyWeightN() * load * (1 + vert);
        double u = copMl / halfSpacingMlM;
        double v = copAp / halfSpacingApM;
        double quarter = totalN / 4;
        double noise = person.cellNoiseN();
        out.set(startNanos + Math.round(t * 1e9), index,
                quarter * (1 - u + v) + noise * random.nextGaussian(),
                quarter * (1 + u + v) + noise * random.nextGaussian(),
                quarter * (1 - u - v) + noise * random.nextGaussian(),
                quarter * (1 + u - v) + noise * random.nextGaussian(), 0);
        index++;
        return true;
    }

    private static double loadFraction(SessionScript.Phase phase, double t) {
        return switch (phase.kind()) {
            case EMPTY -> 0;
            case ON -> Ramps.smoothstep((t - phase.startS()) / STEP_ON_S);
            case OFF -> 1 - Ramps.smoothstep((t - phase.startS()) / STEP_OFF_S);
            case BOTH, LIFT -> 1;
        };
    }

    private double postureMl(SessionScript.Phase phase, double t) {
        if (phase.kind() == SessionScript.Kind.LIFT) {
            return footCentreMl(phase.stanceFoot());
        }
        List<SessionScript.Phase> phases = script.phases();
        if (phaseIndex > 0) {
            SessionScript.Phase previous = phases.get(phaseIndex - 1);
            if (previous.kind() == SessionScript.Kind.LIFT) {
                double from = footCentreMl(previous.stanceFoot());
                if (previous.ending() == SessionScript.Ending.STEP_OFF) {
                    return from;
                }
                return from * (1 - Ramps.smoothstep((t - phase.startS()) / WEIGHT_SHIFT_S));
            }
        }
        if (phaseIndex + 1 < phases.size()) {
            SessionScript.Phase next = phases.get(phaseIndex + 1);
            if (next.kind() == SessionScript.Kind.LIFT) {
                double to = footCentreMl(next.stanceFoot());
                return to * Ramps.smoothstep((t - (next.startS() - WEIGHT_SHIFT_S)) / WEIGHT_SHIFT_S);
            }
        }
        return 0;
    }

    private double footCentreMl(Side stanceFoot) {
        return stanceFoot == Side.RIGHT ? person.footOffsetM() : -person.footOffsetM();
    }

    /** The truth of this session: phases and single-leg holds. */
    public GroundTruth groundTruth() {
        List<GroundTruth.HoldTruth> holds = new ArrayList<>();
        for (SessionScript.Phase p : script.phases()) {
            if (p.kind() == SessionScript.Kind.LIFT) {
                holds.add(new GroundTruth.HoldTruth(p.stanceFoot(), p.startS(), p.endS(),
                        p.ending() == SessionScript.Ending.STEP_OFF ? GroundTruth.Ending.STEP_OFF
                                : GroundTruth.Ending.TOUCHDOWN));
            }
        }
        return new GroundTruth("plate", script.text(), seed, rateHz, sampleCount / rateHz,
                GroundTruth.phasesOf(script), holds);
    }
}
