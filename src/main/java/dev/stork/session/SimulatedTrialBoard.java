package dev.stork.session;

import dev.stork.board.TrialBoard;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.sensor.sim.SimulatedPlateSource;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.training.Exercise;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.ExerciseKind;
import dev.stork.training.Leg;
import dev.stork.training.PrescribedTrial;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import java.util.function.LongSupplier;

/**
 * A simulated person on a simulated Wii-sized plate who follows the session: steps on, stands on both legs for the
 * countdown, lifts the other foot and holds for as long as the performance says, then touches down and steps off,
 * one foot at a time, as people do ({@link #script}); for a kneeling exercise, kneels down on the board, takes the
 * other leg out to the side and holds until a hand or the knee comes down ({@link #kneelingScript}); or, for a
 * repetition exercise, gets into position and does as many repetitions as the performance says
 * ({@link #repetitionScript}). How each exercise is done comes from the standard programme.
 */
public final class SimulatedTrialBoard implements TrialBoard {
    /** Seconds on both legs before the lift: the detector's settling plus the countdown. */
    public static final double BOTH_LEGS_BEFORE_LIFT_S = 4;
    private final PersonModel person;
    private final double rateHz;
    private final long seed;
    private final Pacing pacing;
    /** Shortest hold of {@link #holdingAroundTarget}, as a share of the target. */
    public static final double SHORTEST_SHARE = 0.6;
    /** Longest hold of {@link #holdingAroundTarget}, as a share of the target. */
    public static final double LONGEST_SHARE = 1.3;
    private static final double SHORTEST_HOLD_S = 1.5;
    private final LongSupplier clockNanos;
    private final HoldLength holdS;
    private final ExerciseCatalogue programme = ExerciseCatalogue.standard();

    /** How long the simulated person holds a trial. */
    private interface HoldLength {
        double of(PrescribedTrial trial, int trialNumber);
    }

    /**
     * @param person       the simulated body
     * @param rateHz       sample rate, Hz
     * @param seed         random seed; trial k uses seed + k
     * @param pacing       real time or as fast as possible
     * @param clockNanos   monotonic clock for real-time pacing
     * @param holdSByTrial how long the person holds trial k (from 1), s
     */
    public SimulatedTrialBoard(PersonModel person, double rateHz, long seed, Pacing pacing, LongSupplier clockNanos,
                               IntToDoubleFunction holdSByTrial) {
        this(person, rateHz, seed, pacing, clockNanos, (trial, number) -> holdSByTrial.applyAsDouble(number));
    }

    private SimulatedTrialBoard(PersonModel person, double rateHz, long seed, Pacing pacing, LongSupplier clockNanos,
                                HoldLength holdS) {
        this.person = person;
        this.rateHz = rateHz;
        this.seed = seed;
        this.pacing = pacing;
        this.clockNanos = clockNanos;
        this.holdS = holdS;
    }

    /**
     * A person who holds each trial for between {@value #SHORTEST_SHARE} and {@value #LONGEST_SHARE} times its
     * target (at least 1.5 s), drawn from the seed and the trial's number: some trials reach the target, others
     * end by touchdown, as at a real board. Same seed, same session.
     */
    public static SimulatedTrialBoard holdingAroundTarget(PersonModel person, double rateHz, long seed, Pacing pacing,
                                                          LongSupplier clockNanos) {
        return new SimulatedTrialBoard(person, rateHz, seed, pacing, clockNanos, (trial, number) -> {
            // Mixed: the first draws of Randoms seeded with neighbouring numbers are nearly equal.
            double share = SHORTEST_SHARE + (LONGEST_SHARE - SHORTEST_SHARE)
                    * new Random((seed * 31 + number) * 0x9E3779B97F4A7C15L).nextDouble();
            return Math.max(SHORTEST_HOLD_S, trial.target().amount() * share);
        });
    }

    @Override
    public PlateGeometry geometry() {
        return PlateGeometry.WII_BALANCE_BOARD;
    }

    @Override
    public double rateHz() {
        return rateHz;
    }

    @Override
    public String calibrationId() {
        return null;
    }

    @Override
    public String sourceName() {
        return "simulation";
    }

    /**
     * The script the person follows in trial {@code trialNumber}, drawn from the seed as people move: one foot
     * onto the board first and the other 0.3 to 1.5 s later, in one trial of four a hesitation (the weight shifted
     * towards the standing leg and back) before the lift, and stepping off one foot after the other.
     */
    public String script(PrescribedTrial trial, int trialNumber) {
        Random random = new Random(seed * 131 + trialNumber);
        String lifted = trial.leg() == Leg.RIGHT ? "left" : "right";
        String first = random.nextBoolean() ? "left" : "right";
        double gapS = 0.3 + 1.2 * random.nextDouble();
        String beforeLift = String.format(Locale.ROOT, "both %.1f", BOTH_LEGS_BEFORE_LIFT_S);
        if (random.nextInt(4) == 0) {
            beforeLift = String.format(Locale.ROOT, "both %.1f; hesitate %s 0.8; both %.1f",
                    BOTH_LEGS_BEFORE_LIFT_S - 2.3, lifted, 1.5);
        }
        return String.format(Locale.ROOT, "on %.2f first=%s gap=%.2f; %s; lift %s %.2f; touchdown; both 1; "
                        + "off first=%s gap=%.2f", gapS + 0.8, first, gapS, beforeLift, lifted,
                holdS.of(trial, trialNumber), random.nextBoolean() ? "left" : "right", 0.2 + 0.6 * random.nextDouble());
    }

