package dev.stork.trial;

import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingFormat;
import dev.stork.sensor.file.RecordingFormatException;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.signal.orientation.MahonyOrientationFilter;
import dev.stork.signal.stance.PlateStanceConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Analyses a recording the way a finished trial is analysed: the whole-trial metrics of {@link WholeTrialMetrics}
 * and the single-leg holds found by replaying it through the live pipeline ({@link HoldFinder}, one code path), and
 * the gaps in its time column ({@link DataGaps}).
 *
 * <p>Laboratory recordings (BDS, PDS, AMTI) carry a force and a COP rather than four cells; for hold detection they
 * are replayed as a virtual four-cell plate whose cells reproduce the recorded vertical force and COP exactly.
 */
public final class RecordingAnalysis {
    /** The phone IMU reference (Gait&amp;Balance) takes its recordings as 100 Hz, whatever the timestamps say. */
    public static final double PHONE_IMU_RATE_HZ = 100;
    /** The phone IMU reference converts g to m/s² with 9.8. */
    public static final double PHONE_G_MPS2 = 9.8;
    /** Virtual plate for laboratory recordings: wider than any standing COP excursion. */
    static final PlateGeometry VIRTUAL_PLATE = new PlateGeometry(0.6, 0.4);
    private static final double CM_PER_M = 100;

    private RecordingAnalysis() {
    }

    /**
     * Analyses samples {@code [fromSample, toSample)} of {@code recording}.
     *
     * @throws RecordingFormatException when the recording's metadata is malformed
     * @throws IllegalArgumentException when the sample range is outside the recording
     */
    public static RecordingReport analyze(Recording recording, int fromSample, int toSample)
            throws RecordingFormatException {
        if (fromSample < 0 || toSample > recording.size() || fromSample >= toSample) {
            throw new IllegalArgumentException("samples [" + fromSample + ", " + toSample + ") are outside the "
                    + recording.size() + " samples of " + recording.file());
        }
        List<String> notes = new ArrayList<>();
        Recording window = fromSample == 0 && toSample == recording.size() ? recording
                : recording.slice(fromSample, toSample);
        Map<String, Double> metrics;
        List<TrialResult> holds;
        if (recording.format().content() == RecordingFormat.Content.IMU) {
            metrics = imuMetrics(window, notes);
            if (recording.format() == RecordingFormat.STORK_IMU) {
                holds = HoldFinder.find(window);
            } else {
                holds = List.of();
                notes.add("holds are detected on wobble-board and plate recordings, not on a body-worn phone");
            }
        } else {
            // The AMTI trace is centred on the whole export's mean before the window is cut (Quijoux et al. 2021).
            CopTrace trace = CopTrace.of(recording).slice(fromSample, toSample);
            metrics = WholeTrialMetrics.ofCop(trace, recording.rateHz(), notes);
            holds = recording.format() == RecordingFormat.STORK_PLATE ? HoldFinder.find(window)
                    : virtualPlateHolds(window, trace);
        }
        if (window.dropoutRows() > 0) {
            notes.add(window.dropoutRows() + " dropout rows (Fz = 0) skipped");
        }
        DataGaps gaps = DataGaps.of(window.timeS());
        return new RecordingReport(recording.file(), recording.format(), window.size(), recording.rateHz(),
                window.durationS(), window.dropoutRows(), gaps.count(), gaps.totalS(), metrics, holds, notes);
    }

    private static Map<String, Double> imuMetrics(Recording recording, List<String> notes) {
        int n = recording.size();
        if (recording.format() == RecordingFormat.PHONE_IMU) {
            double[][] accel = {scaled(recording.channel("AccelX"), PHONE_G_MPS2),
                scaled(recording.channel("AccelY"), PHONE_G_MPS2), scaled(recording.channel("AccelZ"), PHONE_G_MPS2)};
            double[][] quaternion = {recording.channel("QuatW"), recording.channel("QuatX"),
                recording.channel("QuatY"), recording.channel("QuatZ")};
            return WholeTrialMetrics.ofImu(accel, quaternion, PHONE_IMU_RATE_HZ, notes);
        }
        double[][] accel = {recording.channel("ax"), recording.channel("ay"), recording.channel("az")};
        double[] gx = recording.channel("gx");
        double[] gy = recording.channel("gy");
        double[] gz = recording.channel("gz");
        double[] time = recording.timeS();
        double[][] quaternion = new double[4][n];
        MahonyOrientationFilter filter = new MahonyOrientationFilter();
        filter.alignToGravity(accel[0][0], accel[1][0], accel[2][0]);
        for (int i = 0; i < n; i++) {
            double intervalS = i == 0 ? 1 / recording.rateHz() : time[i] - time[i - 1];
            filter.update(accel[0][i], accel[1][i], accel[2][i], gx[i], gy[i], gz[i], intervalS);
            quaternion[0][i] = filter.w();
            quaternion[1][i] = filter.x();
            quaternion[2][i] = filter.y();
            quaternion[3][i] = filter.z();
        }
        return WholeTrialMetrics.ofImu(accel, quaternion, recording.rateHz(), notes);
    }

    /**
     * Replays a laboratory recording through {@link PlatePipeline} as four virtual cells: with x = ML / (w/2) and
     * y = AP / (h/2), the cells F/4 (1 ∓ x)(1 ± y) sum to F and put the COP exactly at (ML, AP).
     */
    private static List<TrialResult> virtualPlateHolds(Recording recording, CopTrace trace) {
        List<TrialResult> holds = new ArrayList<>();
        PlatePipeline pipeline = new PlatePipeline(VIRTUAL_PLATE, recording.rateHz(),
                PlateStanceConfig.defaults(Double.POSITIVE_INFINITY), holds::add);
        double halfWidthCm = VIRTUAL_PLATE.cellSpacingMlM() / 2 * CM_PER_M;
        double halfDepthCm = VIRTUAL_PLATE.cellSpacingApM() / 2 * CM_PER_M;
        double[] time = recording.timeS();
        for (int i = 0; i < trace.size(); i++) {
            long timeNanos = Math.round(time[i] * 1e9);
            double load = trace.loadN()[i];
            if (Double.isNaN(trace.mlCm()[i])) {
                continue;
            }
            double x = trace.mlCm()[i] / halfWidthCm;
            double y = trace.apCm()[i] / halfDepthCm;
            double quarter = load / 4;
            pipeline.process(timeNanos, quarter * (1 - x) * (1 + y), quarter * (1 + x) * (1 + y),
                    quarter * (1 - x) * (1 - y), quarter * (1 + x) * (1 - y));
        }
        pipeline.onEnd();
        return holds;
    }

    private static double[] scaled(double[] values, double factor) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }
}
