package dev.stork.session;

import dev.stork.calibration.ProfileDirectory;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.spec.SourceOpener;
import dev.stork.sensor.spec.SourceSpec;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.training.PrescribedTrial;
import dev.stork.trial.BoardFeed;
import dev.stork.trial.BoardHealth;
import dev.stork.trial.BoardSetupException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * A real force plate for a whole session: the board named by a {@code --source} spec is opened once and kept
 * running on an acquisition thread of its own ({@link BoardFeed}: re-opening a serial port per trial would reset
 * the plate's microcontroller), calibrated live with the board's profile (looked up by the id the board reports)
 * and put on a regular rate. Each trial gets a view ({@link #open}) that forwards the samples, in newtons, while the
 * trial runs; between trials the samples are dropped. {@link #health()} gives the board's health for a status
 * display.
 *
 * <p><b>Disconnection.</b> The board's own reconnection (a serial plate retries its port every 250 ms) goes on in
 * the background, whatever the session is doing. A trial that is running when the board is lost receives the
 * DISCONNECTED health event; {@link SessionRunner} then ends a hold in progress where the data ended, or starts the
 * trial afresh when the board is back if no hold had begun. A trial that starts while the board is away simply
 * waits for it.
 *
 * <p><b>Threads.</b> The session thread calls {@link #open}; a view's {@code run} blocks on the session's
 * acquisition thread while the samples are delivered on the board's thread, one at a time and never concurrently
 * with the view's {@code onEnd}, which the view calls on its own thread after detaching. {@link #health()} may be
 * called from any thread.
 */
public final class LiveTrialBoard implements TrialBoard, AutoCloseable {
    private final BoardFeed feed;
    private final TrialGate gate;
    private final SourceDescription trialDescription;

    private LiveTrialBoard(BoardFeed feed, TrialGate gate) {
        this.feed = feed;
        this.gate = gate;
        SourceDescription board = feed.setup().description();
        this.trialDescription = new SourceDescription(board.name(), SourceDescription.BoardKind.FORCE_PLATE,
                feed.setup().rateHz(), SourceDescription.CellUnit.NEWTONS, board.deviceId());
    }

    /**
     * Opens the board named by {@code spec} ({@code serial:/dev/ttyACM0}, {@code i2c:nau7802x4@1}, {@code wii},
     * {@code sim}, ...) with its calibration from {@code dataDirectory}/calibration, waiting up to
     * {@link BoardFeed#DEFAULT_IDENTIFY_TIMEOUT} for it to answer.
     *
     * @param spec          the {@code --source} spec
     * @param dataDirectory Stork's data directory, or null for $STORK_DATA or ~/.local/share/stork
     * @throws BoardSetupException  the spec is wrong, names a wobble board, or the board cannot be used (no answer,
     *                              no calibration, a damaged profile), with what to do about it
     * @throws InterruptedException when interrupted while waiting for the board
     */
    public static LiveTrialBoard open(String spec, Path dataDirectory)
            throws BoardSetupException, InterruptedException {
        SampleSource source;
        try {
            source = SourceOpener.open(SourceSpec.parse(spec), 1);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BoardSetupException(e.getMessage(), e);
        }
        ProfileDirectory profiles = new ProfileDirectory(ProfileDirectory.defaultDirectory(dataDirectory,
                System.getenv(), Path.of(System.getProperty("user.home"))));
        return open(source, spec, profiles, BoardFeed.DEFAULT_IDENTIFY_TIMEOUT);
    }

    /**
     * Runs an opened source as a session's board.
     *
     * @param source          the board; owned by the returned object from now on (closed on failure too)
     * @param specText        its spec, for messages
     * @param profiles        where its calibration profile is looked up by board id
     * @param identifyTimeout how long to wait for the board's first answer
     */
    public static LiveTrialBoard open(SampleSource source, String specText, ProfileDirectory profiles,
                                      Duration identifyTimeout) throws BoardSetupException, InterruptedException {
        if (source.description().kind() != SourceDescription.BoardKind.FORCE_PLATE) {
            source.close();
            throw new BoardSetupException("sessions need a force plate, but " + specText + " is "
                    + source.description().name() + " (a wobble board)");
        }
        TrialGate gate = new TrialGate();
        return new LiveTrialBoard(BoardFeed.start(source, specText, profiles, identifyTimeout, setup -> gate), gate);
    }

    @Override
    public PlateGeometry geometry() {
        return feed.setup().geometry();
    }

    @Override
    public double rateHz() {
        return feed.setup().rateHz();
    }

    @Override
    public String calibrationId() {
        return feed.setup().calibrationId();
    }

    @Override
    public String sourceName() {
        return feed.setup().description().name();
    }

    /** The board's health now: connection, achieved rate, lost samples, CRC errors, reconnections; any thread. */
    public BoardHealth health() {
        return feed.health();
    }

    /** A view of the running board for one trial; nothing is delivered until its {@code run} is called. */
    @Override
    public SampleSource open(PrescribedTrial trial, int trialNumber) {
        return new TrialView();
    }

    /** Stops the board and releases the device. Any trial still running ends. */
    @Override
    public void close() {
        feed.close();
    }

    /** One trial's samples from the running board. */
    private final class TrialView implements SampleSource {
        private volatile boolean stopRequested;
        private volatile Thread runner;

        @Override
        public SourceDescription description() {
            return trialDescription;
        }

        /** Delivers the board's samples to {@code listener} until stopped or the board ends. */
        @Override
        public void run(SampleListener listener) throws InterruptedException {
            runner = Thread.currentThread();
            if (!stopRequested) {
                gate.attach(listener, runner);
                try {
                    while (!stopRequested && !gate.ended()) {
                        LockSupport.park(this);
                        if (Thread.interrupted()) {
                            throw new InterruptedException("trial on " + sourceName() + " interrupted");
                        }
                    }
                } finally {
                    gate.detach();
                }
            }
            listener.onEnd();
            RuntimeException failure = feed.failure();
            if (failure != null) {
                throw new IllegalStateException(sourceName() + " failed: " + failure.getMessage(), failure);
            }
        }

        @Override
        public void stop() {
            stopRequested = true;
            Thread thread = runner;
            if (thread != null) {
                LockSupport.unpark(thread);
            }
        }

        /** Stops the view; the board keeps running for the next trial. */
        @Override
        public void close() {
            stop();
        }
    }
}
