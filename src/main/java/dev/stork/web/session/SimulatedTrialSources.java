package dev.stork.web.session;

import dev.stork.sensor.SampleSource;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.sensor.sim.SimulatedPlateSource;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.training.Leg;
import dev.stork.training.PrescribedTrial;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * A simulated person on a Wii-Balance-Board-sized plate doing each prescribed trial: steps on, stands on both feet,
 * lifts the other foot for between {@value #SHORTEST_FRACTION} and {@value #LONGEST_FRACTION} of the target (so
 * some trials reach it and some end by touchdown), puts it down and steps off. Same seed and attempt, same trial.
 */
public final class SimulatedTrialSources implements TrialSourceFactory {
    static final double SHORTEST_FRACTION = 0.6;
    static final double LONGEST_FRACTION = 1.3;
    private static final double SETTLE_S = 2.5;

    private final double rateHz;
    private final Pacing pacing;
    private final LongSupplier clockNanos;
    private final long seed;

    /**
     * @param rateHz     sample rate, Hz (50 to 1000)
     * @param pacing     real time (a person at the board) or fast (tests)
     * @param clockNanos monotonic clock, e.g. {@code System::nanoTime}
     * @param seed       random seed of the simulated person
     */
    public SimulatedTrialSources(double rateHz, Pacing pacing, LongSupplier clockNanos, long seed) {
        this.rateHz = rateHz;
        this.pacing = pacing;
        this.clockNanos = clockNanos;
        this.seed = seed;
    }

    @Override
    public String kind() {
        return "sim";
    }

    @Override
    public double rateHz() {
        return rateHz;
    }

    @Override
    public SampleSource forTrial(PrescribedTrial trial, int attempt) {
        long trialSeed = seed * 31 + attempt;
        Random random = new Random(trialSeed);
        double fraction = SHORTEST_FRACTION + (LONGEST_FRACTION - SHORTEST_FRACTION) * random.nextDouble();
        double holdS = Math.max(1.5, trial.target().amount() * fraction);
        String lifted = trial.leg() == Leg.RIGHT ? "left" : "right";
        String script = String.format(Locale.ROOT, "on 1; both %.1f; lift %s %.2f; touchdown; both 1.5; off",
                SETTLE_S, lifted, holdS);
        PlateGeometry plate = PlateGeometry.WII_BALANCE_BOARD;
        PlateSessionModel model = new PlateSessionModel(SessionScript.parse(script), PersonModel.typicalAdult(),
                rateHz, plate.cellSpacingMlM(), plate.cellSpacingApM(), trialSeed);
        return new SimulatedPlateSource(model, pacing, clockNanos);
    }
}
