package dev.stork.cli;

import dev.stork.sensor.sim.Pacing;
import dev.stork.store.DataDirectory;
import dev.stork.store.Store;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.web.AccessToken;
import dev.stork.web.AccessTokenFile;
import dev.stork.web.DashboardConfig;
import dev.stork.web.DashboardServer;
import dev.stork.web.TerminalQr;
import dev.stork.web.session.SimulatedTrialSources;
import dev.stork.web.session.TrialByTrialSession;
import dev.stork.web.session.TrialSourceFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stork serve}: the dashboard for a phone or tablet in front of the board. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs today's session on the board and serves the dashboard (live trial, session, history, "
                + "sensor health). Listens on 127.0.0.1 unless --host says otherwise; any other address needs "
                + "the access token Stork prints with the URL and a QR code.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--source", defaultValue = "sim", paramLabel = "SOURCE",
            description = "Where samples come from: sim (a simulated person on a plate). Default: ${DEFAULT-VALUE}.")
    String source;

    @Option(names = "--host", defaultValue = DashboardConfig.LOOPBACK, paramLabel = "ADDRESS",
            description = "Address to listen on; 0.0.0.0 for phones on the LAN. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "TCP port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (default: $STORK_DATA, else ~/.local/share/stork).")
    Path data;

    @Option(names = "--person", defaultValue = "me", paramLabel = "NAME",
            description = "Who trains; created with a starting plan when new. Default: ${DEFAULT-VALUE}.")
    String person;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Keep the access token in FILE (created, readable by you only, when missing) so the "
                    + "address on the tablet survives a restart. Default: a new token at every start.")
    Path tokenFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!source.equals("sim")) {
            err.println("stork serve: --source " + source + " is not available here; use --source sim");
            err.flush();
            return 2;
        }
        DashboardConfig config;
        try {
            config = new DashboardConfig(host, port, accessToken());
        } catch (IllegalArgumentException | IOException e) {
            err.println("stork serve: " + e.getMessage());
            err.flush();
            return 2;
        }
        TrialSourceFactory sources = new SimulatedTrialSources(100, Pacing.REAL_TIME, System::nanoTime,
                System.nanoTime());
        try (Store store = Store.open(DataDirectory.resolve(data))) {
            TrialByTrialSession session = new TrialByTrialSession(store, ExerciseCatalogue.standard(), person,
                    List.of("single-leg-stance"), sources, Clock.systemUTC(), System::nanoTime);
            try (DashboardServer server = DashboardServer.start(config, session)) {
                out.println("Stork dashboard: " + server.url());
                if (config.token() != null) {
                    out.println("Scan with the phone (same network):");
                    out.print(TerminalQr.render(server.url()));
                }
                out.println("Press Ctrl-C to stop.");
                out.flush();
                CountDownLatch stopped = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "stork-serve-stop"));
                stopped.await();
            } finally {
                session.close();
            }
        }
        return 0;
    }

    /** None on loopback; otherwise the kept one when a token file is given, else a fresh one. */
    private AccessToken accessToken() throws IOException {
        if (DashboardConfig.isLoopback(host)) {
            return null;
        }
        SecureRandom random = new SecureRandom();
        return tokenFile == null ? AccessToken.generate(random) : AccessTokenFile.loadOrCreate(tokenFile, random);
    }
}
