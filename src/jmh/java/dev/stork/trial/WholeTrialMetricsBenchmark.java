package dev.stork.trial;

import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * All 75 whole-trial metrics (COParea, COPvelo, COPmfreq and the 72 Quijoux et al. features) of one 60 s, 100 Hz
 * BDS trial, read from {@code ../shared/reference-data} (override with -Dstork.referenceData=DIR).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WholeTrialMetricsBenchmark {
    private CopTrace trace;

    @Setup(Level.Trial)
    public void read() throws Exception {
        Path root = Path.of(System.getProperty("stork.referenceData", "../shared/reference-data"));
        Recording bds = RecordingReader.read(root.resolve("bds/BDS00001.txt"));
        trace = CopTrace.of(bds);
        List<String> notes = new ArrayList<>();
        int metrics = WholeTrialMetrics.ofCop(trace, bds.rateHz(), notes).size();
        if (metrics != 75) {
            throw new IllegalStateException("expected 75 metrics, got " + metrics + " " + notes);
        }
    }

    @Benchmark
    public Map<String, Double> seventyFiveMetricsOfABdsTrial() {
        return WholeTrialMetrics.ofCop(trace, 100, new ArrayList<>());
    }
}
