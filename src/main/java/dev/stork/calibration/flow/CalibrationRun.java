package dev.stork.calibration.flow;

import dev.stork.calibration.GuidedProcedure;
import dev.stork.calibration.ImuCalibrationProcedure;
import dev.stork.calibration.ImuProfile;
import dev.stork.calibration.ImuStillness;
import dev.stork.calibration.PlateCalibrationProcedure;
import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.ProcedureState;
import dev.stork.calibration.ProcedureStep;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.Steadiness;
import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.ImuSample;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.SourceDescription.BoardKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One guided calibration on one board, the engine behind {@code stork calibrate} and the dashboard's wizard.
 *
 * <p>{@link #start()} runs the feed's source on a new acquisition thread. The first sample fixes the board (a serial
 * plate reports its board id only once connected, so the profile is keyed by the id of the board that actually
 * answered) and creates the {@link PlateCalibrationProcedure} or {@link ImuCalibrationProcedure}, starting from the
 * board's current profile. From then on every procedure call happens on the acquisition thread: {@link #confirm()}
 * and {@link #cancel()} may be called from any thread and are queued until the next sample. When a step is shown
 * the feed's {@link StepHelper} does what it asks on a simulated board; on a real board the person does.
 *
 * <p>The new profile is saved through {@link ProfileDirectory} (current file and history) only when every step
 * succeeded; a cancelled, refused or failed calibration saves nothing, so the board's current profile stays.
 * A board that reports itself unplugged or silent before its first sample, or sends nothing within the connect
 * timeout, fails the calibration with the board's own reason (naming its port or address). A board lost during a
 * step sends the step back to its prompt.
 *
 * <p>{@link #snapshot()} is an immutable {@link CalibrationSnapshot}, republished about 30 times a second while
 * samples flow and at every change. The per-sample path allocates nothing.
 */
public final class CalibrationRun implements AutoCloseable {
    /** Refused windows per step before the step asks the person again. */
    public static final int MAX_ATTEMPTS = 8;
    /** How long to wait for the board's first sample. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final long PUBLISH_INTERVAL_NANOS = 33_000_000L;

    private enum Command { CONFIRM, CANCEL, GIVE_UP }

    private final CalibrationRequest request;
    private final CalibrationFeed feed;
    private final ProfileDirectory directory;
    private final Supplier<Instant> clock;
    private final Duration connectTimeout;
    private final Queue<Command> commands = new ConcurrentLinkedQueue<>();
    private final Thread acquisition;
    private final String connectingName;
    private volatile CalibrationSnapshot snapshot;

    // Owned by the acquisition thread once started.
    private SourceDescription board;
    private GuidedProcedure procedure;
    private PlateCalibrationProcedure plate;
    private ImuCalibrationProcedure imu;
    private boolean priorHasZero;
    private String note = "";
    private String failure;
    private boolean cancelledEarly;
    private boolean stopping;
    private boolean boardLost;
    private String lastHealth = "";
    private int shownStep = -1;
    private ProcedureState shownState;
    private int promptNumber;
    private ProcedureState publishedState;
    private int publishedStep = -1;
    private String publishedMessage;
    private long publishedNanos;
    private double accelX = Double.NaN;
    private double accelY = Double.NaN;
    private double accelZ = Double.NaN;
    private PlateProfile plateResult;
    private ImuProfile imuResult;
    private Path savedFile;

    /** A calibration with the default connect timeout ({@link #CONNECT_TIMEOUT}). */
    public CalibrationRun(CalibrationRequest request, CalibrationFeed feed, ProfileDirectory directory,
                          Supplier<Instant> clock) {
        this(request, feed, directory, clock, CONNECT_TIMEOUT);
    }

    /**
     * @param request        what to calibrate, with which mass
     * @param feed           the board, not yet running (this run runs and closes it)
     * @param directory      where profiles are read and the new one saved
     * @param clock          the calibration's date
     * @param connectTimeout how long to wait for the first sample
     */
    public CalibrationRun(CalibrationRequest request, CalibrationFeed feed, ProfileDirectory directory,
                          Supplier<Instant> clock, Duration connectTimeout) {
        this.request = request;
        this.feed = feed;
        this.directory = directory;
        this.clock = clock;
        this.connectTimeout = connectTimeout;
        this.connectingName = feed.source().description().name();
        this.acquisition = new Thread(this::acquire, "stork-calibration");
        this.acquisition.setDaemon(true);
        publish(System.nanoTime());
    }

    /** What is being calibrated. */
    public CalibrationKind kind() {
        return request.kind();
    }

    /** Starts the board and the calibration on the acquisition thread; call once. */
    public void start() {
        acquisition.start();
        CompletableFuture.delayedExecutor(connectTimeout.toNanos(), TimeUnit.NANOSECONDS).execute(() -> {
            if (snapshot.phase() == CalibrationSnapshot.Phase.CONNECTING) {
                commands.add(Command.GIVE_UP);
                feed.source().stop();
            }
        });
    }

    /** The latest snapshot; any thread. */
    public CalibrationSnapshot snapshot() {
        return snapshot;
    }

    /** The person is ready: the current step starts collecting. Ignored unless a step waits; any thread. */
    public void confirm() {
        commands.add(Command.CONFIRM);
    }

    /** The person gives up: nothing is saved and the board is released. Any thread, any time. */
    public void cancel() {
        commands.add(Command.CANCEL);
        feed.source().stop();
    }

    /** Waits until the calibration is over and the board released; true when it is. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        acquisition.join(Math.max(1, timeout.toMillis()));
        return !acquisition.isAlive();
    }

    /** Cancels (a finished calibration stays as it is) and waits up to two seconds for the board to be released. */
    @Override
    public void close() throws InterruptedException {
        cancel();
        awaitEnd(Duration.ofSeconds(2));
    }

    private void acquire() {
        try {
            feed.source().run(new Listener());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failOnce("the calibration was interrupted");
        } catch (RuntimeException e) {
            failOnce(boardName() + " failed: " + e.getMessage());
        } finally {
            afterSource();
        }
    }

    /** The source has returned: apply what is still queued, explain an early end, release the board. */
    private void afterSource() {
        Command command;
        while ((command = commands.poll()) != null) {
            if (command == Command.CANCEL) {
                if (procedure != null) {
                    procedure.cancel();
                } else if (failure == null) {
                    cancelledEarly = true;
                }
            } else if (command == Command.GIVE_UP && procedure == null && !cancelledEarly) {
                failOnce("no samples from " + boardName() + " within " + connectTimeout.toMillis() / 1000.0
                        + " s: is it plugged in and switched on?" + healthSuffix());
            }
        }
        if (procedure == null && !cancelledEarly) {
            failOnce(boardName() + " stopped before sending a sample" + healthSuffix());
        } else if (procedure != null && !finished(procedure.state())) {
            failOnce("the board stopped sending samples" + healthSuffix() + "; nothing saved");
        }
        feed.source().close();
        publish(System.nanoTime());
    }

    private String healthSuffix() {
        return lastHealth.isEmpty() ? "" : " (" + lastHealth + ")";
    }

    private void failOnce(String reason) {
        if (failure == null) {
            failure = reason;
        }
    }

    private String boardName() {
        return board != null ? board.name() : connectingName;
    }

    private static boolean finished(ProcedureState state) {
        return state == ProcedureState.DONE || state == ProcedureState.FAILED || state == ProcedureState.CANCELLED;
    }

    /** On the first sample: fixes the board and creates the procedure. False when samples are to be ignored. */
    private boolean begun() {
        if (procedure != null) {
            return !stopping;
        }
        if (stopping) {
            return false;
        }
        board = feed.source().description();
        BoardKind needed = request.kind() == CalibrationKind.PLATE ? BoardKind.FORCE_PLATE
                : BoardKind.IMU_WOBBLE_BOARD;
        try {
            if (board.kind() != needed) {
                throw new IllegalStateException(board.name() + " is not " + (needed == BoardKind.FORCE_PLATE
                        ? "a plate" : "an IMU"));
            }
            if (request.kind() == CalibrationKind.PLATE) {
                PlatePriors.Prior prior = PlatePriors.of(board, directory, request);
                plate = new PlateCalibrationProcedure(board, prior.profile(), request.massKg(), Steadiness.PLATE,
                        MAX_ATTEMPTS, clock);
                priorHasZero = PlatePriors.hasZero(prior.profile());
                note = prior.note();
                procedure = plate;
            } else {
                imu = new ImuCalibrationProcedure(board.deviceId(), ImuStillness.DEFAULT, MAX_ATTEMPTS, clock);
                procedure = imu;
            }
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            failOnce("cannot calibrate " + board.name() + ": " + e.getMessage());
            stop();
            publish(System.nanoTime());
            return false;
        }
    }

    private void stop() {
        stopping = true;
        feed.source().stop();
    }

    private void applyCommands() {
        Command command;
        while ((command = commands.poll()) != null) {
            if (command == Command.CONFIRM) {
                procedure.confirm();
            } else if (command == Command.CANCEL) {
                procedure.cancel();
            }
        }
    }

    /** After each sample: shows a new step (the helper acts), saves a finished calibration, publishes. */
    private void afterSample() {
        ProcedureState state = procedure.state();
        int step = procedure.stepIndex();
        if (state == ProcedureState.WAITING && step != shownStep) {
            shownStep = step;
            promptNumber++;
            feed.helper().stepBegins(procedure.step().id(), request.massKg());
        } else if (state == ProcedureState.WAITING && shownState == ProcedureState.COLLECTING) {
            promptNumber++;
        }
        shownState = state;
        if (finished(state)) {
            if (state == ProcedureState.DONE) {
                save();
            }
            stop();
        }
        long now = System.nanoTime();
        if (state != publishedState || step != publishedStep || procedure.message() != publishedMessage
                || stopping || now - publishedNanos >= PUBLISH_INTERVAL_NANOS) {
            publish(now);
        }
    }

    private void save() {
        try {
            if (plate != null) {
                PlateProfile result = plate.result();
                savedFile = directory.save(result);
                plateResult = result;
            } else {
                ImuProfile result = imu.result();
                savedFile = directory.save(result);
                imuResult = result;
            }
        } catch (IOException e) {
            failOnce("the calibration succeeded but could not be saved in " + directory.directory() + ": "
                    + e.getMessage() + "; the current profile is unchanged");
        }
    }

    private void publish(long nowNanos) {
        CalibrationSnapshot.Phase phase = phase();
        ProcedureStep step = procedure == null ? null : procedure.step();
        String message;
        if (failure != null) {
            message = failure;
        } else if (procedure != null && !procedure.message().isEmpty()) {
            message = procedure.message();
        } else if (procedure != null) {
            message = note;
        } else if (cancelledEarly) {
            message = "cancelled before the board answered; nothing saved";
        } else {
            message = lastHealth;
        }
        double loadN = plate != null && (priorHasZero || plate.stepIndex() > 0) ? plate.liveLoadN() : Double.NaN;
        snapshot = new CalibrationSnapshot(request.kind(), phase, boardName(), board == null ? "" : board.deviceId(),
                procedure == null ? 0 : procedure.stepIndex(), procedure == null ? 0 : procedure.steps().size(),
                step == null ? "" : step.id(), step == null ? "" : step.prompt(), promptNumber, loadN, accelX, accelY,
                accelZ, procedure == null ? 0 : procedure.progress(), message, plateResult, imuResult, savedFile);
        publishedState = procedure == null ? null : procedure.state();
        publishedStep = procedure == null ? -1 : procedure.stepIndex();
        publishedMessage = procedure == null ? null : procedure.message();
        publishedNanos = nowNanos;
    }

    private CalibrationSnapshot.Phase phase() {
        if (failure != null) {
            return CalibrationSnapshot.Phase.FAILED;
        }
        if (procedure == null) {
            return cancelledEarly ? CalibrationSnapshot.Phase.CANCELLED : CalibrationSnapshot.Phase.CONNECTING;
        }
        return switch (procedure.state()) {
            case WAITING -> CalibrationSnapshot.Phase.WAITING;
            case COLLECTING -> CalibrationSnapshot.Phase.COLLECTING;
            case DONE -> CalibrationSnapshot.Phase.DONE;
            case FAILED -> CalibrationSnapshot.Phase.FAILED;
            case CANCELLED -> CalibrationSnapshot.Phase.CANCELLED;
        };
    }

    /** The acquisition thread's view of the board. */
    private final class Listener implements SampleListener {
        @Override
        public void onPlateSample(PlateSample sample) {
            if (!begun()) {
                return;
            }
            applyCommands();
            if (plate != null) {
                plate.onPlateSample(sample);
            }
            afterSample();
        }

        @Override
        public void onImuSample(ImuSample sample) {
            if (!begun()) {
                return;
            }
            applyCommands();
            accelX = sample.accelX;
            accelY = sample.accelY;
            accelZ = sample.accelZ;
            if (imu != null) {
                imu.onImuSample(sample);
            }
            afterSample();
        }

        @Override
        public void onHealth(HealthEvent event) {
            lastHealth = event.message();
            HealthEvent.Kind kind = event.kind();
            if (procedure == null) {
                if ((kind == HealthEvent.Kind.DISCONNECTED || kind == HealthEvent.Kind.WARNING) && !stopping) {
                    failOnce("cannot calibrate " + boardName() + ": " + event.message());
                    stop();
                }
            } else if (kind == HealthEvent.Kind.DISCONNECTED && !finished(procedure.state())) {
                boardLost = true;
                procedure.interrupt("board lost: " + event.message() + "; go on when it is back");
            } else if (kind == HealthEvent.Kind.CONNECTED && boardLost) {
                boardLost = false;
                procedure.interrupt("the board is back (" + event.message() + "); go on when ready");
            }
            publish(System.nanoTime());
        }
    }
}