    /**
     * The script of a kneeling hold in trial {@code trialNumber}: kneeling down on the board one knee after the
     * other, kneeling upright for the countdown, then on the prescribed knee with the other leg out to the side,
     * its foot resting lightly on the floor (3 to 12 % of the weight), for as long as the performance says. A hold
     * short of its target ends as kneeling holds do: in two trials of three a hand or the outstretched foot comes
     * down and takes a tenth to a quarter of the weight, otherwise the knee comes back onto the board; then
     * kneeling upright a moment, and getting off.
     */
    public String kneelingScript(PrescribedTrial trial, int trialNumber) {
        Random random = new Random(seed * 139 + trialNumber);
        String outstretched = trial.leg() == Leg.RIGHT ? "left" : "right";
        double gapS = 0.4 + 1.1 * random.nextDouble();
        double heldS = holdS.of(trial, trialNumber);
        String end = heldS < trial.target().amount() && random.nextInt(3) > 0
                ? String.format(Locale.ROOT, "support 1.2 share=%.2f; both 1.5", 0.1 + 0.15 * random.nextDouble())
                : "touchdown; both 1.5";
        return String.format(Locale.ROOT, "on %.2f first=%s gap=%.2f; both %.1f; lift %s %.2f away=%.2f; %s; "
                        + "off first=%s gap=%.2f", gapS + 0.8, random.nextBoolean() ? "left" : "right", gapS,
                BOTH_LEGS_BEFORE_LIFT_S, outstretched, heldS, 0.03 + 0.09 * random.nextDouble(), end,
                random.nextBoolean() ? "left" : "right", 0.2 + 0.6 * random.nextDouble());
    }

    /**
     * How many repetitions the person does in a set: what the performance says (its seconds read as a count),
     * at least one and at most the target, after which the set is over.
     */
    public int repetitionsDone(PrescribedTrial trial, int trialNumber) {
        return (int) Math.max(1, Math.min(trial.target().amount(), Math.round(holdS.of(trial, trialNumber))));
    }

    /**
     * The script of a set of repetitions: stepping on one foot first (for a single-leg hinge the other foot goes to
     * the block behind the board; for a lateral lunge to the floor beside it), standing still for the countdown,
     * then {@link #repetitionsDone} repetitions at the person's own pace (1.8 to 3.2 s each, 80 to 115 % of full
     * depth, up to 0.8 s at the bottom and up to a second at the top), now and then a fidget between two, and
     * stepping off. A hinge moves the centre of pressure forward; a lunge loads the board's foot.
     */
    public String repetitionScript(PrescribedTrial trial, int trialNumber) {
        Random random = new Random(seed * 137 + trialNumber);
        String first = trial.leg() == Leg.LEFT ? "left" : "right";
        double gapS = 0.3 + 1.2 * random.nextDouble();
        boolean lunge = trial.exerciseId().contains("lunge");
        String alone = trial.leg() == Leg.BOTH ? "" : String.format(Locale.ROOT, " alone=%.2f", lunge ? 0.5 : 0.82);
        String motion = lunge ? "load=0.35 forward=0.01" : trial.leg() == Leg.BOTH ? "load=0 forward=0.05"
                : "load=0.12 forward=0.04";
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "on %.2f first=%s gap=%.2f%s; both %.1f",
                gapS + 0.8, first, gapS, alone, BOTH_LEGS_BEFORE_LIFT_S + 0.8));
        int reps = repetitionsDone(trial, trialNumber);
        for (int r = 1; r <= reps; r++) {
            double repS = 1.8 + 1.4 * random.nextDouble();
            s.append(String.format(Locale.ROOT, "; rep %.2f depth=%.2f %s hold=%.2f", repS,
                    0.8 + 0.35 * random.nextDouble(), motion, 0.8 * random.nextDouble()));
            if (r < reps) {
                if (r >= 2 && random.nextInt(6) == 0) {
                    s.append(String.format(Locale.ROOT, "; both 0.5; rep 1 depth=0.15 %s", motion));
                }
                s.append(String.format(Locale.ROOT, "; both %.2f", 0.1 + random.nextDouble()));
            }
        }
        s.append(String.format(Locale.ROOT, "; both 1; off first=%s gap=%.2f", first, 0.2 + 0.6 * random.nextDouble()));
        return s.toString();
    }

    @Override
    public SampleSource open(PrescribedTrial trial, int trialNumber) {
        PlateGeometry geometry = geometry();
        ExerciseKind kind = programme.find(trial.exerciseId()).map(Exercise::kind)
                .orElse(trial.target().isHold() ? ExerciseKind.HOLD : ExerciseKind.REPETITIONS);
        String script = switch (kind) {
            case KNEELING_HOLD -> kneelingScript(trial, trialNumber);
            case REPETITIONS -> repetitionScript(trial, trialNumber);
            case HOLD, LOGGED -> script(trial, trialNumber);
        };
        PlateSessionModel model = new PlateSessionModel(SessionScript.parse(script), person,
                rateHz, geometry.cellSpacingMlM(), geometry.cellSpacingApM(), seed + trialNumber);
        return new SimulatedPlateSource(model, pacing, clockNanos);
    }
}
