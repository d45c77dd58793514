package dev.stork.session;

import dev.stork.board.TrialBoard;
import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.signal.stance.StanceState;
import dev.stork.training.PrescribedTrial;
import dev.stork.trial.LiveSnapshot;
import dev.stork.trial.PlatePipeline;

/**
 * The samples of one trial, on an acquisition thread of the session's own: opens the board for the trial, feeds
 * each sample to the trial's live pipeline (built by its {@link TrialKind}) and to the raw buffer, notes since when
 * the person stands on both legs, tells the session's observer about 30 times a second of sample time, and posts
 * the end of the hold and the end of the source to the session's inbox.
 *
 * <p>Threads: the session thread builds, opens, starts, stops and finishes it; the listener methods run on the
 * acquisition thread, without locks and allocating nothing per sample; {@link #snapshot()} and
 * {@link #twoLegSinceNanos()} may be read from any thread. The raw buffer is the session thread's again once
 * {@link #finish()} has returned.
 *
 * <p>A board lost during the trial (a DISCONNECTED health event) ends a hold in progress at the last sample
 * received, and later samples are not the trial's; lost before the hold began, the trial starts afresh when the
 * board is back, from an empty pipeline and raw buffer.
 */
final class TrialAcquisition implements SampleListener {
    private static final long OBSERVE_PERIOD_NANOS = 33_000_000L;

    private final TrialKind kind;
    private final TrialBoard board;
    private final PrescribedTrial trial;
    private final PlatePipeline pipeline;
    private final RawTrialBuffer raw;
    private final SessionInbox inbox;
    private final Runnable observe;
    private volatile long twoLegSinceNanos = Long.MIN_VALUE;
    private long nextObserveNanos = Long.MIN_VALUE;
    /** Set when the board was lost during the hold: the hold has ended there. */
    private volatile HealthEvent lostDuringHold;
    /** Set when the board was lost after the hold began: later samples are not the trial's. */
    private boolean lostAfterHoldBegan;
    private SampleSource source;
    private Thread thread;

    /**
     * Builds the trial's pipeline and empties the raw buffer; nothing runs yet.
     *
     * @param kind    the kind of the trial's exercise
     * @param board   the board, opened by {@link #open}
     * @param trial   the prescribed trial
     * @param raw     the session's raw buffer, written by the acquisition thread until {@link #finish()}
     * @param inbox   where the end of the hold and of the source go
     * @param observe called on the acquisition thread about 30 times a second of sample time; must not block
     */
    TrialAcquisition(TrialKind kind, TrialBoard board, PrescribedTrial trial, RawTrialBuffer raw, SessionInbox inbox,
                     Runnable observe) {
        this.kind = kind;
        this.board = board;
        this.trial = trial;
        this.pipeline = kind.pipeline(board, trial, result -> inbox.post(new SessionEvent.HoldEnded(result)));
        this.raw = raw;
        this.inbox = inbox;
        this.observe = observe;
        raw.clear();
    }

    /** The kind of the trial's exercise. */
    TrialKind kind() {
        return kind;
    }

    /** The pipeline's latest snapshot; any thread. */
    LiveSnapshot snapshot() {
        return pipeline.snapshot();
    }

    /**
     * When the person was last seen settling onto both legs, in the samples' time base, or {@link Long#MIN_VALUE}
     * while they are not on both legs; any thread.
     */
    long twoLegSinceNanos() {
        return twoLegSinceNanos;
    }

    /** The DISCONNECTED event that ended the hold, or null; read it once the trial is {@link #finish() finished}. */
    HealthEvent lostDuringHold() {
        return lostDuringHold;
    }

    /** Opens the board for the trial; session thread, before {@link #start()}. */
    void open(int trialNumber) {
        source = board.open(trial, trialNumber);
        thread = new Thread(this::acquire, "stork-acquisition-" + trialNumber);
        thread.setDaemon(true);
    }

    /** Starts the acquisition thread; session thread. */
    void start() {
        thread.start();
    }

    /** Asks the source to stop; session thread, returns at once. Its end still arrives in the inbox. */
    void stop() {
        source.stop();
    }

    /** Stops the source, waits for the acquisition thread to leave and closes the source; session thread. */
    void finish() throws InterruptedException {
        source.stop();
        thread.join();
        source.close();
    }

    private void acquire() {
        Exception failure = null;
        try {
            source.run(this);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
        inbox.post(new SessionEvent.SourceEnded(failure));
    }

    @Override
    public void onPlateSample(PlateSample sample) {
        if (lostAfterHoldBegan) {
            return;
        }
        raw.add(sample);
        pipeline.onPlateSample(sample);
        if (sample.timeNanos >= nextObserveNanos) {
            nextObserveNanos = sample.timeNanos + OBSERVE_PERIOD_NANOS;
            LiveSnapshot snapshot = pipeline.snapshot();
            if (snapshot.state() == StanceState.TWO_LEG) {
                if (twoLegSinceNanos == Long.MIN_VALUE) {
                    twoLegSinceNanos = snapshot.timeNanos();
                }
            } else if (!snapshot.holding()) {
                twoLegSinceNanos = Long.MIN_VALUE;
            }
            observe.run();
        }
    }

    /**
     * The board was lost mid-trial. A hold in progress ends at the last sample received, as STOPPED with what was
     * held (its end cannot be measured). Before the hold nothing is lost: the trial starts afresh when the board is
     * back, from an empty pipeline and raw buffer.
     */
    @Override
    public void onHealth(HealthEvent event) {
        if (event.kind() != HealthEvent.Kind.DISCONNECTED || lostAfterHoldBegan) {
            return;
        }
        // A hold's end is published at once, so the snapshots count the holds exactly.
        int endedBefore = pipeline.snapshot().trialsCompleted();
        pipeline.onEnd();
        int endedAfter = pipeline.snapshot().trialsCompleted();
        if (endedAfter > 0) {
            lostAfterHoldBegan = true;
            if (endedAfter > endedBefore) {
                lostDuringHold = event;
            }
        } else {
            pipeline.reset();
            raw.clear();
            twoLegSinceNanos = Long.MIN_VALUE;
            nextObserveNanos = Long.MIN_VALUE;
        }
    }

    @Override
    public void onEnd() {
        pipeline.onEnd();
    }
}
