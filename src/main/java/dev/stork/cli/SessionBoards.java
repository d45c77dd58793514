package dev.stork.cli;

import dev.stork.board.BoardFeed;
import dev.stork.board.BoardSetupException;
import dev.stork.board.LiveTrialBoard;
import dev.stork.board.TrialBoard;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.spec.SourceSpec;
import dev.stork.session.SimulatedTrialBoard;
import java.nio.file.Path;
import java.util.function.IntToDoubleFunction;

/**
 * The board a session in the terminal runs on, built from its {@code --source} spec: the simulated person for
 * {@code sim}, otherwise the real plate, kept open for the whole session ({@link LiveTrialBoard}).
 */
final class SessionBoards {
    /** Sample rate of the simulated plate, Hz. */
    static final double SIMULATED_RATE_HZ = 100;

    /**
     * What the simulated person does, used only for {@code --source sim}.
     *
     * @param fast   as fast as possible instead of in real time
     * @param seed   random seed of the sway
     * @param holdsS how long the person holds trial k (from 1), s; null for 0.6-1.3 times each trial's target
     */
    record Simulation(boolean fast, long seed, IntToDoubleFunction holdsS) {

        /** A person in real time who holds each trial for 0.6-1.3 times its target, as the seed draws. */
        static Simulation aroundTheTarget(long seed) {
            return new Simulation(false, seed, null);
        }
    }

    private SessionBoards() {
    }

    /**
     * The board of {@code spec}; a real one is opened now and waited for, and must be given back to
     * {@link #close}.
     *
     * @param dataDirectory Stork's data directory, where a real plate's calibration is looked up by its id
     * @throws IllegalArgumentException naming the spec, what is wrong and what to use instead
     * @throws BoardSetupException      a real board that does not answer, has no calibration or is not a plate
     * @throws InterruptedException     when interrupted while waiting for the board
     */
    static TrialBoard open(String spec, Simulation simulation, Path dataDirectory)
            throws BoardSetupException, InterruptedException {
        return open(spec, simulation, dataDirectory, BoardFeed.MissingCalibration.REFUSE);
    }

    /**
     * As {@link #open(String, Simulation, Path)}, choosing what happens to a real plate without its calibration:
     * refused (a terminal session), or opened uncalibrated for the dashboard to calibrate.
     */
    static TrialBoard open(String spec, Simulation simulation, Path dataDirectory,
                           BoardFeed.MissingCalibration missing) throws BoardSetupException, InterruptedException {
        SourceSpec source = parse(spec, simulation);
        if (source.kind() == SourceSpec.Kind.SIM_PLATE) {
            return simulated(simulation);
        }
        return LiveTrialBoard.open(source.text(), dataDirectory, missing);
    }

    private static SourceSpec parse(String spec, Simulation simulation) {
        SourceSpec source = SourceSpec.parse(spec);
        if (simulation.fast() && source.kind() != SourceSpec.Kind.SIM_PLATE) {
            throw new IllegalArgumentException("--fast works only with --source sim: a real person on a real board "
                    + "takes real time");
        }
        return source;
    }

    /** Releases the device of a real board; nothing to do for the simulation. */
    static void close(TrialBoard board) {
        if (board instanceof LiveTrialBoard live) {
            live.close();
        }
    }

    private static TrialBoard simulated(Simulation simulation) {
        long t0 = System.nanoTime();
        if (simulation.holdsS() == null) {
            return SimulatedTrialBoard.holdingAroundTarget(PersonModel.typicalAdult(), SIMULATED_RATE_HZ,
                    simulation.seed(), simulation.fast() ? Pacing.FAST : Pacing.REAL_TIME, () -> System.nanoTime() - t0);
        }
        return new SimulatedTrialBoard(PersonModel.typicalAdult(), SIMULATED_RATE_HZ, simulation.seed(),
                simulation.fast() ? Pacing.FAST : Pacing.REAL_TIME, () -> System.nanoTime() - t0,
                simulation.holdsS());
    }
}
