package dev.stork.trial;

import dev.stork.signal.live.LiveSwayMetrics;
import dev.stork.signal.stance.Leg;
import dev.stork.signal.stance.StanceState;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Hands the pipeline's state from the acquisition thread to readers without locks and without allocating on the
 * acquisition thread: a sequence lock. The single writer makes the sequence odd, writes the primitive fields and
 * makes it even again; a reader copies the fields and retries if the sequence moved meanwhile, then builds the
 * immutable {@link LiveSnapshot} on its own thread.
 */
final class SnapshotExchange {
    private static final VarHandle SEQUENCE;

    static {
        try {
            SEQUENCE = MethodHandles.lookup().findVarHandle(SnapshotExchange.class, "sequence", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final SwaySummary.Unit unit;
    private final double targetS;
    @SuppressWarnings("unused") // accessed through SEQUENCE
    private volatile long sequence;
    private long timeNanos;
    private StanceState state = StanceState.EMPTY;
    private double loadN;
    private double copMlM;
    private double copApM;
    private double tiltRad;
    private Leg holdLeg = Leg.UNKNOWN;
    private double holdElapsedS;
    private long swaySamples;
    private double swayPath;
    private double swayVelocity;
    private double swayRms;
    private double swayEllipse = Double.NaN;
    private int trialsCompleted;
    private TrialResult lastTrial;
    private int repetitions;

    SnapshotExchange(SwaySummary.Unit unit, double targetS) {
        this.unit = unit;
        this.targetS = targetS;
    }

    /** Writer only: publishes the current state. */
    void publish(long timeNanos, StanceState state, double loadN, double copMlM, double copApM, double tiltRad,
                 Leg holdLeg, double holdElapsedS, LiveSwayMetrics sway, int trialsCompleted, TrialResult lastTrial,
                 int repetitions) {
        long s = (long) SEQUENCE.getOpaque(this);
        SEQUENCE.setOpaque(this, s + 1);
        VarHandle.storeStoreFence();
        this.timeNanos = timeNanos;
        this.state = state;
        this.loadN = loadN;
        this.copMlM = copMlM;
        this.copApM = copApM;
        this.tiltRad = tiltRad;
        this.holdLeg = holdLeg;
        this.holdElapsedS = holdElapsedS;
        this.swaySamples = sway.sampleCount();
        this.swayPath = sway.pathLengthM();
        this.swayVelocity = sway.meanVelocityMps();
        this.swayRms = sway.rmsDistanceM();
        this.swayEllipse = sway.ellipseAreaM2();
        this.trialsCompleted = trialsCompleted;
        this.lastTrial = lastTrial;
        this.repetitions = repetitions;
        SEQUENCE.setRelease(this, s + 2);
    }

    /** Any thread: a consistent copy of the last published state. */
    LiveSnapshot read() {
        while (true) {
            long before = (long) SEQUENCE.getAcquire(this);
            if ((before & 1) == 0) {
                LiveSnapshot snapshot = new LiveSnapshot(timeNanos, state, loadN, copMlM, copApM, tiltRad, holdLeg,
                        holdElapsedS, targetS, new SwaySummary(swaySamples, swayPath, swayVelocity, swayRms,
                        swayEllipse, unit), trialsCompleted, lastTrial, repetitions);
                VarHandle.loadLoadFence();
                if ((long) SEQUENCE.getOpaque(this) == before) {
                    return snapshot;
                }
            }
            Thread.onSpinWait();
        }
    }
}
