package dev.stork.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.ImuSample;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.serial.SerialPlateSource;
import dev.stork.sensor.spec.SourceOpener;
import dev.stork.sensor.spec.SourceSpec;
import dev.stork.signal.stance.PlateStanceConfig;
import dev.stork.signal.stance.WobbleHoldConfig;
import dev.stork.trial.BoardFeed;
import dev.stork.trial.BoardHealth;
import dev.stork.trial.BoardSetupException;
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
 * as it changes, and a summary at the end.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a live session on one board and print each single-leg hold as it ends.",
            "SPEC: " + SourceSpec.FORMS})
public final class RunCommand implements Callable<Integer> {
    /** Edge angle of a wobble board when none is configured, degrees. */
    static final double DEFAULT_EDGE_DEG = 15;

    @Option(names = "--source", required = true, paramLabel = "SPEC", description = "the board to read")
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
            board = SourceOpener.open(sourceSpec, seed);
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("stork run: " + e.getMessage());
            return 2;
        }
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        ProfileDirectory profiles = new ProfileDirectory(ProfileDirectory.defaultDirectory(data, System.getenv(),
                Path.of(System.getProperty("user.home"))));
        AtomicReference<Supplier<LiveSnapshot>> snapshots = new AtomicReference<>();
        BoardFeed feed;
        try {
            feed = BoardFeed.start(board, source, profiles, Duration.ofMillis(Math.round(connectTimeoutS * 1000)),
                    setup -> pipeline(setup, events, snapshots));
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
                    .writeValueAsString(summaryJson(sourceSpec, feed, trials, health, elapsedS)));
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
                                    AtomicReference<Supplier<LiveSnapshot>> snapshots) {
        if (setup.description().kind() == SourceDescription.BoardKind.IMU_WOBBLE_BOARD) {
            WobblePipeline pipeline = new WobblePipeline(setup.rateHz(),
                    WobbleHoldConfig.defaults(DEFAULT_EDGE_DEG, targetS), events::add);
            snapshots.set(pipeline::snapshot);
            return new Tee(pipeline, events);
        }
        PlatePipeline pipeline = new PlatePipeline(setup.geometry(), setup.rateHz(),
                PlateStanceConfig.defaults(targetS), events::add);
        snapshots.set(pipeline::snapshot);
        return new Tee(pipeline, events);
    }

    private static String describe(int number, TrialResult trial) {
        return String.format(Locale.ROOT, "Hold %d: %s leg, %.1f s, ended by %s; sway %.1f %s, area %.1f %s",
                number, AnalyzeCommand.legName(trial.stanceLeg()), trial.holdS(),
                AnalyzeCommand.reasonName(trial.endReason()), trial.sway().meanVelocityDisplay(),
                trial.sway().unit() == dev.stork.trial.SwaySummary.Unit.METRES ? "cm/s" : "°/s",
                trial.sway().ellipseAreaDisplay(),
                trial.sway().unit() == dev.stork.trial.SwaySummary.Unit.METRES ? "cm²" : "deg²");
    }

    private static String status(BoardFeed feed, Supplier<LiveSnapshot> snapshots, long startNanos) {
        double elapsedS = (System.nanoTime() - startNanos) / 1e9;
        BoardHealth health = feed.health();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Health: %.1f samples/s achieved",
                health.samples() / Math.max(elapsedS, 1e-9)));
        if (feed.source() instanceof SerialPlateSource) {
            text.append(String.format(Locale.ROOT, ", %d lost, %d corrupt frames (CRC), %d reconnections",
                    health.lostSamples(), health.corruptFrames(), health.reconnections()));
        }
        LiveSnapshot snapshot = snapshots == null ? null : snapshots.get();
        if (snapshot != null) {
            text.append(", board ").append(snapshot.state().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return text.toString();
    }

    private ObjectNode summaryJson(SourceSpec sourceSpec, BoardFeed feed, List<TrialResult> trials,
                                   List<HealthEvent> health, double elapsedS) {
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
        if (feed.source() instanceof SerialPlateSource) {
            root.put("lost_samples", now.lostSamples());
            root.put("corrupt_frames", now.corruptFrames());
            root.put("reconnections", now.reconnections());
        }
        ArrayNode healthNode = root.putArray("health");
        for (HealthEvent h : health) {
            healthNode.addObject().put("kind", h.kind().name().toLowerCase(Locale.ROOT)).put("message", h.message());
        }
        ArrayNode holds = root.putArray("holds");
        for (TrialResult trial : trials) {
            ObjectNode h = holds.addObject();
            h.put("leg", AnalyzeCommand.legName(trial.stanceLeg()));
            h.put("duration_s", trial.holdS());
            h.put("end_reason", AnalyzeCommand.reasonName(trial.endReason()));
            h.put("sway_velocity", trial.sway().meanVelocityDisplay());
            h.put("sway_area", trial.sway().ellipseAreaDisplay());
        }
        return root;
    }

    /** Copies health events and the end to the command's queue on their way to the pipeline. */
    private static final class Tee implements SampleListener {
        final SampleListener next;
        final BlockingQueue<Object> events;

        Tee(SampleListener next, BlockingQueue<Object> events) {
            this.next = next;
            this.events = events;
        }

        @Override
        public void onPlateSample(PlateSample sample) {
            next.onPlateSample(sample);
        }

        @Override
        public void onImuSample(ImuSample sample) {
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

    /** The end of acquisition, in the event queue. */
    private enum Ended {
        INSTANCE
    }
}
