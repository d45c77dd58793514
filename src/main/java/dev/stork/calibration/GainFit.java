package dev.stork.calibration;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Fits each cell's gain and offset, {@code force_i = g_i × raw_i + b_i}, by least squares from the empty board and
 * one known mass placed several times (centre and near each corner).
 *
 * <p>Statics gives the equations. Empty, every cell carries nothing: four rows {@code g_i × raw_i0 + b_i = 0}.
 * Loaded, the cells together carry the mass's weight and its moments: per placement at (u, v) (position over the
 * half spacings, −1..1) three rows, {@code Σ F_i = W}, {@code Σ u_i F_i = W u}, {@code Σ v_i F_i = W v} with
 * {@code F_i = g_i × raw_ij + b_i} and the cells at {@code u_i, v_i = ±1}. The moment rows are needed: a stiff plate
 * on four equally stiff cells shares any load as {@code W/4 × (1 + u_i u + v_i v)}, so the sums alone never see a
 * "twist" error of the gains ({@code +tl −tr −bl +br}); the moments of the corner placements do. That is why the
 * mass goes over each corner foot (a place one can find by eye) and exactly at the centre marks: a placement off by
 * d mm puts an error of about d / half-spacing of the weight into its moment rows (worst of 20 simulated runs: 1 mm
 * of aim gives gains within 1.2 % and a centre COP within 2.4 mm, perfect aim 0.04 % and 0.08 mm; see
 * {@code calibration/README.md}). Raw values are taken relative to the empty reading so that a large ADC offset does not
 * make the matrix look ill-conditioned. Solved by QR decomposition (Commons Math), the offset in raw units is
 * {@code raw_i0 − b_i / g_i}.
 *
 * <p>Refusals, with the reason: the condition number of the column-scaled design matrix above
 * {@value #MAX_CONDITION_NUMBER} (placements too alike, e.g. all at the centre: the gains cannot be told apart),
 * a gain that is not positive (a cell wired the wrong way round or not loaded), or gains differing by more than a
 * factor {@value #MAX_GAIN_RATIO} (cells of one plate come from one batch and agree within a few per cent; a
 * larger spread means a loose or broken cell or a placement that slipped).
 */
public final class GainFit {
    /**
     * Largest accepted condition number. Five good placements give about 3 to 10; all five at the centre give
     * thousands (only noise separates the columns).
     */
    public static final double MAX_CONDITION_NUMBER = 100;
    /**
     * Weight of the empty-board rows against the placement rows. An empty board carries exactly nothing, while a
     * placement is known only as well as the mass was aimed (millimetres); without the weight, aiming errors leak
     * into the offsets.
     */
    public static final double EMPTY_ROW_WEIGHT = 10;
    /** Largest accepted ratio between the largest and the smallest gain. */
    public static final double MAX_GAIN_RATIO = 1.5;

    private GainFit() {
    }

    /**
     * The fitted coefficients and how well they fit.
     *
     * @param gainNPerUnit    four gains, N per raw unit
     * @param offsetUnits     four offsets, raw units
     * @param residualN       RMS residual over all rows (unweighted), N
     * @param conditionNumber condition number of the column-scaled design matrix
     */
    public record Result(double[] gainNPerUnit, double[] offsetUnits, double residualN, double conditionNumber) {
    }

    /**
     * One placement of the mass.
     *
     * @param raw        mean raw reading of each cell
     * @param mlFraction ML position over the half spacing, −1 (left cells) .. 1 (right cells)
     * @param apFraction AP position over the half spacing, −1 (back cells) .. 1 (front cells)
     */
    public record Placement(double[] raw, double mlFraction, double apFraction) {
    }

    /** Cell positions over the half spacings, in the profile's cell order. */
    private static final double[] CELL_ML = {-1, 1, -1, 1};
    private static final double[] CELL_AP = {1, 1, -1, -1};

    /**
     * @param emptyRaw   mean raw reading of each cell with the board empty
     * @param placements the loaded placements (at least four)
     * @param forceN     weight of the known mass, N
     * @throws CalibrationRefusedException when the fit is ill-conditioned or implausible
     */
    public static Result fit(double[] emptyRaw, List<Placement> placements, double forceN)
            throws CalibrationRefusedException {
        int count = placements.size();
        if (count < 4) {
            throw new CalibrationRefusedException("need at least 4 placements of the mass, got " + count);
        }
        int rows = 4 + 3 * count;
        double[][] a = new double[rows][8];
        double[] y = new double[rows];
        for (int i = 0; i < 4; i++) {
            a[i][4 + i] = EMPTY_ROW_WEIGHT;
        }
        for (int j = 0; j < count; j++) {
            Placement p = placements.get(j);
            int r = 4 + 3 * j;
            for (int i = 0; i < 4; i++) {
                double c = p.raw()[i] - emptyRaw[i];
                a[r][i] = c;
                a[r][4 + i] = 1;
                a[r + 1][i] = CELL_ML[i] * c;
                a[r + 1][4 + i] = CELL_ML[i];
                a[r + 2][i] = CELL_AP[i] * c;
                a[r + 2][4 + i] = CELL_AP[i];
            }
            y[r] = forceN;
            y[r + 1] = forceN * p.mlFraction();
            y[r + 2] = forceN * p.apFraction();
        }
        double[] columnNorm = new double[8];
        for (int c = 0; c < 8; c++) {
            double s = 0;
            for (int r = 0; r < rows; r++) {
                s += a[r][c] * a[r][c];
            }
            columnNorm[c] = Math.sqrt(s);
            if (!(columnNorm[c] > 0)) {
                throw new CalibrationRefusedException("cell " + CELL_NAMES[c % 4] + " never changed its reading: "
                        + "is it connected?");
            }
            for (int r = 0; r < rows; r++) {
                a[r][c] /= columnNorm[c];
            }
        }
        RealMatrix design = new Array2DRowRealMatrix(a, false);
        double condition = new SingularValueDecomposition(design).getConditionNumber();
        if (!(condition <= MAX_CONDITION_NUMBER)) {
            throw new CalibrationRefusedException("the placements are too alike to tell the cells apart (condition "
                    + "number " + Math.round(condition) + ", need <= " + Math.round(MAX_CONDITION_NUMBER)
                    + "): put the mass over each corner foot in turn");
        }
        RealVector solution = new QRDecomposition(design).getSolver().solve(new ArrayRealVector(y, false));
        double[] gains = new double[4];
        double[] offsets = new double[4];
        for (int i = 0; i < 4; i++) {
            gains[i] = solution.getEntry(i) / columnNorm[i];
            double b = solution.getEntry(4 + i) / columnNorm[4 + i];
            if (!(gains[i] > 0)) {
                throw new CalibrationRefusedException("cell " + CELL_NAMES[i] + " got a gain of " + gains[i]
                        + " N per unit: it must be positive (is the cell wired the wrong way round?)");
            }
            offsets[i] = emptyRaw[i] - b / gains[i];
        }
        double min = Math.min(Math.min(gains[0], gains[1]), Math.min(gains[2], gains[3]));
        double max = Math.max(Math.max(gains[0], gains[1]), Math.max(gains[2], gains[3]));
        if (max / min > MAX_GAIN_RATIO) {
            throw new CalibrationRefusedException("the cells' gains differ by a factor " + Steadiness.round(max / min)
                    + ", more than " + MAX_GAIN_RATIO + ": check for a loose cell or a placement that slipped");
        }
        RealVector residual = design.operate(solution).subtract(new ArrayRealVector(y, false));
        for (int i = 0; i < 4; i++) {
            residual.setEntry(i, residual.getEntry(i) / EMPTY_ROW_WEIGHT);
        }
        double residualN = residual.getNorm() / Math.sqrt(rows);
        return new Result(gains, offsets, residualN, condition);
    }

    /** Cell names in the profile's order. */
    static final String[] CELL_NAMES = {"top-left", "top-right", "bottom-left", "bottom-right"};
}
