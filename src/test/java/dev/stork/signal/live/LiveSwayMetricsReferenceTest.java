package dev.stork.signal.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingReader;
import dev.stork.support.ExpectedValues;
import dev.stork.support.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * The running metrics, fed one sample at a time, reproduce the published 95 % ellipse area (COParea, cm²) and mean
 * velocity (COPvelo, cm/s) of the BDS and PDS data sets (Santos and Duarte 2016; dos Santos et al. 2017), which
 * the authors computed on the whole raw 60 s COP in cm at 100 Hz (see reference-data/README.md). The tables give
 * 10 significant digits, so the tolerance is 1e-8 relative.
 */
class LiveSwayMetricsReferenceTest {
    private static final double RELATIVE = 1e-8;
    private static final PredictionEllipseFactor FACTOR = new PredictionEllipseFactor();

    private static void check(ExpectedValues expected, String trial, double[] mlCm, double[] apCm) {
        LiveSwayMetrics metrics = new LiveSwayMetrics(100, FACTOR);
        for (int i = 0; i < mlCm.length; i++) {
            metrics.add(mlCm[i], apCm[i]);
        }
        double area = expected.value(trial, "COParea");
        double velocity = expected.value(trial, "COPvelo");
        assertEquals(area, metrics.ellipseAreaM2(), RELATIVE * area, trial + " COParea (cm², values fed in cm)");
        assertEquals(velocity, metrics.meanVelocityMps(), RELATIVE * velocity, trial + " COPvelo (cm/s)");
    }

    @Test
    void reproducesThePublishedBdsValues() throws Exception {
        ExpectedValues expected = ExpectedValues.reference("bds/expected_area_velocity_meanfreq.tsv");
        for (String trial : expected.rowKeys()) {
            Recording r = RecordingReader.read(ReferenceData.file("bds/" + trial + ".txt"));
            check(expected, trial, r.channel("COPy[cm]"), r.channel("COPx[cm]"));
        }
    }

    @Test
    void reproducesThePublishedPdsValues() throws Exception {
        ExpectedValues expected = ExpectedValues.reference("pds/expected_area_velocity_meanfreq.tsv");
        for (String trial : expected.rowKeys()) {
            Recording r = RecordingReader.read(ReferenceData.file("pds/" + trial + "grf.txt"));
            double[] ml = r.channel("COPNET_Z").clone();
            double[] ap = r.channel("COPNET_X").clone();
            for (int i = 0; i < ml.length; i++) {
                ml[i] *= 100;
                ap[i] *= 100;
            }
            check(expected, trial, ml, ap);
        }
    }
}
