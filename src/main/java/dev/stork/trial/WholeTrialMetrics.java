package dev.stork.trial;

import dev.stork.signal.features.QuijouxFeatures;
import dev.stork.signal.metrics.ImuStaticStability;
import dev.stork.signal.metrics.MeanFrequency;
import dev.stork.signal.metrics.PathVelocity;
import dev.stork.signal.metrics.PredictionEllipse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics that need a whole trial's signal, computed once when it ends (or on a recording): the three
 * published with the BDS and PDS data sets (COParea cm², COPvelo cm/s, COPmfreq Hz, on the raw COP), the 72
 * sway features of Quijoux et al. (2021) through their reference pipeline, and the IMU static stability of the
 * Gait&amp;Balance app. Names are those of the reference tables.
 *
 * <p>A metric that the signal cannot carry (too short, too slow a rate) is left out, and the reason is added to the
 * caller's notes, so a report never shows a number that was not computed.
 */
public final class WholeTrialMetrics {
    /** Published area of the 95 % prediction ellipse, cm². */
    public static final String COP_AREA = "COParea";
    /** Published mean COP velocity, cm/s. */
    public static final String COP_VELOCITY = "COPvelo";
    /** Published power-weighted mean frequency, Hz. */
    public static final String COP_MEAN_FREQUENCY = "COPmfreq";
    /** IMU static stability, resultant acceleration. */
    public static final String STABILITY_R = "stabilityR";
    /** IMU static stability, medio-lateral. */
    public static final String STABILITY_ML = "stabilityML";
    /** IMU static stability, antero-posterior. */
    public static final String STABILITY_AP = "stabilityAP";

    private WholeTrialMetrics() {
    }

    /**
     * Sway metrics of a COP trace: the three published ones on the samples that have a COP, then the 72 features
     * (whose pipeline drops the samples without one and resamples across them).
     *
     * @param notes receives one sentence per metric family that could not be computed
     */
    public static Map<String, Double> ofCop(CopTrace trace, double rateHz, List<String> notes) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        double[][] packed = trace.validPacked();
        double[] ml = packed[0];
        double[] ap = packed[1];
        int n = ml.length;
        if (n < 4) {
            notes.add("sway metrics need at least 4 samples with a centre of pressure; this has " + n);
            return metrics;
        }
        metrics.put(COP_AREA, PredictionEllipse.areaM2(ap, ml, n));
        metrics.put(COP_VELOCITY, PathVelocity.meanVelocityMps(ap, ml, n, rateHz));
        try {
            metrics.put(COP_MEAN_FREQUENCY, new MeanFrequency(n, rateHz).combinedHz(ap, ml));
        } catch (IllegalArgumentException e) {
            notes.add(COP_MEAN_FREQUENCY + " not computed: " + e.getMessage());
        }
        try {
            metrics.putAll(new QuijouxFeatures().analyze(trace.mlCm(), trace.apCm(), rateHz).asMap());
        } catch (IllegalArgumentException e) {
            notes.add("the 72 sway features were not computed: " + e.getMessage());
        }
        return metrics;
    }

    /**
     * IMU static stability of a recording: acceleration in m/s² with gravity, in the sensor frame, and the sensor's
     * orientation quaternion per sample (sensor to earth).
     *
     * @param notes receives the reason when the recording cannot be scored
     */
    public static Map<String, Double> ofImu(double[][] accelMps2, double[][] quaternion, double rateHz,
                                            List<String> notes) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        int n = accelMps2[0].length;
        try {
            ImuStaticStability.Scores scores = new ImuStaticStability(n, rateHz).compute(accelMps2[0], accelMps2[1],
                    accelMps2[2], quaternion[0], quaternion[1], quaternion[2], quaternion[3], n);
            metrics.put(STABILITY_R, scores.stabilityR());
            metrics.put(STABILITY_ML, scores.stabilityMl());
            metrics.put(STABILITY_AP, scores.stabilityAp());
        } catch (IllegalArgumentException e) {
            notes.add("IMU stability not computed: " + e.getMessage());
        }
        return metrics;
    }
}
