package dev.stork.web;

import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.flow.CalibrationFeed;
import dev.stork.calibration.flow.CalibrationFeeds;
import dev.stork.calibration.flow.CalibrationKind;
import dev.stork.calibration.flow.CalibrationRequest;
import dev.stork.calibration.flow.CalibrationRun;
import dev.stork.calibration.flow.CalibrationSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The dashboard's calibration: at most one {@link CalibrationRun} at a time on the board that {@link CalibrationFeeds}
 * opens from the dashboard's {@code --source} spec (the simulated uncalibrated board for {@code sim}). Request
 * threads start, confirm and cancel; a command impossible now throws {@link IllegalStateException} with the
 * reason. The last run's final snapshot (its report) stays until the next start. Thread-safe.
 */
public final class CalibrationWizard implements AutoCloseable {
    private final CalibrationFeeds feeds;
    private final ProfileDirectory directory;
    private final Supplier<Instant> clock;
    private final String unavailable;
    private CalibrationRun run;

    /**
     * @param feeds     opens the board from the dashboard's source spec
     * @param directory where profiles are read and saved
     * @param clock     the calibrations' dates
     */
    public CalibrationWizard(CalibrationFeeds feeds, ProfileDirectory directory, Supplier<Instant> clock) {
        this(feeds, directory, clock, null);
    }

    private CalibrationWizard(CalibrationFeeds feeds, ProfileDirectory directory, Supplier<Instant> clock,
                              String unavailable) {
        this.feeds = feeds;
        this.directory = directory;
        this.clock = clock;
        this.unavailable = unavailable;
    }

    /**
     * A wizard that calibrates nothing here and says why, e.g. because the dashboard holds a real plate open for
     * training.
     *
     * @param reason what to do instead, for the person
     */
    public static CalibrationWizard unavailable(String reason) {
        return new CalibrationWizard(null, null, null, reason);
    }

    /** Whether this wizard can calibrate; when not, {@link #unavailableReason()} says why. */
    public boolean available() {
        return unavailable == null;
    }

    /** Why this wizard calibrates nothing, or null when it can. */
    public String unavailableReason() {
        return unavailable;
    }

    /** The {@code --source} spec of the board calibrated here, or null when unavailable. */
    public String source() {
        return feeds == null ? null : feeds.spec();
    }

    /** The current or last calibration's snapshot, or null when none was started. */
    public synchronized CalibrationSnapshot snapshot() {
        return run == null ? null : run.snapshot();
    }

    /** Whether a calibration is under way. */
    public synchronized boolean running() {
        return run != null && !run.snapshot().finished();
    }

    /**
     * Opens the board and starts a calibration.
     *
     * @throws IllegalStateException when one is already running or the board cannot be used, with the reason
     */
    public synchronized void start(CalibrationRequest request) {
        if (!available()) {
            throw new IllegalStateException(unavailable);
        }
        if (running()) {
            throw new IllegalStateException((run.kind() == CalibrationKind.IMU ? "an " : "a ") + run.kind().word
                    + " calibration is under way: go on with it or cancel it first");
        }
        CalibrationFeed feed;
        try {
            feed = feeds.open(request.kind());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot open the board '" + feeds.spec() + "': " + e.getMessage(), e);
        }
        CalibrationRun next = new CalibrationRun(request, feed, directory, clock);
        next.start();
        run = next;
    }

    /** The person is ready: the current step starts collecting. */
    public synchronized void confirm() {
        CalibrationSnapshot s = requireRunning();
        if (s.phase() != CalibrationSnapshot.Phase.WAITING) {
            throw new IllegalStateException(s.phase() == CalibrationSnapshot.Phase.CONNECTING
                    ? "the board has not answered yet" : "the step is already being measured");
        }
        run.confirm();
    }

    /** Cancels the calibration; nothing is saved. */
    public synchronized void cancel() {
        requireRunning();
        run.cancel();
    }

    private CalibrationSnapshot requireRunning() {
        if (!running()) {
            throw new IllegalStateException("no calibration is under way");
        }
        return run.snapshot();
    }

    /** Cancels a calibration under way and waits up to two seconds for its board to be released. */
    @Override
    public void close() throws InterruptedException {
        CalibrationRun last;
        synchronized (this) {
            last = run;
        }
        if (last != null) {
            last.cancel();
            last.awaitEnd(Duration.ofSeconds(2));
        }
    }
}
