package dev.stork.web.support;

import dev.stork.board.TrialBoard;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.session.SessionClock;
import dev.stork.session.SimulatedTrialBoard;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Plan;
import dev.stork.web.AccessToken;
import dev.stork.web.CalibrationWizard;
import dev.stork.web.DashboardConfig;
import dev.stork.web.DashboardServer;
import dev.stork.web.session.RunnerSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** A real dashboard on port 0 over a board (usually simulated) and a store in a temporary directory. */
public final class RunningDashboard implements AutoCloseable {
    /** Token used when the test asks for one. */
    public static final AccessToken TOKEN = new AccessToken("test-token-0123456789abcdefghijklmnopqrstuv");
    /** Name of the person training. */
    public static final String PERSON = "tester";

    public final Store store;
    public final Person person;
    public final RunnerSession session;
    public final DashboardServer server;
    /** The calibration wizard, or null. */
    public final CalibrationWizard calibration;

    /**
     * @param data      empty data directory
     * @param host      address to bind
     * @param withToken whether the token is required
     * @param plan      the person's plan
     * @param board     the board trials run on
     * @param clock     the clock of the rests
     */
    public RunningDashboard(Path data, String host, boolean withToken, Plan plan, TrialBoard board,
                            SessionClock clock) {
        this(data, host, withToken, plan, board, clock, null);
    }

    /** As above, with a calibration wizard (null: none). */
    public RunningDashboard(Path data, String host, boolean withToken, Plan plan, TrialBoard board,
                            SessionClock clock, CalibrationWizard calibration) {
        store = Store.open(data);
        person = store.savePerson(PERSON, 0, null);
        store.savePlan(person.id(), plan, Instant.now());
        Path work;
        try {
            work = Files.createDirectories(data.resolve("raw"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        session = new RunnerSession(store, ExerciseCatalogue.standard(), board, "sim", clock, System::nanoTime,
                work, person);
        this.calibration = calibration;
        server = DashboardServer.start(new DashboardConfig(host, 0, withToken ? TOKEN : null), session, calibration);
    }

    /**
     * A dashboard over a simulated person who holds each trial for 0.6-1.3 times its target, with the catalogue's
     * starting plan of {@code exercise}.
     */
    public static RunningDashboard simulated(Path data, String host, boolean withToken, String exercise,
                                             double rateHz, Pacing pacing) {
        return simulated(data, host, withToken, exercise, rateHz, pacing, null);
    }

    /** As above, with a calibration wizard (null: none). */
    public static RunningDashboard simulated(Path data, String host, boolean withToken, String exercise,
                                             double rateHz, Pacing pacing, CalibrationWizard calibration) {
        return new RunningDashboard(data, host, withToken, Plan.starting(ExerciseCatalogue.standard(), exercise),
                SimulatedTrialBoard.holdingAroundTarget(PersonModel.typicalAdult(), rateHz, 7, pacing,
                        System::nanoTime),
                pacing == Pacing.FAST ? SessionClock.jumping() : SessionClock.system(), calibration);
    }

    /** Base URL on the loopback address, no token, ending in '/'. */
    public String base() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
        if (calibration != null) {
            calibration.close();
        }
        session.close();
        store.close();
    }
}
