package dev.stork.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stork.calibration.EmptyBoardSettings;
import dev.stork.calibration.PlateCalibrationStage;
import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.ProfileFormatException;
import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.ImuSample;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.serial.SerialLinkStats;
import dev.stork.sensor.serial.SerialPlateSource;
import dev.stork.sensor.spec.SourceOpener;
import dev.stork.sensor.spec.SourceSpec;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.signal.stance.PlateStanceConfig;
import dev.stork.signal.stance.WobbleHoldConfig;
import dev.stork.trial.IrregularPlateAdapter;
import dev.stork.trial.LiveSnapshot;
import dev.stork.trial.PlatePipeline;
import dev.stork.trial.TrialResult;
import dev.stork.trial.WobblePipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
    /** Rate the pipeline runs at for a board without a fixed rate (the Wii board), Hz. */
    static final double IRREGULAR_GRID_HZ = 100;
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
        Front front;
        try {
            front = front(board, events);
        } catch (ProfileFormatException | CalibrationMissing e) {
            err.println("stork run: " + e.getMessage());
            board.close();
            return 2;
        }
        Thread acquisition = new Thread(() -> {
            try {
                board.run(front.listener());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                events.add(Ended.INSTANCE);
            }
        }, "stork-acquisition");
        long startNanos = System.nanoTime();
        long stopNanos = seconds == null ? Long.MAX_VALUE : startNanos + Math.round(seconds * 1e9);
        acquisition.start();
        List<TrialResult> trials = new ArrayList<>();
        List<HealthEvent> health = new ArrayList<>();
        if (!json) {
            out.println("Reading " + board.description().name() + (seconds == null ? "" : String.format(Locale.ROOT,
                    " for %.0f s", seconds)) + ". Stand on the board; lift one foot to start a hold.");
            out.flush();
        }
        long nextStatusNanos = startNanos + 5_000_000_000L;
        while (true) {
            long now = System.nanoTime();
            if (now >= stopNanos) {
                board.stop();
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
                out.println("  " + status(front, board, startNanos));
                nextStatusNanos += 5_000_000_000L;
            }
            out.flush();
        }
        acquisition.join(5_000);
        board.close();
        double elapsedS = (System.nanoTime() - startNanos) / 1e9;
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(summaryJson(sourceSpec, board, front, trials, health, elapsedS)));
        } else {
            out.printf(Locale.ROOT, "%d hold(s) in %.1f s. %s%n", trials.size(), elapsedS,
                    status(front, board, startNanos));
        }
        out.flush();
        return 0;
    }

    /** The listener chain from the board to the pipeline, and what the command reads from it. */
    private Front front(SampleSource board, BlockingQueue<Object> events)
            throws ProfileFormatException, CalibrationMissing {
        SourceDescription description = board.description();
        if (description.kind() == SourceDescription.BoardKind.IMU_WOBBLE_BOARD) {
            WobblePipeline pipeline = new WobblePipeline(description.nominalRateHz(),
                    WobbleHoldConfig.defaults(DEFAULT_EDGE_DEG, targetS), events::add);
            return new Front(new Tee(pipeline, events), pipeline::snapshot, null);
        }
        PlateProfile profile = null;
        PlateGeometry geometry = PlateGeometry.WII_BALANCE_BOARD;
        ProfileDirectory directory = null;
        if (description.cellUnit() != SourceDescription.CellUnit.NEWTONS) {
            directory = new ProfileDirectory(ProfileDirectory.defaultDirectory(data, System.getenv(),
                    Path.of(System.getProperty("user.home"))));
            Optional<PlateProfile> stored = directory.loadPlate(description.deviceId());
            if (stored.isPresent()) {
                profile = stored.get();
            } else if (description.cellUnit() == SourceDescription.CellUnit.KILOGRAMS) {
                profile = PlateProfile.wiiBalanceBoard();
            } else {
                throw new CalibrationMissing("no calibration for the plate '" + description.deviceId() + "' in "
                        + directory.directory() + ": run 'stork calibrate plate --source " + source + "' first");
            }
            geometry = new PlateGeometry(profile.cellSpacingMlMm() / 1000, profile.cellSpacingApMm() / 1000);
        }
        double rateHz = description.nominalRateHz() > 0 ? description.nominalRateHz() : IRREGULAR_GRID_HZ;
        PlatePipeline pipeline = new PlatePipeline(geometry, rateHz, PlateStanceConfig.defaults(targetS),
                events::add);
        SampleListener toPipeline = description.nominalRateHz() > 0 ? pipeline
                : new IrregularPlateAdapter(pipeline, IRREGULAR_GRID_HZ);
        SampleListener chain = profile == null ? toPipeline
                : new PlateCalibrationStage(profile, EmptyBoardSettings.DEFAULT, directory, toPipeline);
        return new Front(new Tee(chain, events), pipeline::snapshot, profile);
    }

    private static String describe(int number, TrialResult trial) {
        return String.format(Locale.ROOT, "Hold %d: %s leg, %.1f s, ended by %s; sway %.1f %s, area %.1f %s",
                number, AnalyzeCommand.legName(trial.stanceLeg()), trial.holdS(),
                AnalyzeCommand.reasonName(trial.endReason()), trial.sway().meanVelocityDisplay(),
                trial.sway().unit() == dev.stork.trial.SwaySummary.Unit.METRES ? "cm/s" : "°/s",
                trial.sway().ellipseAreaDisplay(),
                trial.sway().unit() == dev.stork.trial.SwaySummary.Unit.METRES ? "cm²" : "deg²");
    }

    private static String status(Front front, SampleSource board, long startNanos) {
        double elapsedS = (System.nanoTime() - startNanos) / 1e9;
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Health: %.1f samples/s achieved",
                front.tee.samples.get() / Math.max(elapsedS, 1e-9)));
        if (board instanceof SerialPlateSource serial) {
            SerialLinkStats stats = serial.stats();
            text.append(String.format(Locale.ROOT, ", %d lost, %d corrupt frames (CRC), %d reconnections", stats.lostSamples(),
                    stats.corruptFrames(), stats.reconnections()));
        }
        LiveSnapshot snapshot = front.snapshot.get();
        if (snapshot != null) {
            text.append(", board ").append(snapshot.state().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return text.toString();
    }

    private ObjectNode summaryJson(SourceSpec sourceSpec, SampleSource board, Front front, List<TrialResult> trials,
                                   List<HealthEvent> health, double elapsedS) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("source", sourceSpec.text());
        root.put("board", board.description().name());
        root.put("seconds", elapsedS);
        root.put("samples", front.tee.samples.get());
        root.put("achieved_rate_hz", front.tee.samples.get() / Math.max(elapsedS, 1e-9));
        if (front.profile != null) {
            root.put("calibration", front.profile.calibrationId());
        }
        if (board instanceof SerialPlateSource serial) {
            SerialLinkStats stats = serial.stats();
            root.put("lost_samples", stats.lostSamples());
            root.put("corrupt_frames", stats.corruptFrames());
            root.put("reconnections", stats.reconnections());
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

    /** The listener chain's head, the pipeline's snapshot, and the calibration in use (null when none). */
    private record Front(Tee tee, java.util.function.Supplier<LiveSnapshot> snapshot, PlateProfile profile) {
        SampleListener listener() {
            return tee;
        }
    }

    /** Counts samples and copies health events to the command's queue on their way to the pipeline. */
    private static final class Tee implements SampleListener {
        final SampleListener next;
        final BlockingQueue<Object> events;
        final AtomicLong samples = new AtomicLong();

        Tee(SampleListener next, BlockingQueue<Object> events) {
            this.next = next;
            this.events = events;
        }

        @Override
        public void onPlateSample(PlateSample sample) {
            samples.lazySet(samples.get() + 1);
            next.onPlateSample(sample);
        }

        @Override
        public void onImuSample(ImuSample sample) {
            samples.lazySet(samples.get() + 1);
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
        }
    }

    /** The end of acquisition, in the event queue. */
    private enum Ended {
        INSTANCE
    }

    /** A board that needs a calibration profile has none. */
    static final class CalibrationMissing extends Exception {
        CalibrationMissing(String message) {
            super(message);
        }
    }
}
