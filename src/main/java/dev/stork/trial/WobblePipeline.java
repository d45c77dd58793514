package dev.stork.trial;

import dev.stork.sensor.ImuSample;
import dev.stork.signal.orientation.MahonyOrientationFilter;
import dev.stork.signal.orientation.WobbleBoardTilt;
import dev.stork.signal.stance.StanceDetector;
import dev.stork.signal.stance.WobbleHoldConfig;
import dev.stork.signal.stance.WobbleHoldDetector;

/**
 * The live pipeline of an IMU wobble board, as a {@link dev.stork.sensor.SampleListener} on the acquisition thread:
 * the IMU's orientation ({@link MahonyOrientationFilter}, accelerometer and gyroscope), the board's tilt from it
 * ({@link WobbleBoardTilt}), the hold detector ({@link WobbleHoldDetector}) and the sway of the board's ML and AP
 * tilt during the hold, in radians.
 *
 * <p>The IMU is taken as mounted with x to the person's right, y to the front and z up when the board is level.
 * The first sample aligns the orientation to gravity. Allocation-free per sample; see {@link PlatePipeline} for
 * threads.
 */
public final class WobblePipeline extends HoldPipeline {
    private final MahonyOrientationFilter orientation = new MahonyOrientationFilter();
    private final WobbleBoardTilt tilt = new WobbleBoardTilt();
    private final WobbleHoldDetector detector;
    private long lastTimeNanos = Long.MIN_VALUE;

    /**
     * @param sampleRateHz  the IMU's nominal rate, Hz
     * @param config        edge angle, thresholds and hold target
     * @param trialListener receives every hold's result on this pipeline's thread; may be null
     */
    public WobblePipeline(double sampleRateHz, WobbleHoldConfig config, TrialListener trialListener) {
        super(sampleRateHz, config.edgeMinS(), config.targetS(), SwaySummary.Unit.RADIANS, trialListener);
        this.detector = new WobbleHoldDetector(config, this);
    }

    @Override
    public void onImuSample(ImuSample sample) {
        process(sample.timeNanos, sample.accelX, sample.accelY, sample.accelZ, sample.gyroX, sample.gyroY,
                sample.gyroZ);
    }

    /**
     * Processes one IMU sample in the board's frame (m/s², rad/s); what {@link #onImuSample} does. A sample whose
     * time does not advance skips the orientation update.
     */
    public void process(long timeNanos, double accelXMps2, double accelYMps2, double accelZMps2,
                        double gyroXRadPerS, double gyroYRadPerS, double gyroZRadPerS) {
        if (lastTimeNanos == Long.MIN_VALUE) {
            orientation.alignToGravity(accelXMps2, accelYMps2, accelZMps2);
        } else if (timeNanos > lastTimeNanos) {
            orientation.update(accelXMps2, accelYMps2, accelZMps2, gyroXRadPerS, gyroYRadPerS, gyroZRadPerS,
                    (timeNanos - lastTimeNanos) * 1e-9);
        }
        lastTimeNanos = timeNanos;
        tilt.update(orientation.w(), orientation.x(), orientation.y(), orientation.z());
        record(timeNanos, tilt.tiltMlRad(), tilt.tiltApRad());
        detector.update(timeNanos, tilt.tiltRad());
        publishIfDue();
    }

    /** Forgets everything (the next sample starts a new session); acquisition thread only. */
    public void reset() {
        detector.reset();
        resetHoldState();
        orientation.reset();
        lastTimeNanos = Long.MIN_VALUE;
    }

    @Override
    StanceDetector detector() {
        return detector;
    }

    @Override
    double loadN() {
        return 0;
    }

    @Override
    double copMlM() {
        return 0;
    }

    @Override
    double copApM() {
        return 0;
    }

    @Override
    double tiltRad() {
        return tilt.tiltRad();
    }
}
