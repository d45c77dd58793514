package dev.stork.signal.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingFormatException;
import dev.stork.sensor.file.RecordingReader;
import dev.stork.support.ExpectedValues;
import dev.stork.support.ReferenceData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * All 72 features on every reference trial against the values the reference code of Quijoux et al. (2021)
 * (Jythen/code_descriptors_postural_control) produced on the same files: {@code bds/expected_quijoux_features.tsv}
 * (12 BDS trials of Santos and Duarte 2016), {@code pds/expected_quijoux_features.tsv} (4 PDS trials of dos Santos
 * et al. 2017) and {@code quijoux2021/expected_features.json} (the test export shipped with the reference code); see
 * the reference-data README for how each was made. A feature passes when its relative error is at most 1e-6, or
 * its absolute error at most 1e-9 (for expected values near 0). Each trial reports every failing feature.
 */
class QuijouxFeaturesReferenceTest {
    private static final double RELATIVE = 1e-6;
    private static final double ABSOLUTE = 1e-9;
    private static final double RATE_HZ = 100.0;
    private static final double CM_PER_M = 100.0;
    /** The reference takes samples [4000, 7000) of the AMTI export. */
    private static final int AMTI_FROM = 4000;
    private static final int AMTI_TO = 7000;

    static Stream<String> bdsTrials() {
        return ExpectedValues.reference("bds/expected_quijoux_features.tsv").rowKeys().stream();
    }

    static Stream<String> pdsTrials() {
        return ExpectedValues.reference("pds/expected_quijoux_features.tsv").rowKeys().stream();
    }

    /** BDS: ML = COPy, AP = COPx, both in cm. */
    @ParameterizedTest
    @MethodSource("bdsTrials")
    void bdsTrialMatchesReference(String file) throws RecordingFormatException {
        Recording bds = RecordingReader.read(ReferenceData.file("bds/" + file));
        FeatureSet features = new QuijouxFeatures().analyze(bds.channel("COPy[cm]"), bds.channel("COPx[cm]"),
                RATE_HZ);
        ExpectedValues table = ExpectedValues.reference("bds/expected_quijoux_features.tsv");
        assertMatches(file, features, fromTable(table, file));
    }

    /** PDS: ML = COPNET_Z, AP = COPNET_X, metres times 100. */
    @ParameterizedTest
    @MethodSource("pdsTrials")
    void pdsTrialMatchesReference(String file) throws RecordingFormatException {
        Recording pds = RecordingReader.read(ReferenceData.file("pds/" + file));
        FeatureSet features = new QuijouxFeatures().analyze(scaled(pds.channel("COPNET_Z")),
                scaled(pds.channel("COPNET_X")), RATE_HZ);
        ExpectedValues table = ExpectedValues.reference("pds/expected_quijoux_features.tsv");
        assertMatches(file, features, fromTable(table, file));
    }

    /**
     * The reference's own example: ML = My / Fz and AP = Mx / Fz over the whole export, each minus its mean over
     * the rows with Fz != 0, times 100, samples [4000, 7000); a dropout row (all zeros) gives 0/0 = NaN, which the
     * pipeline drops.
     */
    @org.junit.jupiter.api.Test
    void amtiExampleMatchesReference() throws RecordingFormatException, IOException {
        Recording amti = RecordingReader.read(ReferenceData.file("quijoux2021/test.csv"));
        double[] fz = amti.channel("Fz");
        double[] ml = centredRatio(amti.channel("My"), fz);
        double[] ap = centredRatio(amti.channel("Mx"), fz);
        FeatureSet features = new QuijouxFeatures().analyze(java.util.Arrays.copyOfRange(ml, AMTI_FROM, AMTI_TO),
                java.util.Arrays.copyOfRange(ap, AMTI_FROM, AMTI_TO), RATE_HZ);
        JsonNode json = new ObjectMapper().readTree(ReferenceData.file("quijoux2021/expected_features.json")
                .toFile());
        Map<String, Double> expected = new LinkedHashMap<>();
        json.fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asDouble()));
        assertMatches("quijoux2021/test.csv", features, expected);
    }

    private static double[] centredRatio(double[] moment, double[] fz) {
        int n = moment.length;
        double[] ratio = new double[n];
        double sum = 0.0;
        int valid = 0;
        for (int i = 0; i < n; i++) {
            ratio[i] = moment[i] / fz[i];
            if (fz[i] != 0.0) {
                sum += ratio[i];
                valid++;
            }
        }
        double mean = sum / valid;
        for (int i = 0; i < n; i++) {
            ratio[i] = (ratio[i] - mean) * CM_PER_M;
        }
        return ratio;
    }

    private static Map<String, Double> fromTable(ExpectedValues table, String row) {
        Map<String, Double> expected = new LinkedHashMap<>();
        for (String column : table.columns()) {
            expected.put(column, table.value(row, column));
        }
        return expected;
    }

    private static void assertMatches(String trial, FeatureSet features, Map<String, Double> expected) {
        assertEquals(new ArrayList<>(expected.keySet()), features.names(), trial + ": feature names and order");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            double want = e.getValue();
            double got = features.get(e.getKey());
            double error = Math.abs(got - want);
            if (!(error <= ABSOLUTE || error <= RELATIVE * Math.abs(want))) {
                failures.add(e.getKey() + ": expected " + want + ", got " + got + " (relative error "
                        + error / Math.abs(want) + ")");
            }
        }
        assertEquals(List.of(), failures, trial + ": " + failures.size() + " of " + expected.size()
                + " features outside relative 1e-6 / absolute 1e-9");
    }

    private static double[] scaled(double[] metres) {
        double[] cm = new double[metres.length];
        for (int i = 0; i < cm.length; i++) {
            cm[i] = metres[i] * CM_PER_M;
        }
        return cm;
    }
}
