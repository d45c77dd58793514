package dev.stork.board;

import dev.stork.calibration.EmptyBoardSettings;
import dev.stork.calibration.PlateCalibrationStage;
import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.ProfileFormatException;
import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.ImuSample;
import dev.stork.sensor.LinkStats;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.SourceDescription;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.trial.DataGaps;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One board opened once and kept running on an acquisition thread of its own for as long as it is needed (a whole
 * session, or {@code stork run}): it waits for the board to identify itself, applies the board's calibration live,
 * puts an irregular board (the Wii board) on a regular rate, and feeds the result to one downstream listener. It
 * keeps the board's health for a status display.
 *
 * <p><b>Identification.</b> A board has identified itself once it has reported CONNECTED or delivered its first
 * sample, whichever comes first: only then is {@link SampleSource#description()} final (a serial plate learns its
 * board id from the device-info frame, and until then names itself by its port). The calibration profile is looked
 * up by that id; a plate in raw counts without a profile is refused with the command that makes one, or, when the
 * feed is started with {@link MissingCalibration#AWAIT}, runs uncalibrated: its raw samples flow, the downstream
 * receives none until {@link #reloadCalibration()} finds a profile. Samples and health events before
 * identification are not delivered, except that the health events are handed on, in order, once the downstream
 * exists. When the board comes back after an outage and names itself differently (another plate on the same port,
 * or another rate), its samples are held back with a warning until the first board returns.
 *
 * <p><b>Raw samples.</b> Besides the downstream, a raw listener receives the identified board's own samples before
 * calibration (ADC counts, or the Wii board's kilograms, at the board's own irregular pace) and the same health
 * events: what a calibration of the board measures.
 *
 * <p><b>Recalibration.</b> {@link #reloadCalibration()} reads the board's profile again by its board id and makes it
 * the live calibration from the next sample on, without stopping the board.
 *
 * <p><b>Threads.</b> Every callback of the downstream and raw listeners runs on the feed's acquisition thread, which
 * the downstream's factory is also called on, once. Per sample the feed allocates nothing and takes no lock.
 * {@link #health()} and {@link #reloadCalibration()} may be called from any thread.
 */
public final class BoardFeed implements AutoCloseable {
    /** Rate the downstream runs at for a board without a fixed rate (the Wii board), Hz. */
    public static final double IRREGULAR_GRID_HZ = 100;
    /** How long {@link #start} waits for a board to answer unless told otherwise. */
    public static final Duration DEFAULT_IDENTIFY_TIMEOUT = Duration.ofSeconds(10);
    private static final long RATE_WINDOW_NANOS = 1_000_000_000L;
    private static final long JOIN_MILLIS = 5_000;
    private static final SampleListener NOBODY = new SampleListener() {
    };

    /** What to do with a plate in raw units whose calibration profile is missing. */
    public enum MissingCalibration {
        /** Refuse the board, with the command that calibrates it (a terminal session cannot calibrate). */
        REFUSE,
        /**
         * Run the board uncalibrated: raw samples flow, calibrated ones only once {@link #reloadCalibration()} finds
         * a profile (the dashboard calibrates the board it holds).
         */
        AWAIT
    }

    /**
     * What the feed found out when the board identified itself, and what the downstream is given.
     *
     * @param description the board's final description (board id, nominal rate, cell unit)
     * @param geometry    where the plate's cells sit (from the calibration profile); null for an IMU board
     * @param rateHz      the regular rate the downstream receives samples at, Hz
     * @param profile     the calibration applied live; null when the board delivers newtons, is an IMU board, or
     *                    is a plate still awaiting its calibration
     */
    public record Setup(SourceDescription description, PlateGeometry geometry, double rateHz, PlateProfile profile) {

        /** The calibration's id for the trials measured with it, or null without one. */
        public String calibrationId() {
            return profile == null ? null : profile.calibrationId();
        }

        /** Whether this is a plate in raw units without a calibration: it delivers no calibrated samples yet. */
        public boolean uncalibrated() {
            return profile == null && description.kind() == SourceDescription.BoardKind.FORCE_PLATE
                    && description.cellUnit() != SourceDescription.CellUnit.NEWTONS;
        }
    }

    private final SampleSource source;
    private final String specText;
    private final ProfileDirectory profiles;
    private final Function<Setup, SampleListener> downstreamFactory;
    private final SampleListener raw;
    private final MissingCalibration missingCalibration;
    private final Head head = new Head();
    private final CountDownLatch identified = new CountDownLatch(1);
    private final Thread thread;

    private volatile long startedNanos;
    private volatile Setup setup;
    // The downstream on a regular grid, and the live calibration in front of it (null while a plate awaits one);
    // both set on the acquisition thread before setup is published, the stage replaced by reloadCalibration.
    private SampleListener regular;
    private volatile PlateCalibrationStage stage;
    private volatile BoardSetupException refusal;
    private volatile RuntimeException failure;
    private volatile BoardHealth.Connection connection = BoardHealth.Connection.CONNECTING;
    private volatile String lastMessage = "";
    // Written by the acquisition thread only; volatile so that readers see fresh counts.
    private volatile long samples;
    private volatile long gapSamples;
    private volatile long reconnections;
    // Pauses of more than 100 ms between the board's samples; fed here, its counts volatile for the readers.
    private final DataGaps timeGaps = new DataGaps();
    private long rateWindowStartNanos;
    private long rateWindowStartSamples;
    private double achievedRateHz;

    private BoardFeed(SampleSource source, String specText, ProfileDirectory profiles,
                      MissingCalibration missingCalibration, Function<Setup, SampleListener> downstreamFactory,
                      SampleListener raw) {
        this.source = source;
        this.specText = specText;
        this.profiles = profiles;
        this.missingCalibration = missingCalibration;
        this.downstreamFactory = downstreamFactory;
        this.raw = raw;
        this.thread = new Thread(this::acquire, "stork-board");
        this.thread.setDaemon(true);
    }

    /**
     * Starts acquiring from {@code source} and returns once the board has identified itself and the downstream is
     * in place. On any failure the source is closed before the exception is thrown.
     *
     * @param source          the opened board; the feed owns it from now on and closes it in {@link #close()}
     * @param specText        the {@code --source} spec, for messages (e.g. "serial:/dev/ttyACM0")
     * @param profiles        where calibration profiles are looked up by board id
     * @param identifyTimeout how long to wait for the board's first answer
     * @param downstream      builds the listener that receives the calibrated, regular samples; called once, on
     *                        the acquisition thread
     * @throws BoardSetupException  the board did not answer in time, needs a calibration it does not have, has a
     *                              damaged calibration file, failed, or ended before it delivered anything
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    public static BoardFeed start(SampleSource source, String specText, ProfileDirectory profiles,
                                  Duration identifyTimeout, Function<Setup, SampleListener> downstream)
            throws BoardSetupException, InterruptedException {
        return start(source, specText, profiles, identifyTimeout, MissingCalibration.REFUSE, downstream, NOBODY);
    }

    /**
     * As {@link #start(SampleSource, String, ProfileDirectory, Duration, Function)}, choosing what happens to a plate
     * without its calibration, with a listener for the board's raw samples.
     *
     * @param missing what to do when a plate in raw units has no profile
     * @param raw     receives the identified board's samples before calibration, and its health events, on the
     *                acquisition thread; it must not keep a sample or allocate per sample
     * @throws BoardSetupException  as the other {@code start}; a missing profile only with
     *                              {@link MissingCalibration#REFUSE}
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    public static BoardFeed start(SampleSource source, String specText, ProfileDirectory profiles,
                                  Duration identifyTimeout, MissingCalibration missing,
                                  Function<Setup, SampleListener> downstream, SampleListener raw)
            throws BoardSetupException, InterruptedException {
        BoardFeed feed = new BoardFeed(source, specText, profiles, missing, downstream, raw);
        feed.startedNanos = System.nanoTime();
        feed.thread.start();
        boolean answered;
        try {
            answered = feed.identified.await(identifyTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            feed.close();
            throw e;
        }
        if (feed.setup != null) {
            return feed;
        }
        feed.close();
        if (feed.refusal != null) {
            throw feed.refusal;
        }
        if (feed.failure != null) {
            throw new BoardSetupException(specText + " failed: " + feed.failure.getMessage(), feed.failure);
        }
        if (!answered) {
            String last = feed.lastMessage.isEmpty() ? "" : " (last: " + feed.lastMessage + ")";
            throw new BoardSetupException(String.format(Locale.ROOT, "no answer from %s within %.0f s%s: check "
                    + "that the board is plugged in and switched on", specText,
                    identifyTimeout.toMillis() / 1000.0, last));
        }
        throw new BoardSetupException(specText + " ended before it delivered anything");
    }

    /** What the board identified itself as, its calibration, geometry and the downstream's rate. */
    public Setup setup() {
        return setup;
    }

    /** Where the board's calibration profile is looked up by its board id. */
    public ProfileDirectory profiles() {
        return profiles;
    }

    /**
     * Reads the board's current plate profile again, by its board id, and makes it the live calibration from the
     * next sample on (the auto-zero starts afresh): after a calibration saved a new one. The board keeps running.
     * Any thread.
     *
     * @return the profile now in use
     * @throws ProfileFormatException the profile is damaged, of another board or in another unit; the calibration
     *                                in use stays
     * @throws IllegalStateException  the board has not identified itself, takes no calibration (it delivers newtons,
     *                                or is an IMU board), or has no profile saved and none in use
     */
    public synchronized PlateProfile reloadCalibration() throws ProfileFormatException {
        Setup current = setup;
        if (current == null) {
            throw new IllegalStateException(specText + " has not identified itself yet");
        }
        SourceDescription d = current.description();
        if (d.kind() != SourceDescription.BoardKind.FORCE_PLATE || d.cellUnit() == SourceDescription.CellUnit.NEWTONS) {
            throw new IllegalStateException(d.name() + " takes no plate calibration");
        }
        Optional<PlateProfile> stored = profiles.loadPlate(d.deviceId());
        if (stored.isEmpty()) {
            if (current.profile() != null) {
                // A Wii board on its factory calibration: nothing saved, nothing changes.
                return current.profile();
            }
            throw new IllegalStateException("no calibration for the plate '" + d.deviceId() + "' in "
                    + profiles.directory());
        }
        PlateProfile profile = stored.get();
        if (profile.cellUnit() != d.cellUnit()) {
            throw new ProfileFormatException(profiles.plateFile(d.deviceId()), "cell_unit", "is "
                    + unitWord(profile.cellUnit()) + ", but " + d.name() + " delivers " + unitWord(d.cellUnit()));
        }
        PlateCalibrationStage live = stage;
        if (live == null) {
            // A plate that started uncalibrated: the acquisition thread picks the stage up at its next sample.
            stage = new PlateCalibrationStage(profile, EmptyBoardSettings.DEFAULT, profiles, regular);
        } else {
            live.use(profile);
        }
        setup = new Setup(d, geometry(profile), current.rateHz(), profile);
        return profile;
    }

    private static String unitWord(SourceDescription.CellUnit unit) {
        return unit.name().toLowerCase(Locale.ROOT);
    }

    private static PlateGeometry geometry(PlateProfile profile) {
        return new PlateGeometry(profile.cellSpacingMlMm() / 1000, profile.cellSpacingApMm() / 1000);
    }

    /** When the source was started, host monotonic ns: where a run's elapsed time begins. */
    public long startedNanos() {
        return startedNanos;
    }

    /** The source the feed runs; for its own figures (e.g. its {@link SampleSource#linkStats()}). */
    public SampleSource source() {
        return source;
    }

    /** Whether the source has ended (ran out, failed or was closed); any thread. */
    public boolean ended() {
        return connection == BoardHealth.Connection.ENDED;
    }

    /** What made the source fail on the acquisition thread, or null; any thread. */
    public RuntimeException failure() {
        return failure;
    }

    /** The board's health now; any thread. */
    public BoardHealth health() {
        SourceDescription d = source.description();
        long lost = gapSamples;
        long duplicates = 0;
        long corrupt = 0;
        Optional<LinkStats> link = source.linkStats();
        if (link.isPresent()) {
            // The link counts its losses by the device's own frame numbers; the gaps seen here serve the other boards.
            LinkStats stats = link.get();
            lost = stats.lostSamples();
            duplicates = stats.duplicates();
            corrupt = stats.corruptFrames();
        }
        return new BoardHealth(d.name(), connection, d.nominalRateHz(), achievedRateHz(System.nanoTime()), samples,
                lost, duplicates, corrupt, reconnections, timeGaps.count(), timeGaps.totalS(), lastMessage);
    }

    /** Samples per second since the previous window began, refreshed at most once a second; reader threads. */
    private synchronized double achievedRateHz(long nowNanos) {
        long count = samples;
        if (rateWindowStartNanos == 0) {
            rateWindowStartNanos = nowNanos;
            rateWindowStartSamples = count;
        } else if (nowNanos - rateWindowStartNanos >= RATE_WINDOW_NANOS) {
            achievedRateHz = (count - rateWindowStartSamples) * 1e9 / (nowNanos - rateWindowStartNanos);
            rateWindowStartNanos = nowNanos;
            rateWindowStartSamples = count;
        }
        return achievedRateHz;
    }

    /** Asks the source to end; the downstream then gets its {@code onEnd}. Any thread. */
    public void stop() {
        source.stop();
    }

    /** Stops the source, waits for the acquisition thread to finish and releases the device. */
    @Override
    public void close() {
        source.stop();
        try {
            thread.join(JOIN_MILLIS);
            if (thread.isAlive()) {
                // A source stuck in a blocking call: interruption is the only way left to end its thread.
                thread.interrupt();
                thread.join(JOIN_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            source.close();
        }
    }

    private void acquire() {
        try {
            source.run(head);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
            lastMessage = "the board failed: " + e.getMessage();
        } finally {
            if (!head.ended) {
                head.onEnd();
            }
            connection = BoardHealth.Connection.ENDED;
            identified.countDown();
        }
    }

    /** Looks up the calibration by the identified board's id; acquisition thread. */
    private Setup resolve(SourceDescription d) throws BoardSetupException {
        if (d.kind() == SourceDescription.BoardKind.IMU_WOBBLE_BOARD) {
            return new Setup(d, null, d.nominalRateHz(), null);
        }
        PlateProfile profile = null;
        // Newtons need no calibration; a replayed recording says where its plate's cells sat.
        PlateGeometry geometry = source.cellSpacing().map(c -> new PlateGeometry(c.mlM(), c.apM()))
                .orElse(PlateGeometry.WII_BALANCE_BOARD);
        if (d.cellUnit() != SourceDescription.CellUnit.NEWTONS) {
            Optional<PlateProfile> stored;
            try {
                stored = profiles.loadPlate(d.deviceId());
            } catch (ProfileFormatException e) {
                throw new BoardSetupException(e.getMessage(), e);
            }
            if (stored.isPresent()) {
                profile = stored.get();
            } else if (d.cellUnit() == SourceDescription.CellUnit.KILOGRAMS) {
                profile = PlateProfile.wiiBalanceBoard();
            } else if (missingCalibration == MissingCalibration.REFUSE) {
                throw new BoardSetupException("no calibration for the plate '" + d.deviceId() + "' in "
                        + profiles.directory() + ": run 'stork calibrate plate --source " + specText + "' first");
            }
            if (profile != null) {
                geometry = geometry(profile);
            }
        }
        double rateHz = d.nominalRateHz() > 0 ? d.nominalRateHz() : IRREGULAR_GRID_HZ;
        return new Setup(d, geometry, rateHz, profile);
    }

    /** The source's listener: health, identification, the raw listener and the calibrated chain. */
    private final class Head implements SampleListener {
        private final List<HealthEvent> beforeIdentification = new ArrayList<>();
        private boolean boardKnown;
        // The calibration stage (or the regular downstream for a board in newtons); null while a plate awaits its
        // calibration, which then arrives through the volatile stage.
        private SampleListener calibrated;
        private boolean refused;
        private boolean otherBoard;
        private boolean everConnected;
        private boolean ended;
        private long lastSequence = -1;

        @Override
        public void onPlateSample(PlateSample sample) {
            count(sample.sequence, sample.timeNanos);
            if (ready()) {
                raw.onPlateSample(sample);
                if (calibrated == null) {
                    calibrated = stage;
                }
                if (calibrated != null) {
                    calibrated.onPlateSample(sample);
                }
            }
        }

        @Override
        public void onImuSample(ImuSample sample) {
            count(sample.sequence, sample.timeNanos);
            if (ready()) {
                raw.onImuSample(sample);
                calibrated.onImuSample(sample);
            }
        }

        private void count(long sequence, long timeNanos) {
            // Time gaps are counted on the board's own samples, before an irregular board is put on its grid,
            // and across reconnections too: the time the board was away is time without data.
            timeGaps.sample(timeNanos);
            if (lastSequence >= 0 && sequence > lastSequence + 1) {
                gapSamples = gapSamples + (sequence - lastSequence - 1);
            }
            lastSequence = sequence;
            samples = samples + 1;
        }

        /** True when samples may go on: identified (now, if need be), not refused, the same board. */
        private boolean ready() {
            if (!boardKnown && !refused) {
                identify();
            }
            return boardKnown && !otherBoard;
        }

        /** Health goes to the raw listener and, through the calibration (which adds its own warnings), downstream. */
        private void deliver(HealthEvent event) {
            raw.onHealth(event);
            (calibrated != null ? calibrated : regular).onHealth(event);
        }

        @Override
        public void onHealth(HealthEvent event) {
            lastMessage = event.message();
            switch (event.kind()) {
                case CONNECTED -> {
                    if (everConnected) {
                        reconnections = reconnections + 1;
                    }
                    everConnected = true;
                    // A new connection may restart the device's sequence numbers.
                    lastSequence = -1;
                    connection = BoardHealth.Connection.CONNECTED;
                }
                case DISCONNECTED -> connection = BoardHealth.Connection.DISCONNECTED;
                case RECONNECTING -> connection = BoardHealth.Connection.RECONNECTING;
                default -> {
                }
            }
            if (refused) {
                return;
            }
            if (!boardKnown) {
                if (event.kind() != HealthEvent.Kind.CONNECTED) {
                    beforeIdentification.add(event);
                    return;
                }
                identify();
                if (!boardKnown) {
                    return;
                }
            } else if (event.kind() == HealthEvent.Kind.CONNECTED) {
                deliver(event);
                checkSameBoard(event.timeNanos());
                return;
            }
            deliver(event);
        }

        private void identify() {
            try {
                Setup found = resolve(source.description());
                SampleListener downstream = downstreamFactory.apply(found);
                SourceDescription d = found.description();
                regular = d.kind() == SourceDescription.BoardKind.FORCE_PLATE && d.nominalRateHz() <= 0
                        ? new IrregularPlateAdapter(downstream, found.rateHz()) : downstream;
                if (found.profile() != null) {
                    stage = new PlateCalibrationStage(found.profile(), EmptyBoardSettings.DEFAULT, profiles, regular);
                    calibrated = stage;
                } else if (!found.uncalibrated()) {
                    calibrated = regular;
                }
                boardKnown = true;
                for (HealthEvent earlier : beforeIdentification) {
                    deliver(earlier);
                }
                beforeIdentification.clear();
                if (connection == BoardHealth.Connection.CONNECTING) {
                    // A board without health events (a simulation) counts as connected at its first sample.
                    connection = BoardHealth.Connection.CONNECTED;
                }
                setup = found;
            } catch (BoardSetupException e) {
                refused = true;
                refusal = e;
            } finally {
                identified.countDown();
            }
        }

        /** After a reconnection: holds samples back while another board (or rate) answers. */
        private void checkSameBoard(long timeNanos) {
            SourceDescription expected = setup.description();
            SourceDescription now = source.description();
            boolean same = now.deviceId().equals(expected.deviceId())
                    && now.nominalRateHz() == expected.nominalRateHz();
            if (!same && !otherBoard) {
                HealthEvent warning = new HealthEvent(timeNanos, HealthEvent.Kind.WARNING, String.format(Locale.ROOT,
                        "another board answers on %s: '%s' at %.0f Hz, but this session uses '%s' at %.0f Hz; its "
                                + "samples are ignored until '%s' is back (or start again to use the new board)",
                        specText, now.deviceId(), now.nominalRateHz(), expected.deviceId(),
                        expected.nominalRateHz(), expected.deviceId()));
                lastMessage = warning.message();
                deliver(warning);
            }
            otherBoard = !same;
        }

        @Override
        public void onEnd() {
            ended = true;
            connection = BoardHealth.Connection.ENDED;
            if (boardKnown) {
                raw.onEnd();
                (calibrated != null ? calibrated : regular).onEnd();
            }
        }
    }
}
