package dev.stork.calibration.sim;

import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SourceDescription.CellUnit;

/**
 * The true response of four load cells: {@code raw_i = offset_i + (force_i + drift_i × t) / gain_i}, the inverse
 * of a {@link dev.stork.calibration.PlateProfile}. Immutable; {@link #toRaw} allocates nothing.
 *
 * @param unit           unit of the raw values (counts or kilograms)
 * @param gainNPerUnit   true gains, N per raw unit
 * @param offsetUnits    true offsets at time 0, raw units
 * @param driftNPerS     drift of each cell's empty reading, N per second of sample time
 */
public record UncalibratedCells(CellUnit unit, double[] gainNPerUnit, double[] offsetUnits, double[] driftNPerS) {

    /** Copies the arrays. */
    public UncalibratedCells {
        gainNPerUnit = gainNPerUnit.clone();
        offsetUnits = offsetUnits.clone();
        driftNPerS = driftNPerS.clone();
    }

    /** A NAU7802 plate of 50 kg cells: about 2.4e-4 N per count, each cell a little different, no drift. */
    public static UncalibratedCells typicalCountsPlate() {
        return new UncalibratedCells(CellUnit.COUNTS, new double[] {2.41e-4, 2.47e-4, 2.36e-4, 2.52e-4},
                new double[] {81_234, -42_871, 123_456, 9_876}, new double[4]);
    }

    /** A Wii board: factory kilograms with a small zero error per cell, no drift. */
    public static UncalibratedCells typicalWiiBoard() {
        double g = 9.80665;
        return new UncalibratedCells(CellUnit.KILOGRAMS, new double[] {g, g, g, g},
                new double[] {0.31, -0.22, 0.12, 0.4}, new double[4]);
    }

    /** The same cells drifting by {@code driftNPerS} per cell. */
    public UncalibratedCells withDrift(double[] newDriftNPerS) {
        return new UncalibratedCells(unit, gainNPerUnit, offsetUnits, newDriftNPerS);
    }

    /** Fills {@code raw} from {@code newtons} (cells in N) at sample time {@code tS}; time and sequence copied. */
    public void toRaw(PlateSample newtons, double tS, PlateSample raw) {
        raw.set(newtons.timeNanos, newtons.sequence,
                cell(0, newtons.topLeft, tS), cell(1, newtons.topRight, tS),
                cell(2, newtons.bottomLeft, tS), cell(3, newtons.bottomRight, tS), newtons.status);
    }

    private double cell(int i, double forceN, double tS) {
        return offsetUnits[i] + (forceN + driftNPerS[i] * tS) / gainNPerUnit[i];
    }
}
