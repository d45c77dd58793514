package dev.stork.board;

import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.ProfileFormatException;
import dev.stork.sensor.LinkStats;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.spec.SourceOpener;
import dev.stork.sensor.spec.SourceSpec;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.training.PrescribedTrial;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * A real force plate for a whole session: the board named by a {@code --source} spec is opened once and kept
 * running on an acquisition thread of its own ({@link BoardFeed}: re-opening a serial port per trial would reset
 * the plate's microcontroller), calibrated live with the board's profile (looked up by the id the board reports)
 * and put on a regular rate. Each trial gets a view ({@link #open}) that forwards the samples, in newtons, while the
 * trial runs; between trials the samples are dropped. {@link #health()} gives the board's health for a status
 * display.
 *
 * <p><b>Calibration on the open board.</b> Between trials, {@link #rawView()} hands out a view of the same board
 * delivering its own samples before calibration (ADC counts, or the Wii board's kilograms), as a calibration
 * measures them; {@link #reloadCalibration()} then makes the profile it saved the live calibration, which the
 * following trials use and record. A trial and a raw view never run at once: each refuses while the other is out
 * (see {@link BoardClaim}). A board opened with {@link BoardFeed.MissingCalibration#AWAIT} may start without a
 * profile: it refuses trials ({@link #uncalibrated()}) until one is loaded.
 *
 * <p><b>Disconnection.</b> The board's own reconnection (a serial plate retries its port every 250 ms) goes on in
 * the background, whatever the session is doing. A trial that is running when the board is lost receives the
 * DISCONNECTED health event; the session runner then ends a hold in progress where the data ended, or starts the
 * trial afresh when the board is back if no hold had begun. A trial that starts while the board is away simply
 * waits for it.
 *
 * <p><b>Threads.</b> The session thread calls {@link #open}, a request thread {@link #rawView()}; a view's
 * {@code run} blocks on a thread of its own while the samples are delivered on the board's thread, one at a time
 * and never concurrently with the view's {@code onEnd}, which the view calls on its own thread after detaching.
 * {@link #health()}, {@link #uncalibrated()} and {@link #reloadCalibration()} may be called from any thread.
 */
public final class LiveTrialBoard implements TrialBoard, AutoCloseable {
    private final BoardFeed feed;
    private final TrialGate gate;
    private final TrialGate rawGate;
    private final BoardClaim claim = new BoardClaim();
    private final SourceDescription trialDescription;

    private LiveTrialBoard(BoardFeed feed, TrialGate gate, TrialGate rawGate) {
        this.feed = feed;
        this.gate = gate;
        this.rawGate = rawGate;
        SourceDescription board = feed.setup().description();
        this.trialDescription = new SourceDescription(board.name(), SourceDescription.BoardKind.FORCE_PLATE,
                feed.setup().rateHz(), SourceDescription.CellUnit.NEWTONS, board.deviceId());
    }

    /**
     * Opens the board named by {@code spec} ({@code serial:/dev/ttyACM0}, {@code i2c:nau7802x4@1}, {@code wii},
     * {@code sim}, ...) with its calibration from {@code dataDirectory}/calibration, waiting up to
     * {@link BoardFeed#DEFAULT_IDENTIFY_TIMEOUT} for it to answer. A plate without its calibration is refused.
     *
     * @param spec          the {@code --source} spec
     * @param dataDirectory Stork's data directory, or null for $STORK_DATA or ~/.local/share/stork
     * @throws BoardSetupException  the spec is wrong, names a wobble board, or the board cannot be used (no answer,
     *                              no calibration, a damaged profile), with what to do about it
     * @throws InterruptedException when interrupted while waiting for the board
     */
    public static LiveTrialBoard open(String spec, Path dataDirectory)
            throws BoardSetupException, InterruptedException {
        return open(spec, dataDirectory, BoardFeed.MissingCalibration.REFUSE);
    }

    /**
     * As {@link #open(String, Path)}, choosing what happens to a plate without its calibration.
     *
     * @param missing {@link BoardFeed.MissingCalibration#REFUSE} it, or {@link BoardFeed.MissingCalibration#AWAIT}
     *                its calibration (trials are refused until then)
     */
    public static LiveTrialBoard open(String spec, Path dataDirectory, BoardFeed.MissingCalibration missing)
            throws BoardSetupException, InterruptedException {
        SampleSource source;
        try {
            source = SourceOpener.open(SourceSpec.parse(spec), 1);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BoardSetupException(e.getMessage(), e);
        }
        ProfileDirectory profiles = new ProfileDirectory(ProfileDirectory.defaultDirectory(dataDirectory,
                System.getenv(), Path.of(System.getProperty("user.home"))));
        return open(source, spec, profiles, BoardFeed.DEFAULT_IDENTIFY_TIMEOUT, missing);
    }

    /**
     * Runs an opened source as a session's board; a plate without its calibration is refused.
     *
     * @param source          the board; owned by the returned object from now on (closed on failure too)
     * @param specText        its spec, for messages
     * @param profiles        where its calibration profile is looked up by board id
     * @param identifyTimeout how long to wait for the board's first answer
     */
    public static LiveTrialBoard open(SampleSource source, String specText, ProfileDirectory profiles,
                                      Duration identifyTimeout) throws BoardSetupException, InterruptedException {
        return open(source, specText, profiles, identifyTimeout, BoardFeed.MissingCalibration.REFUSE);
    }

    /**
     * As {@link #open(SampleSource, String, ProfileDirectory, Duration)}, choosing what happens to a plate without
     * its calibration.
     */
    public static LiveTrialBoard open(SampleSource source, String specText, ProfileDirectory profiles,
                                      Duration identifyTimeout, BoardFeed.MissingCalibration missing)
            throws BoardSetupException, InterruptedException {
        if (source.description().kind() != SourceDescription.BoardKind.FORCE_PLATE) {
            source.close();
            throw new BoardSetupException("sessions need a force plate, but " + specText + " is "
                    + source.description().name() + " (a wobble board)");
        }
        TrialGate gate = new TrialGate();
        TrialGate rawGate = new TrialGate();
        return new LiveTrialBoard(BoardFeed.start(source, specText, profiles, identifyTimeout, missing,
                setup -> gate, rawGate), gate, rawGate);
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

    /** The board as it identified itself: name, board id, nominal rate and the unit of its raw samples. */
    public SourceDescription boardDescription() {
        return feed.setup().description();
    }

    /** The board's health now: connection, achieved rate, lost samples, CRC errors, reconnections; any thread. */
    public BoardHealth health() {
        return feed.health();
    }

    /** {@link #health()}: the board runs, and keeps its health, between trials too. */
    /** Ended for good when its source has: a replayed recording played out, a source that failed for good. */
    @Override
    public boolean exhausted() {
        return feed.ended();
    }

    @Override
    public Optional<BoardHealth> liveHealth() {
        return Optional.of(health());
    }

    /** Whether the plate still awaits its calibration, so that no trial can run on it; any thread. */
    public boolean uncalibrated() {
        return feed.setup().uncalibrated();
    }

    /** Where the board's calibration profile is looked up by its board id (and where a calibration saves it). */
    public ProfileDirectory profiles() {
        return feed.profiles();
    }

    /**
     * Reads the board's profile again by its board id and calibrates with it from the next sample on: the next
     * trials are measured with it and record its id. Any thread.
     *
     * @return the profile now in use
     * @throws ProfileFormatException the profile is damaged or not this board's; the calibration in use stays
     * @throws IllegalStateException  no profile is saved for the board
     */
    public PlateProfile reloadCalibration() throws ProfileFormatException {
        return feed.reloadCalibration();
    }

    /**
     * A view of the running board for one trial; nothing is delivered until its {@code run} is called.
     *
     * @throws IllegalStateException while the plate awaits its calibration, is being calibrated, or another trial
     *                               runs on it
     */
    @Override
    public SampleSource open(PrescribedTrial trial, int trialNumber) {
        if (uncalibrated()) {
            throw new IllegalStateException(sourceName() + " is not calibrated yet: calibrate it before training");
        }
        return new View(gate, BoardClaim.Use.TRIAL, trialDescription);
    }

    /**
     * A view of the running board for a calibration: the board's own samples before calibration (ADC counts, or the
     * Wii board's kilograms, at its own pace) and its health events, described as the board describes itself
     * (board id, unit). Only while no trial runs; until it has ended no trial starts. Run it once, then close it.
     *
     * @throws IllegalStateException while a trial runs on the board or another calibration has it
     */
    public SampleSource rawView() {
        return new View(rawGate, BoardClaim.Use.CALIBRATION, feed.setup().description());
    }

    /** Stops the board and releases the device. Any trial or raw view still running ends. */
    @Override
    public void close() {
        feed.close();
    }

    /** A trial's or a calibration's samples from the running board, claimed from creation until it ends. */
    private final class View implements SampleSource {
        private final TrialGate viewGate;
        private final BoardClaim.Use use;
        private final SourceDescription description;
        private volatile boolean stopRequested;
        private volatile boolean started;
        private volatile Thread runner;

        View(TrialGate viewGate, BoardClaim.Use use, SourceDescription description) {
            this.viewGate = viewGate;
            this.use = use;
            this.description = description;
            claim.take(this, use, sourceName());
        }

        @Override
        public SourceDescription description() {
            return description;
        }

        /** The running board's link figures: a view has no link of its own. */
        @Override
        public Optional<LinkStats> linkStats() {
            return feed.source().linkStats();
        }

        /** Delivers the board's samples to {@code listener} until stopped or the board ends. */
        @Override
        public void run(SampleListener listener) throws InterruptedException {
            started = true;
            runner = Thread.currentThread();
            try {
                if (!stopRequested) {
                    viewGate.attach(listener, runner);
                    try {
                        while (!stopRequested && !viewGate.ended()) {
                            LockSupport.park(this);
                            if (Thread.interrupted()) {
                                throw new InterruptedException((use == BoardClaim.Use.TRIAL ? "trial" : "calibration")
                                        + " on " + sourceName() + " interrupted");
                            }
                        }
                    } finally {
                        viewGate.detach();
                    }
                }
                listener.onEnd();
            } finally {
                claim.release(this);
            }
            RuntimeException failure = feed.failure();
            if (failure != null) {
                throw new IllegalStateException(sourceName() + " failed: " + failure.getMessage(), failure);
            }
        }

        @Override
        public void stop() {
            stopRequested = true;
            claim.stopping(this);
            Thread thread = runner;
            if (thread != null) {
                LockSupport.unpark(thread);
            }
        }

        /** Stops the view; the board keeps running for the next trial or calibration. */
        @Override
        public void close() {
            stop();
            if (!started) {
                claim.release(this);
            }
        }
    }
}
