package dev.stork.signal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingFormatException;
import dev.stork.sensor.file.RecordingReader;
import dev.stork.support.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * IMU static stability on {@code imu/firm_surface_eyes_closed_ios.csv} against the Gait&amp;Balance app's own
 * outcomes for that file, as listed in the reference data's README (Rashid et al. 2022, github.com/GallVp/
 * sincmotion-matlab). The pipeline is the reference's: g × 9.8, a nominal 100 Hz.
 */
class ImuStaticStabilityReferenceTest {
    private static final double RELATIVE = 1e-6;
    /** The reference converts g with 9.8, not standard gravity. */
    private static final double MPS2_PER_G = 9.8;
    private static final double RATE_HZ = 100;

    @Test
    void phoneRecordingMatchesTheAppsOutcomes() throws RecordingFormatException {
        Recording phone = RecordingReader.read(ReferenceData.file("imu/firm_surface_eyes_closed_ios.csv"));
        int n = phone.size();
        double[] ax = scaled(phone.channel("AccelX"));
        double[] ay = scaled(phone.channel("AccelY"));
        double[] az = scaled(phone.channel("AccelZ"));
        ImuStaticStability.Scores scores = new ImuStaticStability(n, RATE_HZ).compute(ax, ay, az,
                phone.channel("QuatW"), phone.channel("QuatX"), phone.channel("QuatY"), phone.channel("QuatZ"), n);
        assertEquals(3.5146148603432237, scores.stabilityR(), RELATIVE * 3.5146148603432237, "stabilityR");
        assertEquals(4.1171672095899510, scores.stabilityMl(), RELATIVE * 4.1171672095899510, "stabilityML");
        assertEquals(4.099491245557936, scores.stabilityAp(), RELATIVE * 4.099491245557936, "stabilityAP");
    }

    private static double[] scaled(double[] g) {
        double[] out = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            out[i] = g[i] * MPS2_PER_G;
        }
        return out;
    }
}
