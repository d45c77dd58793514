package dev.stork.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stork.board.BoardFeed;
import dev.stork.board.BoardHealth;
import dev.stork.board.BoardSetupException;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.ImuSample;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.spec.SourceOpener;
import dev.stork.sensor.spec.SourceSpec;
import dev.stork.signal.stance.PlateStanceConfig;
import dev.stork.signal.stance.WobbleHoldConfig;
import dev.stork.trial.LiveSnapshot;
import dev.stork.trial.PlatePipeline;
import dev.stork.trial.TrialResult;
import dev.stork.trial.WobblePipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stork run --source SPEC}: a live session on one board, printing each hold as it ends, the board's health
 * as it changes, and a summary at the end; with {@code --json}, one object at the end whose fields docs/formats.md
 * lists. Holds' times count from the run's first sample.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a live session on one board and print each single-leg hold as it ends.",
            "SPEC: " + SourceSpec.FORMS})
public final class RunCommand implements Callable<Integer> {
    /** Edge angle of a wobble board when none is configured, degrees. */
    static final double DEFAULT_EDGE_DEG = 15;

    @Option(names = "--source", required = true, paramLabel = "SPEC", description = "the board to read (see stork sources), or "
            + "file:REC.csv[,speed=fast] to replay a recording as a live board")
    String source;

    @Option(names = "--seconds", paramLabel = "N", description = "stop after N seconds (default: until the board "
            + "stops or Ctrl-C)")
    Double seconds;

    @Option(names = "--target", paramLabel = "S", defaultValue = "15",
            description = "hold target in seconds (default ${DEFAULT-VALUE})")
    double targetS;

    @Option(names = "--data", paramLabel = "DIR", description = "data directory with the calibration profiles "
            + "(default $STORK_DATA or ~/.local/share/stork)")
    Path data;

    @Option(names = "--connect-timeout", paramLabel = "S", defaultValue = "10",
            description = "how long to wait for the board to answer, in seconds (default ${DEFAULT-VALUE})")
    double connectTimeoutS;

    @Option(names = "--seed", defaultValue = "1", description = "seed of a simulated board (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print one JSON object at the end instead of lines as things happen")
    boolean json;

