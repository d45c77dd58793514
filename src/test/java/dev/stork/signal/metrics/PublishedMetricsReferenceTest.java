package dev.stork.signal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingFormatException;
import dev.stork.sensor.file.RecordingReader;
import dev.stork.support.ExpectedValues;
import dev.stork.support.ReferenceData;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three metrics published with the BDS (Santos and Duarte 2016) and PDS (dos Santos et al. 2017) data sets,
 * against the authors' values in {@code expected_area_velocity_meanfreq.tsv} (10 significant digits, so a relative
 * error of 1e-8 is as tight as they allow).
 */
class PublishedMetricsReferenceTest {
    private static final double RELATIVE = 1e-8;
    private static final double RATE_HZ = 100;
    private static final double CM_PER_M = 100;

    static Stream<String> bdsTrials() {
        return ExpectedValues.reference("bds/expected_area_velocity_meanfreq.tsv").rowKeys().stream();
    }

    static Stream<String> pdsTrials() {
        return ExpectedValues.reference("pds/expected_area_velocity_meanfreq.tsv").rowKeys().stream();
    }

    @ParameterizedTest
    @MethodSource("bdsTrials")
    void bdsTrialMatchesPublishedValues(String trial) throws RecordingFormatException {
        Recording bds = RecordingReader.read(ReferenceData.file("bds/" + trial + ".txt"));
        double[] ap = scaled(bds.channel("COPx[cm]"), 1 / CM_PER_M);
        double[] ml = scaled(bds.channel("COPy[cm]"), 1 / CM_PER_M);
        check("bds/expected_area_velocity_meanfreq.tsv", trial, ap, ml);
    }

    @ParameterizedTest
    @MethodSource("pdsTrials")
    void pdsTrialMatchesPublishedValues(String trial) throws RecordingFormatException {
        Recording pds = RecordingReader.read(ReferenceData.file("pds/" + trial + "grf.txt"));
        double[] ap = pds.channel("COPNET_X");
        double[] ml = pds.channel("COPNET_Z");
        check("pds/expected_area_velocity_meanfreq.tsv", trial, ap, ml);
    }

    private static void check(String table, String trial, double[] apM, double[] mlM) {
        ExpectedValues expected = ExpectedValues.reference(table);
        double area = expected.value(trial, "COParea");
        double velocity = expected.value(trial, "COPvelo");
        int n = apM.length;
        assertEquals(6000, n, trial + ": 60 s at 100 Hz");
        assertEquals(area, PredictionEllipse.areaM2(apM, mlM, n) * CM_PER_M * CM_PER_M, RELATIVE * area,
                trial + " COParea cm²");
        assertEquals(velocity, PathVelocity.meanVelocityMps(apM, mlM, n, RATE_HZ) * CM_PER_M, RELATIVE * velocity,
                trial + " COPvelo cm/s");
    }

    private static double[] scaled(double[] values, double factor) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }
}
