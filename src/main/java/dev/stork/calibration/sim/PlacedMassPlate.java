package dev.stork.calibration.sim;

import dev.stork.calibration.PlateCalibrationProcedure;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SourceDescription;
import java.util.Random;

/**
 * A plate on which a simulated helper places a known mass, sample by sample. The mass's weight is shared by the
 * cells as on a rigid plate ({@code F/4 × (1 ∓ u ± v)} with u, v the position over the half spacings, as in
 * {@link dev.stork.sensor.sim.PlateSessionModel}); placing it takes {@value #SETTLE_S} s during which the load
 * wobbles; every cell adds white noise; {@link UncalibratedCells} turns newtons into raw values. Each placement
 * lands where the step asks (centre, or over a corner cell) plus a Gaussian aiming error of
 * {@code placementErrorM} per axis (0 for a jig; a few millimetres by eye). Single-threaded; {@link #next} allocates
 * nothing. The same seed gives the same samples.
 */
public final class PlacedMassPlate {
    /** Time for a placed mass to settle, s. */
    public static final double SETTLE_S = 0.5;

    private final UncalibratedCells cells;
    private final double rateHz;
    private final double halfSpacingMlM;
    private final double halfSpacingApM;
    private final double cellNoiseN;
    private final double placementErrorM;
    private final Random random;
    private final PlateSample newtons = new PlateSample();
    private final String deviceId;
    private long index;
    private double massKg;
    private double mlM;
    private double apM;
    private double placedAtS = Double.NEGATIVE_INFINITY;

    /**
     * @param cells          the true cell response
     * @param rateHz         sample rate, Hz
     * @param cellSpacingMlM distance between left and right cells, m
     * @param cellSpacingApM distance between front and back cells, m
     * @param cellNoiseN     white noise per cell, N
     * @param placementErrorM standard deviation of the helper's aim per axis, m
     * @param seed           random seed
     * @param deviceId       the device id the board reports
     */
    public PlacedMassPlate(UncalibratedCells cells, double rateHz, double cellSpacingMlM, double cellSpacingApM,
                           double cellNoiseN, double placementErrorM, long seed, String deviceId) {
        this.cells = cells;
        this.rateHz = rateHz;
        this.halfSpacingMlM = cellSpacingMlM / 2;
        this.halfSpacingApM = cellSpacingApM / 2;
        this.cellNoiseN = cellNoiseN;
        this.placementErrorM = placementErrorM;
        this.random = new Random(seed);
        this.deviceId = deviceId;
    }

    /** What this board reports about itself. */
    public SourceDescription description() {
        return new SourceDescription("simulated uncalibrated plate, " + rateHz + " Hz",
                SourceDescription.BoardKind.FORCE_PLATE, rateHz, cells.unit(), deviceId);
    }

    /** Places {@code kg} at ({@code mlM}, {@code apM}) from the centre (0 kg empties the board). */
    public void place(double kg, double ml, double ap) {
        massKg = kg;
        mlM = ml;
        apM = ap;
        placedAtS = index / rateHz;
    }

    /** Does what a procedure step asks with a mass of {@code kg}: empties the board or places the mass. */
    public void perform(String stepId, double kg) {
        if (stepId.equals(PlateCalibrationProcedure.EMPTY)) {
            place(0, 0, 0);
            return;
        }
        place(kg, PlateCalibrationProcedure.mlFraction(stepId) * halfSpacingMlM + placementErrorM * random.nextGaussian(),
                PlateCalibrationProcedure.apFraction(stepId) * halfSpacingApM + placementErrorM * random.nextGaussian());
    }

    /** Fills {@code out} with the next raw sample; time starts at 0 ns and advances by one period per sample. */
    public void next(PlateSample out) {
        double t = index / rateHz;
        double settling = t - placedAtS;
        double wobble = settling < SETTLE_S ? 0.3 * Math.sin(2 * Math.PI * 3 * settling) * (1 - settling / SETTLE_S)
                : 0;
        double quarter = massKg * 9.80665 * (1 + wobble) / 4;
        double u = mlM / halfSpacingMlM;
        double v = apM / halfSpacingApM;
        newtons.set(Math.round(t * 1e9), index,
                quarter * (1 - u + v) + cellNoiseN * random.nextGaussian(),
                quarter * (1 + u + v) + cellNoiseN * random.nextGaussian(),
                quarter * (1 - u - v) + cellNoiseN * random.nextGaussian(),
                quarter * (1 + u - v) + cellNoiseN * random.nextGaussian(), 0);
        cells.toRaw(newtons, t, out);
        index++;
    }
}
