package dev.stork.trial;

import dev.stork.sensor.SampleListener;
import dev.stork.signal.live.LiveSwayMetrics;
import dev.stork.signal.live.PredictionEllipseFactor;
import dev.stork.signal.stance.HoldEndReason;
import dev.stork.signal.stance.Leg;
import dev.stork.signal.stance.StanceDetector;
import dev.stork.signal.stance.StanceListener;

/**
 * What every live pipeline does after its board-specific front end: keeps the sway of exactly the hold's samples
 * ({@link HoldSway}), builds a {@link TrialResult} when a hold ends, and publishes snapshots every
 * {@value #PUBLISH_PERIOD_MS} ms of sample time. Acquisition thread only, except {@link #snapshot()}.
 */
abstract sealed class HoldPipeline implements SampleListener, StanceListener permits PlatePipeline, WobblePipeline {
    /** Period of snapshot publication in sample time, ms (about 30 per second). */
    public static final long PUBLISH_PERIOD_MS = 33;
    private static final long PUBLISH_PERIOD_NANOS = PUBLISH_PERIOD_MS * 1_000_000;
    private static final double RING_SECONDS = 4;

    private final HoldSway holdSway;
    private final SnapshotExchange exchange;
    private final SwaySummary.Unit unit;
    private final TrialListener trialListener;
    private Leg namedLeg = Leg.UNKNOWN;
    private long lastTimeNanos;
    private long nextPublishNanos = Long.MIN_VALUE;
    private int trialsCompleted;
    private TrialResult lastTrial;

    HoldPipeline(double sampleRateHz, double confirmationDelayS, double targetS, SwaySummary.Unit unit,
                 TrialListener trialListener) {
        long lagNanos = Math.round(confirmationDelayS * 1e9) + Math.round(2e9 / sampleRateHz);
        this.holdSway = new HoldSway(HoldSway.capacityFor(sampleRateHz, RING_SECONDS), lagNanos,
                new LiveSwayMetrics(sampleRateHz, new PredictionEllipseFactor()));
        this.exchange = new SnapshotExchange(unit, targetS);
        this.unit = unit;
        this.trialListener = trialListener;
    }

    /**
     * Names the leg of the holds to come when the board cannot tell (a wobble board): the exercise says which.
     * Acquisition thread, or before the source starts.
     */
    public void nameStanceLeg(Leg leg) {
        namedLeg = leg;
    }

    /** The board-specific part stores the sample (x, y in the sway unit) and, after it, may call publishIfDue. */
    final void record(long timeNanos, double swayX, double swayY) {
        lastTimeNanos = timeNanos;
        holdSway.append(timeNanos, swayX, swayY);
    }

    final void publishIfDue() {
        if (lastTimeNanos >= nextPublishNanos) {
            publish();
            nextPublishNanos = lastTimeNanos + PUBLISH_PERIOD_NANOS;
        }
    }

    @Override
    public final void onHoldStarted(long startNanos, Leg stanceLeg) {
        holdSway.start(startNanos);
    }

    @Override
    public final void onHoldEnded(long startNanos, long endNanos, Leg stanceLeg, HoldEndReason reason,
                                  double timeToStabilisationS) {
        holdSway.end(endNanos);
        Leg leg = stanceLeg == Leg.UNKNOWN ? namedLeg : stanceLeg;
        StanceDetector detector = detector();
        lastTrial = new TrialResult(leg, startNanos, endNanos, reason, timeToStabilisationS,
                SwaySummary.of(holdSway.metrics(), unit), detector.completedRepetitions(), detector.repetitions());
        trialsCompleted++;
        if (trialListener != null) {
            trialListener.onTrialResult(lastTrial);
        }
        publish();
    }

    @Override
    public final void onHoldWithdrawn(long startNanos, Leg stanceLeg) {
        holdSway.cancel();
        publish();
    }

    @Override
    public final void onEnd() {
        detector().finish();
        publish();
    }

    /** The board's detector. */
    abstract StanceDetector detector();

    abstract double loadN();

    abstract double copMlM();

    abstract double copApM();

    abstract double tiltRad();

    private void publish() {
        StanceDetector detector = detector();
        Leg leg = detector.holdLeg() == Leg.UNKNOWN ? namedLeg : detector.holdLeg();
        exchange.publish(lastTimeNanos, detector.state(), loadN(), copMlM(), copApM(), tiltRad(), leg,
                detector.holdElapsedS(lastTimeNanos), holdSway.metrics(), trialsCompleted, lastTrial,
                detector.repetitions());
    }

    /** The last published state; any thread. Allocates the returned snapshot on the caller's thread. */
    public final LiveSnapshot snapshot() {
        return exchange.read();
    }

    /** Forgets the hold in progress and the publication clock; acquisition thread only. */
    void resetHoldState() {
        holdSway.reset();
        nextPublishNanos = Long.MIN_VALUE;
    }
}
