package dev.stork.trial;

import dev.stork.sensor.PlateSample;
import dev.stork.signal.cop.FourCellCop;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.signal.filter.CausalButterworth;
import dev.stork.signal.stance.PlateDetector;
import dev.stork.signal.stance.PlateStanceConfig;
import dev.stork.signal.stance.PlateStanceDetector;
import dev.stork.signal.stance.RepetitionSetDetector;
import dev.stork.signal.stance.StanceDetector;
import dev.stork.signal.stance.StanceListener;
import java.util.function.Function;

/**
 * The live pipeline of a four-cell plate, as a {@link dev.stork.sensor.SampleListener} on the acquisition thread:
 * COP from the cells ({@link FourCellCop}), a causal low-pass on each axis ({@link CausalButterworth}), the stance
 * detector ({@link PlateStanceDetector}) and the sway of the running hold
 * ({@link dev.stork.signal.live.LiveSwayMetrics}). Cells must be in newtons (calibrated). For a set of
 * repetitions ({@link #forRepetitions}) a {@link RepetitionSetDetector} takes the stance detector's place: the set
 * is reported as a hold, with its repetitions in the result.
 *
 * <p>Per sample it allocates nothing and takes no lock. About 30 times per second of sample time it publishes its
 * state; any thread reads it with {@link #snapshot()}. When a hold ends it builds a {@link TrialResult} (one small
 * allocation per hold) and passes it to the {@link TrialListener}. A replayed recording runs through exactly this
 * class.
 */
public final class PlatePipeline extends HoldPipeline {
    /** Default causal low-pass applied to the COP before detection and sway: 2nd order at 8 Hz. */
    public static final double DEFAULT_CUTOFF_HZ = 8;
    private static final int FILTER_ORDER = 2;
    private static final double MIN_COP_LOAD_N = 20;

    private final FourCellCop cop;
    private final CausalButterworth lowPassMl;
    private final CausalButterworth lowPassAp;
    private final StanceDetector detector;
    private final PlateDetector detectorInput;
    private boolean wasLoaded;
    private double filteredMlM;
    private double filteredApM;

    /**
     * @param geometry      where the plate's cells sit
     * @param sampleRateHz  the source's nominal rate, Hz
     * @param stanceConfig  detector thresholds and hold target
     * @param cutoffHz      causal low-pass cutoff for the COP, Hz (below half the rate)
     * @param trialListener receives every hold's result on this pipeline's thread; may be null
     */
    public PlatePipeline(PlateGeometry geometry, double sampleRateHz, PlateStanceConfig stanceConfig, double cutoffHz,
                         TrialListener trialListener) {
        this(geometry, sampleRateHz, stanceConfig.targetS(), cutoffHz, trialListener,
                listener -> new PlateStanceDetector(stanceConfig, sampleRateHz, listener));
    }

    private <D extends StanceDetector & PlateDetector> PlatePipeline(PlateGeometry geometry, double sampleRateHz,
            double targetS, double cutoffHz, TrialListener trialListener, Function<StanceListener, D> detector) {
        super(sampleRateHz, PlateStanceConfig.LONGEST_END_DELAY_S, targetS, SwaySummary.Unit.METRES, trialListener);
        this.cop = new FourCellCop(geometry, MIN_COP_LOAD_N);
        this.lowPassMl = CausalButterworth.lowPass(FILTER_ORDER, sampleRateHz, cutoffHz);
        this.lowPassAp = CausalButterworth.lowPass(FILTER_ORDER, sampleRateHz, cutoffHz);
        D built = detector.apply(this);
        this.detector = built;
        this.detectorInput = built;
    }

    /**
     * A pipeline for a set of {@code targetCount} repetitions: the set is reported as a hold from the end of the
     * countdown to the last repetition (or stepping off), its repetitions in {@link TrialResult#repetitions()}.
     *
     * @param geometry      where the plate's cells sit
     * @param sampleRateHz  the source's nominal rate, Hz
     * @param targetCount   repetitions in the set
     * @param trialListener receives the set's result on this pipeline's thread; may be null
     */
    public static PlatePipeline forRepetitions(PlateGeometry geometry, double sampleRateHz, int targetCount,
                                               TrialListener trialListener) {
        PlateStanceConfig config = PlateStanceConfig.defaults(1);
        return new PlatePipeline(geometry, sampleRateHz, Double.POSITIVE_INFINITY, DEFAULT_CUTOFF_HZ, trialListener,
                listener -> new RepetitionSetDetector(targetCount, config, sampleRateHz, listener));
    }

    /** A pipeline with the default low-pass. */
    public PlatePipeline(PlateGeometry geometry, double sampleRateHz, PlateStanceConfig stanceConfig,
                         TrialListener trialListener) {
        this(geometry, sampleRateHz, stanceConfig, DEFAULT_CUTOFF_HZ, trialListener);
    }

    @Override
    public void onPlateSample(PlateSample sample) {
        process(sample.timeNanos, sample.topLeft, sample.topRight, sample.bottomLeft, sample.bottomRight);
    }

    /** Processes one sample given as primitives (cells in N); what {@link #onPlateSample} does. */
    public void process(long timeNanos, double topLeftN, double topRightN, double bottomLeftN, double bottomRightN) {
        cop.update(topLeftN, topRightN, bottomLeftN, bottomRightN);
        if (cop.loaded()) {
            if (!wasLoaded) {
                lowPassMl.reset();
                lowPassAp.reset();
            }
            filteredMlM = lowPassMl.filter(cop.copMlM());
            filteredApM = lowPassAp.filter(cop.copApM());
        }
        wasLoaded = cop.loaded();
        record(timeNanos, filteredMlM, filteredApM);
        // The detector dates transitions on the raw COP (the low-pass would delay them) and times stabilisation on
        // the filtered one.
        detectorInput.update(timeNanos, cop.totalN(), cop.loaded() ? cop.copMlM() : filteredMlM,
                cop.loaded() ? cop.copApM() : filteredApM, filteredMlM, filteredApM);
        publishIfDue();
    }

    /** Forgets everything (the next sample starts a new session); acquisition thread only. */
    public void reset() {
        detector.reset();
        resetHoldState();
        lowPassMl.reset();
        lowPassAp.reset();
        wasLoaded = false;
        filteredMlM = 0;
        filteredApM = 0;
    }

    @Override
    StanceDetector detector() {
        return detector;
    }

    @Override
    double loadN() {
        return cop.totalN();
    }

    @Override
    double copMlM() {
        return filteredMlM;
    }

    @Override
    double copApM() {
        return filteredApM;
    }

    @Override
    double tiltRad() {
        return 0;
    }
}
