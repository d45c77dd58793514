package dev.stork.cli;

import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.spec.SourceSpec;
import dev.stork.session.SimulatedTrialBoard;
import dev.stork.session.TrialBoard;
import java.util.function.IntToDoubleFunction;

/** The board a session in the terminal runs on, built from its {@code --source} spec. */
final class SessionBoards {
    /** Sample rate of the simulated plate, Hz. */
    static final double SIMULATED_RATE_HZ = 100;

    /**
     * What the simulated person does, used only for {@code --source sim}.
     *
     * @param fast   as fast as possible instead of in real time
     * @param seed   random seed of the sway
     * @param holdsS how long the person holds trial k (from 1), s
     */
    record Simulation(boolean fast, long seed, IntToDoubleFunction holdsS) {
    }

    private SessionBoards() {
    }

    /**
     * The board of {@code spec}.
     *
     * @throws IllegalArgumentException naming the spec, what is wrong and what to use instead
     */
    static TrialBoard open(String spec, Simulation simulation) {
        SourceSpec source = SourceSpec.parse(spec);
        if (simulation.fast() && source.kind() != SourceSpec.Kind.SIM_PLATE) {
            throw new IllegalArgumentException("--fast works only with --source sim: a real person on a real board "
                    + "takes real time");
        }
        return switch (source.kind()) {
            case SIM_PLATE -> simulated(simulation);
            default -> throw new IllegalArgumentException("--source " + source + ": sessions run only on the "
                    + "simulated plate (sim) so far; a real board can be watched with 'stork run --source " + source
                    + "'");
        };
    }

    private static TrialBoard simulated(Simulation simulation) {
        long t0 = System.nanoTime();
        return new SimulatedTrialBoard(PersonModel.typicalAdult(), SIMULATED_RATE_HZ, simulation.seed(),
                simulation.fast() ? Pacing.FAST : Pacing.REAL_TIME, () -> System.nanoTime() - t0,
                simulation.holdsS());
    }
}
