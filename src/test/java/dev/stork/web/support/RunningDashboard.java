package dev.stork.web.support;

import dev.stork.sensor.sim.Pacing;
import dev.stork.store.Store;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.web.AccessToken;
import dev.stork.web.CalibrationWizard;
import dev.stork.web.DashboardConfig;
import dev.stork.web.DashboardServer;
import dev.stork.web.session.SimulatedTrialSources;
import dev.stork.web.session.TrialByTrialSession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** A real dashboard on port 0 over a simulated plate and a store in a temporary directory. */
public final class RunningDashboard implements AutoCloseable {
    /** Token used when the test asks for one. */
    public static final AccessToken TOKEN = new AccessToken("test-token-0123456789abcdefghijklmnopqrstuv");

    public final Store store;
    public final TrialByTrialSession session;
    public final DashboardServer server;
    /** The calibration wizard, or null. */
    public final CalibrationWizard calibration;

    /**
     * @param data      empty data directory
     * @param host      address to bind
     * @param withToken whether the token is required
     * @param exercise  the new person's plan, one catalogue id
     * @param rateHz    simulated sample rate, Hz
     * @param pacing    real time or fast
     */
    public RunningDashboard(Path data, String host, boolean withToken, String exercise, double rateHz,
                            Pacing pacing) {
        this(data, host, withToken, exercise, rateHz, pacing, null);
    }

    /** As above, with a calibration wizard (null: none). */
    public RunningDashboard(Path data, String host, boolean withToken, String exercise, double rateHz,
                            Pacing pacing, CalibrationWizard calibration) {
        store = Store.open(data);
        session = new TrialByTrialSession(store, ExerciseCatalogue.standard(), "tester", List.of(exercise),
                new SimulatedTrialSources(rateHz, pacing, System::nanoTime, 7), Clock.systemUTC(), System::nanoTime);
        this.calibration = calibration;
        server = DashboardServer.start(new DashboardConfig(host, 0, withToken ? TOKEN : null), session, calibration);
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