    @Option(names = "--fast", description = "a simulated board (sim, sim:imu) plays its whole session as fast as "
            + "possible instead of in real time; the times it reports stay the session's own (--seconds still counts "
            + "the wall clock)")
    boolean fast;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceSpec sourceSpec;
        SampleSource board;
        try {
            sourceSpec = SourceSpec.parse(source);
            if (fast && !simulated(sourceSpec)) {
                throw new IllegalArgumentException("--fast is for a simulated board (sim, sim:imu); "
                        + sourceSpec + " delivers at its own pace" + (sourceSpec.kind() == SourceSpec.Kind.FILE
                        ? " (a recording replays fast with " + sourceSpec + ",speed=fast)" : ""));
            }
            board = SourceOpener.open(sourceSpec, seed, fast ? Pacing.FAST : Pacing.REAL_TIME);
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("stork run: " + e.getMessage());
            return 2;
        }
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        ProfileDirectory profiles = new ProfileDirectory(ProfileDirectory.defaultDirectory(data, System.getenv(),
                Path.of(System.getProperty("user.home"))));
        AtomicReference<Supplier<LiveSnapshot>> snapshots = new AtomicReference<>();
        FirstSample first = new FirstSample();
        BoardFeed feed;
        try {
            feed = BoardFeed.start(board, source, profiles, Duration.ofMillis(Math.round(connectTimeoutS * 1000)),
                    setup -> pipeline(setup, events, snapshots, first));
        } catch (BoardSetupException e) {
            err.println("stork run: " + e.getMessage());
            return 2;
        }
        // From the board's opening, as the samples are counted: a simulated board catches up on the time spent
        // identifying it.
        long startNanos = feed.startedNanos();
        long stopNanos = seconds == null ? Long.MAX_VALUE : startNanos + Math.round(seconds * 1e9);
        List<TrialResult> trials = new ArrayList<>();
        List<HealthEvent> health = new ArrayList<>();
        String boardName = feed.setup().description().name();
        if (!json) {
            out.println("Reading " + boardName + (seconds == null ? "" : String.format(Locale.ROOT,
                    " for %.0f s", seconds)) + ". Stand on the board; lift one foot to start a hold.");
            out.flush();
        }
        long nextStatusNanos = startNanos + 5_000_000_000L;
        while (true) {
            long now = System.nanoTime();
            if (now >= stopNanos) {
                feed.stop();
            }
            Object event = events.poll(Math.max(1, Math.min(stopNanos - now, 200_000_000L)), TimeUnit.NANOSECONDS);
            if (event == Ended.INSTANCE) {
                break;
            }
            if (event instanceof TrialResult trial) {
                trials.add(trial);
                if (!json) {
                    out.println(describe(trials.size(), trial));
                }
            } else if (event instanceof HealthEvent h) {
                health.add(h);
                if (!json) {
                    out.println("  [" + h.kind().name().toLowerCase(Locale.ROOT) + "] " + h.message());
                }
            }
            if (!json && System.nanoTime() >= nextStatusNanos) {
                out.println("  " + status(feed, snapshots.get(), startNanos));
                nextStatusNanos += 5_000_000_000L;
            }
            out.flush();
        }
        feed.close();
        double elapsedS = (System.nanoTime() - startNanos) / 1e9;
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(summaryJson(sourceSpec, feed, trials, health, elapsedS, first)));
        } else {
            out.printf(Locale.ROOT, "%d hold(s) in %.1f s. %s%n", trials.size(), elapsedS,
                    status(feed, snapshots.get(), startNanos));
        }
        out.flush();
        return 0;
    }

    /**
     * The pipeline for the identified board, wrapped to copy holds, health events and the end to the command's
     * queue; built on the board's acquisition thread.
     */
    private SampleListener pipeline(BoardFeed.Setup setup, BlockingQueue<Object> events,
                                    AtomicReference<Supplier<LiveSnapshot>> snapshots, FirstSample first) {
        if (setup.description().kind() == SourceDescription.BoardKind.IMU_WOBBLE_BOARD) {
            WobblePipeline pipeline = new WobblePipeline(setup.rateHz(),
                    WobbleHoldConfig.defaults(DEFAULT_EDGE_DEG, targetS), events::add);
            snapshots.set(pipeline::snapshot);
            return new Tee(pipeline, events, first);
        }
        PlatePipeline pipeline = new PlatePipeline(setup.geometry(), setup.rateHz(),
                PlateStanceConfig.defaults(targetS), events::add);
        snapshots.set(pipeline::snapshot);
        return new Tee(pipeline, events, first);
    }

    private static boolean simulated(SourceSpec spec) {
        return spec.kind() == SourceSpec.Kind.SIM_PLATE || spec.kind() == SourceSpec.Kind.SIM_WOBBLE_BOARD;
    }

    private static String describe(int number, TrialResult trial) {
        return String.format(Locale.ROOT, "Hold %d: %s leg, %.1f s, ended by %s; sway %.1f %s, area %.1f %s",
                number, HoldJson.legName(trial.stanceLeg()), trial.holdS(),
                HoldJson.reasonName(trial.endReason()), trial.sway().meanVelocityDisplay(),
                trial.sway().unit() == dev.stork.trial.SwaySummary.Unit.METRES ? "cm/s" : "°/s",
                trial.sway().ellipseAreaDisplay(),
                trial.sway().unit() == dev.stork.trial.SwaySummary.Unit.METRES ? "cm²" : "deg²");
    }

    private static String status(BoardFeed feed, Supplier<LiveSnapshot> snapshots, long startNanos) {
        double elapsedS = (System.nanoTime() - startNanos) / 1e9;
        BoardHealth health = feed.health();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Health: %.1f samples/s achieved",
                health.samples() / Math.max(elapsedS, 1e-9)));
        if (feed.source().linkStats().isPresent()) {
            text.append(String.format(Locale.ROOT, ", %d lost, %d duplicates, %d corrupt frames (CRC), "
                    + "%d reconnections", health.lostSamples(), health.duplicates(), health.corruptFrames(),
                    health.reconnections()));
        }
        if (health.dataGaps() > 0) {
            text.append(String.format(Locale.ROOT, ", %d gap(s) in the data (%.1f s without data)",
                    health.dataGaps(), health.dataGapS()));
        }
        LiveSnapshot snapshot = snapshots == null ? null : snapshots.get();
        if (snapshot != null) {
            text.append(", board ").append(snapshot.state().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return text.toString();
    }

    private ObjectNode summaryJson(SourceSpec sourceSpec, BoardFeed feed, List<TrialResult> trials,
                                   List<HealthEvent> health, double elapsedS, FirstSample first) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        BoardHealth now = feed.health();
        root.put("source", sourceSpec.text());
        root.put("board", feed.setup().description().name());
        root.put("seconds", elapsedS);
        root.put("samples", now.samples());
        root.put("achieved_rate_hz", now.samples() / Math.max(elapsedS, 1e-9));
        if (feed.setup().profile() != null) {
            root.put("calibration", feed.setup().calibrationId());
        }
        // A link's counts (a serial plate's) at the top level as before board_health existed, for the scripts that
        // read them there.
        if (feed.source().linkStats().isPresent()) {
            root.put("lost_samples", now.lostSamples());
            root.put("corrupt_frames", now.corruptFrames());
            root.put("reconnections", now.reconnections());
        }
        ObjectNode counts = root.putObject("board_health");
        counts.put("samples", now.samples());
        counts.put("lost_samples", now.lostSamples());
        counts.put("duplicates", now.duplicates());
        counts.put("corrupt_frames", now.corruptFrames());
        counts.put("reconnections", now.reconnections());
        counts.put("data_gaps", now.dataGaps());
        counts.put("data_gap_s", now.dataGapS());
        ArrayNode healthNode = root.putArray("health");
        for (HealthEvent h : health) {
            healthNode.addObject().put("kind", h.kind().name().toLowerCase(Locale.ROOT)).put("message", h.message());
        }
        ArrayNode holds = root.putArray("holds");
        for (TrialResult trial : trials) {
            // From the first sample, not from the board's opening: the wait for a board to answer is no part of
            // the session, and so a replayed capture or a simulation gives the times of its own clock.
            ObjectNode h = HoldJson.add(holds, trial, first.nanos);
            HoldJson.putFinite(h, "sway_velocity", trial.sway().meanVelocityDisplay());
            HoldJson.putFinite(h, "sway_area", trial.sway().ellipseAreaDisplay());
        }
        return root;
    }

    /** Copies health events and the end to the command's queue on their way to the pipeline. */
    private static final class Tee implements SampleListener {
        final SampleListener next;
        final BlockingQueue<Object> events;
        final FirstSample first;

        Tee(SampleListener next, BlockingQueue<Object> events, FirstSample first) {
            this.next = next;
            this.events = events;
            this.first = first;
        }

        @Override
        public void onPlateSample(PlateSample sample) {
            first.see(sample.timeNanos);
            next.onPlateSample(sample);
        }

        @Override
        public void onImuSample(ImuSample sample) {
            first.see(sample.timeNanos);
            next.onImuSample(sample);
        }

        @Override
        public void onHealth(HealthEvent event) {
            events.add(event);
            next.onHealth(event);
        }

        @Override
        public void onEnd() {
            next.onEnd();
            events.add(Ended.INSTANCE);
        }
    }

    /**
     * The time of the first sample the pipeline received, on the samples' clock: where a hold's {@code start_s}
     * and {@code end_s} count from. Written once on the acquisition thread, read by the command at the end.
     */
    private static final class FirstSample {
        volatile long nanos;
        private boolean seen;

        void see(long timeNanos) {
            if (!seen) {
                seen = true;
                nanos = timeNanos;
            }
        }
    }

    /** The end of acquisition, in the event queue. */
    private enum Ended {
        INSTANCE
    }
}
