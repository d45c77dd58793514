package dev.stork.trial;

import dev.stork.sensor.ImuSample;
import dev.stork.signal.filter.CausalButterworth;
import dev.stork.signal.stance.StanceDetector;
import dev.stork.signal.stance.WobbleHoldConfig;
import dev.stork.signal.stance.WobbleHoldDetector;

/**
 * The live pipeline of an IMU wobble board, as a {@link dev.stork.sensor.SampleListener} on the acquisition thread:
 * a causal low-pass on the accelerometer, the board's tilt from the direction of gravity, the hold detector
 * ({@link WobbleHoldDetector}) and the sway of the board's roll and pitch during the hold, in radians.
 *
 * <p>The tilt comes from the filtered accelerometer alone ({@code atan2}): a wobble board moves slowly enough that
 * the low-passed acceleration is dominated by gravity. The board's axes: x to the person's right, y to the front,
 * z up; roll is the ML tilt, pitch the AP tilt. Allocation-free per sample; see {@link PlatePipeline} for threads.
 */
public final class WobblePipeline extends HoldPipeline {
    /** Default causal low-pass of the accelerometer: 2nd order at 5 Hz. */
    public static final double DEFAULT_CUTOFF_HZ = 5;
    private static final int FILTER_ORDER = 2;

    private final CausalButterworth lowPassX;
    private final CausalButterworth lowPassY;
    private final CausalButterworth lowPassZ;
    private final WobbleHoldDetector detector;
    private double tiltRad;

    /**
     * @param sampleRateHz  the IMU's nominal rate, Hz
     * @param config        edge angle, thresholds and hold target
     * @param trialListener receives every hold's result on this pipeline's thread; may be null
     */
    public WobblePipeline(double sampleRateHz, WobbleHoldConfig config, TrialListener trialListener) {
        super(sampleRateHz, config.edgeMinS(), config.targetS(), SwaySummary.Unit.RADIANS, trialListener);
        this.lowPassX = CausalButterworth.lowPass(FILTER_ORDER, sampleRateHz, DEFAULT_CUTOFF_HZ);
        this.lowPassY = CausalButterworth.lowPass(FILTER_ORDER, sampleRateHz, DEFAULT_CUTOFF_HZ);
        this.lowPassZ = CausalButterworth.lowPass(FILTER_ORDER, sampleRateHz, DEFAULT_CUTOFF_HZ);
        this.detector = new WobbleHoldDetector(config, this);
    }

    @Override
    public void onImuSample(ImuSample sample) {
        process(sample.timeNanos, sample.accelX, sample.accelY, sample.accelZ);
    }

    /** Processes one accelerometer sample, m/s² in the board's frame; what {@link #onImuSample} does. */
    public void process(long timeNanos, double accelXMps2, double accelYMps2, double accelZMps2) {
        double ax = lowPassX.filter(accelXMps2);
        double ay = lowPassY.filter(accelYMps2);
        double az = lowPassZ.filter(accelZMps2);
        tiltRad = Math.atan2(Math.sqrt(ax * ax + ay * ay), az);
        double rollRad = Math.atan2(-ax, Math.sqrt(ay * ay + az * az));
        double pitchRad = Math.atan2(ay, az);
        record(timeNanos, rollRad, pitchRad);
        detector.update(timeNanos, tiltRad);
        publishIfDue();
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
        return tiltRad;
    }
}
