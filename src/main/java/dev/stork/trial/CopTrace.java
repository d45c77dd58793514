package dev.stork.trial;

import dev.stork.sensor.file.AmtiFormat;
import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingFormatException;
import dev.stork.sensor.file.StorkCsvFormat;
import dev.stork.signal.cop.FourCellCop;
import dev.stork.signal.cop.PlateGeometry;

/**
 * The centre-of-pressure trajectory of a recording in centimetres, with the vertical load of each sample: what the
 * whole-trial sway metrics take. Samples without a COP (a plate dropout, nobody on the board) are NaN.
 *
 * <p>Axes follow each data set's definition: BDS ML = COPy, AP = COPx; PDS ML = COPNET_Z, AP = COPNET_X; an AMTI
 * export ML = My/Fz, AP = Mx/Fz, measured from the whole export's mean position as Quijoux et al. (2021) do;
 * a Stork plate recording from its four cells and the recorded cell spacing.
 *
 * @param mlCm  medio-lateral COP per sample, cm (NaN where there is none)
 * @param apCm  antero-posterior COP per sample, cm (NaN where there is none)
 * @param loadN vertical force per sample, N
 */
public record CopTrace(double[] mlCm, double[] apCm, double[] loadN) {
    private static final double CM_PER_M = 100;
    /** Below this load a four-cell plate is taken as empty, N (about 2 kg). */
    static final double MIN_LOAD_N = 20;

    /** Samples, NaN ones included. */
    public int size() {
        return mlCm.length;
    }

    /** Samples that have a COP. */
    public int validCount() {
        int valid = 0;
        for (double ml : mlCm) {
            if (!Double.isNaN(ml)) {
                valid++;
            }
        }
        return valid;
    }

    /** The trace of a recording with COP, force-plate or four-cell content. */
    public static CopTrace of(Recording recording) throws RecordingFormatException {
        switch (recording.format()) {
            case BDS:
                return new CopTrace(copy(recording.channel("COPy[cm]"), 1), copy(recording.channel("COPx[cm]"), 1),
                        recording.channel("Fz[N]"));
            case PDS:
                return new CopTrace(copy(recording.channel("COPNET_Z"), CM_PER_M),
                        copy(recording.channel("COPNET_X"), CM_PER_M), recording.channel("GRFNET_Y"));
            case AMTI:
                return amti(recording);
            case STORK_PLATE:
                return fourCells(recording);
            default:
                throw new IllegalArgumentException(recording.file() + " is a " + recording.format().cliName()
                        + " recording, which has no centre of pressure");
        }
    }

    /** Samples [from, to) of this trace. */
    public CopTrace slice(int from, int to) {
        return new CopTrace(java.util.Arrays.copyOfRange(mlCm, from, to), java.util.Arrays.copyOfRange(apCm, from, to),
                java.util.Arrays.copyOfRange(loadN, from, to));
    }

    /** The valid samples only, packed: {ml, ap}. */
    double[][] validPacked() {
        int valid = validCount();
        double[] ml = new double[valid];
        double[] ap = new double[valid];
        int j = 0;
        for (int i = 0; i < mlCm.length; i++) {
            if (!Double.isNaN(mlCm[i])) {
                ml[j] = mlCm[i];
                ap[j] = apCm[i];
                j++;
            }
        }
        return new double[][] {ml, ap};
    }

    private static CopTrace amti(Recording recording) {
        double[] fz = recording.channel(AmtiFormat.FZ);
        double[] ml = ratioCm(recording.channel(AmtiFormat.MY), fz);
        double[] ap = ratioCm(recording.channel(AmtiFormat.MX), fz);
        subtractMean(ml);
        subtractMean(ap);
        return new CopTrace(ml, ap, fz);
    }

    private static CopTrace fourCells(Recording recording) throws RecordingFormatException {
        PlateGeometry geometry = new PlateGeometry(
                StorkCsvFormat.positiveMetadata(recording, StorkCsvFormat.KEY_CELL_SPACING_ML_M,
                        StorkCsvFormat.WII_CELL_SPACING_ML_M),
                StorkCsvFormat.positiveMetadata(recording, StorkCsvFormat.KEY_CELL_SPACING_AP_M,
                        StorkCsvFormat.WII_CELL_SPACING_AP_M));
        FourCellCop cop = new FourCellCop(geometry, MIN_LOAD_N);
        double[] tl = recording.channel("tl_N");
        double[] tr = recording.channel("tr_N");
        double[] bl = recording.channel("bl_N");
        double[] br = recording.channel("br_N");
        int n = recording.size();
        double[] ml = new double[n];
        double[] ap = new double[n];
        double[] load = new double[n];
        for (int i = 0; i < n; i++) {
            cop.update(tl[i], tr[i], bl[i], br[i]);
            load[i] = cop.totalN();
            ml[i] = cop.loaded() ? cop.copMlM() * CM_PER_M : Double.NaN;
            ap[i] = cop.loaded() ? cop.copApM() * CM_PER_M : Double.NaN;
        }
        return new CopTrace(ml, ap, load);
    }

    /** moment / Fz in cm; NaN where the plate lost the frame (Fz = 0). */
    private static double[] ratioCm(double[] momentNm, double[] fzN) {
        double[] cm = new double[momentNm.length];
        for (int i = 0; i < cm.length; i++) {
            cm[i] = fzN[i] == 0.0 ? Double.NaN : momentNm[i] / fzN[i] * CM_PER_M;
        }
        return cm;
    }

    private static void subtractMean(double[] values) {
        double sum = 0;
        int valid = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                valid++;
            }
        }
        double mean = sum / valid;
        for (int i = 0; i < values.length; i++) {
            values[i] -= mean;
        }
    }

    private static double[] copy(double[] values, double factor) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }
}
