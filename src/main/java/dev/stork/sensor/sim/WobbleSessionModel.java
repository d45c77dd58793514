package dev.stork.sensor.sim;

import dev.stork.sensor.ImuSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A person on an IMU wobble board following a {@link SessionScript}, sample by sample.
 *
 * <p>The board rests on its rim (tilted just past the edge angle) while nobody balances it: when empty, while
 * stepping on ({@code on}), after stepping off, and for {@value #EDGE_DWELL_S} s after a {@code touchdown} (the rim
 * touched the floor and the person levels the board again). In {@code both}, {@code hesitate} (balancing on two
 * legs) and {@code lift} phases the person keeps the rim off the floor: the tilt is sway from two
 * {@link SwayOscillator}s (roll = ML, pitch = AP), larger on one leg and growing with fatigue, softly limited a few
 * degrees inside the edge. A balancing run starts with a {@value #LEVEL_S} s move from the rim to level (the true
 * start is the run's first sample) and ends, on touchdown, toe touch or step-off, with a {@value #TO_EDGE_S} s move
 * onto the rim that reaches it at the true end. A {@code toe} phase is the rim touching the floor for its duration;
 * the next {@code lift} or {@code both} levels the board again at once. A hand on a {@code chair} steadies the
 * board: sway is smaller by the chair's share.
 *
 * <p>The IMU (x to the right, y to the front, z up) reads gravity rotated into the board's frame plus white noise,
 * and the rates of change of the two tilt angles plus noise. Single-threaded; {@link #next} allocates nothing.
 */
public final class WobbleSessionModel {
    /** Time the rim stays on the floor after a touchdown before the person levels the board again, s. */
    public static final double EDGE_DWELL_S = 0.5;
    /** Time to bring the board from its rim to level, s. */
    public static final double LEVEL_S = 0.3;
    /** Time to tip the board onto its rim at a touchdown or step-off, s. */
    public static final double TO_EDGE_S = 0.25;
    private static final double SWAY_HZ = 0.6;
    private static final double REST_PAST_EDGE_DEG = 0.5;
    private static final double SWAY_LIMIT_INSIDE_EDGE_DEG = 4;

    private final SessionScript script;
    private final PersonModel person;
    private final double rateHz;
    private final long seed;
    private final Random random;
    private final SwayOscillator roll;
    private final SwayOscillator pitch;
    private final long sampleCount;
    private final double[] runStartS;
    private final double[] runEndS;
    private final double[] restRollSign;
    private long index;
    private int run;
    private int phaseIndex;
    private double lastRollRad;
    private double lastPitchRad;

    /**
     * @param script what the person does
     * @param person the person, board and sensor noise
     * @param rateHz sample rate, Hz (50 to 1000)
     * @param seed   random seed
     */
    public WobbleSessionModel(SessionScript script, PersonModel person, double rateHz, long seed) {
        if (!(rateHz >= 50 && rateHz <= 1000)) {
            throw new IllegalArgumentException("simulated rate must be 50..1000 Hz, got " + rateHz);
        }
        this.script = script;
        this.person = person;
        this.rateHz = rateHz;
        this.seed = seed;
        this.random = new Random(seed);
        this.roll = new SwayOscillator(random);
        this.pitch = new SwayOscillator(random);
        // A hair over the product, so that 5.1 s at 200 Hz is 1020 samples and not 1019.
        this.sampleCount = (long) Math.floor(script.durationS() * rateHz + 1e-6);
        List<double[]> runs = balancingRuns(script);
        runStartS = new double[runs.size()];
        runEndS = new double[runs.size()];
        restRollSign = new double[runs.size() + 1];
        for (int i = 0; i < runs.size(); i++) {
            runStartS[i] = runs.get(i)[0];
            runEndS[i] = runs.get(i)[1];
        }
        for (int i = 0; i < restRollSign.length; i++) {
            restRollSign[i] = random.nextBoolean() ? 1 : -1;
        }
        lastRollRad = restRollSign[0] * restTiltRad();
    }

    private static List<double[]> balancingRuns(SessionScript script) {
        List<double[]> runs = new ArrayList<>();
        double start = Double.NaN;
        double end = 0;
        boolean afterTouchdown = false;
        for (SessionScript.Phase p : script.phases()) {
            if (p.kind() == SessionScript.Kind.CHAIR) {
                continue;
            }
            boolean balancing = p.kind() == SessionScript.Kind.BOTH || p.kind() == SessionScript.Kind.LIFT
                    || p.kind() == SessionScript.Kind.HESITATE;
            if (balancing && Double.isNaN(start)) {
                start = p.startS() + (afterTouchdown ? EDGE_DWELL_S : 0);
            }
            if (balancing) {
                end = p.endS();
            }
            boolean touchdown = p.kind() == SessionScript.Kind.LIFT && p.ending() == SessionScript.Ending.TOUCHDOWN;
            if (!Double.isNaN(start) && (!balancing || touchdown)) {
                if (end > start) {
                    runs.add(new double[] {start, end});
                }
                start = Double.NaN;
            }
            afterTouchdown = touchdown;
        }
        if (!Double.isNaN(start) && end > start) {
            runs.add(new double[] {start, end});
        }
        return runs;
    }

    private double restTiltRad() {
        return Math.toRadians(person.wobbleEdgeDeg() + REST_PAST_EDGE_DEG);
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
     * Fills {@code out} with the next sample (m/s², rad/s), time {@code startNanos} plus the sample's offset.
     *
     * @return false when the session is over ({@code out} untouched)
     */
    public boolean next(ImuSample out, long startNanos) {
        if (index >= sampleCount) {
            return false;
        }
        double dtS = 1 / rateHz;
        double t = index * dtS;
        while (run < runStartS.length && t >= runEndS[run]) {
            run++;
        }
        boolean singleLeg = inLift(t);
        phaseIndex = script.phaseIndexAt(t, phaseIndex);
        double steadying = 1 - script.phases().get(phaseIndex).chairShare();
        double sigmaRad = Math.toRadians(person.wobbleSwayDeg()) * (singleLeg ? 1.7 : 1) * steadying
                * (1 + person.fatiguePerS() * Math.max(0, t - (run < runStartS.length ? runStartS[run] : t)));
        double swayRoll = roll.step(dtS, SWAY_HZ, sigmaRad);
        double swayPitch = pitch.step(dtS, SWAY_HZ, sigmaRad);
        double limitRad = Math.toRadians(person.wobbleEdgeDeg() - SWAY_LIMIT_INSIDE_EDGE_DEG);
        double magnitude = Math.hypot(swayRoll, swayPitch);
        double scale = magnitude > 0 ? Ramps.softLimit(magnitude, limitRad) / magnitude : 1;
        double balancedRoll = swayRoll * scale;
        double balancedPitch = swayPitch * scale;
        double restRoll = restRollSign[run] * restTiltRad();
        double rollRad;
        double pitchRad;
        if (run < runStartS.length && t >= runStartS[run]) {
            double toLevel = Ramps.smoothstep((t - runStartS[run]) / LEVEL_S);
            double toEdge = Ramps.smoothstep((t - (runEndS[run] - TO_EDGE_S)) / TO_EDGE_S);
            double restRollEnd = restRollSign[run + 1] * restTiltRad();
            rollRad = restRoll + (balancedRoll - restRoll) * toLevel;
            rollRad += (restRollEnd - rollRad) * toEdge;
            pitchRad = balancedPitch * toLevel * (1 - toEdge);
        } else {
            rollRad = restRoll;
            pitchRad = 0;
        }
        double g = PersonModel.GRAVITY_MPS2;
        double accelNoise = person.accelNoiseMps2();
        double gyroNoise = person.gyroNoiseRadPs();
        // Gravity in the board frame for a roll about the AP (y) axis followed by a pitch about the ML (x) axis.
        out.set(startNanos + Math.round(t * 1e9), index,
                -g * Math.sin(rollRad) + accelNoise * random.nextGaussian(),
                g * Math.sin(pitchRad) * Math.cos(rollRad) + accelNoise * random.nextGaussian(),
                g * Math.cos(pitchRad) * Math.cos(rollRad) + accelNoise * random.nextGaussian(),
                (pitchRad - lastPitchRad) * rateHz + gyroNoise * random.nextGaussian(),
                (rollRad - lastRollRad) * rateHz + gyroNoise * random.nextGaussian(),
                gyroNoise * random.nextGaussian());
        lastRollRad = rollRad;
        lastPitchRad = pitchRad;
        index++;
        return true;
    }

    private boolean inLift(double t) {
        List<SessionScript.Phase> phases = script.phases();
        for (int i = 0; i < phases.size(); i++) {
            SessionScript.Phase p = phases.get(i);
            if (p.kind() == SessionScript.Kind.LIFT && t >= p.startS() && t < p.endS()) {
                return true;
            }
        }
        return false;
    }

    /** The truth of this session: phases, and the runs during which the rim stayed off the floor. */
    public GroundTruth groundTruth() {
        List<GroundTruth.HoldTruth> holds = new ArrayList<>();
        for (int i = 0; i < runStartS.length; i++) {
            Side stanceFoot = null;
            for (SessionScript.Phase p : script.phases()) {
                if (p.kind() == SessionScript.Kind.LIFT && p.startS() <= runStartS[i] + 1e-9
                        && p.endS() >= runEndS[i] - 1e-9) {
                    stanceFoot = p.stanceFoot();
                }
            }
            boolean lastSample = runEndS[i] >= sampleCount / rateHz - 1e-9;
            holds.add(new GroundTruth.HoldTruth(stanceFoot, runStartS[i], runEndS[i],
                    lastSample ? GroundTruth.Ending.END_OF_SESSION : GroundTruth.Ending.EDGE_CONTACT));
        }
        return new GroundTruth("imu", script.text(), seed, rateHz, sampleCount / rateHz,
                GroundTruth.phasesOf(script), holds);
    }
}
