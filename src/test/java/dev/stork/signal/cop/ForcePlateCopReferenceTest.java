package dev.stork.signal.cop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingReader;
import dev.stork.support.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * The AMTI export of Quijoux et al. (2021) carries the plate's own COP (Cx, Cy, in m, 6 decimals) next to Fz, Mx
 * and My: the {@link ForcePlateCop.AxisConvention#Z_UP} formulas reproduce it on every loaded row, and the reference
 * code's {@link ForcePlateCop.AxisConvention#AMTI_REFERENCE} ML is its mirror image. Tolerance 1e-6 m: Cx and Cy are
 * printed to the micrometre and the forces and moments to 4 and 6 decimals.
 */
class ForcePlateCopReferenceTest {
    private static final double TOLERANCE_M = 1e-6;

    @Test
    void reproducesThePlatesOwnCopColumns() throws Exception {
        Recording r = RecordingReader.read(ReferenceData.file("quijoux2021/test.csv"));
        double[] fz = r.channel("Fz");
        double[] mx = r.channel("Mx");
        double[] my = r.channel("My");
        double[] cx = r.channel("Cx");
        double[] cy = r.channel("Cy");
        ForcePlateCop zUp = new ForcePlateCop(ForcePlateCop.AxisConvention.Z_UP, 20);
        ForcePlateCop reference = new ForcePlateCop(ForcePlateCop.AxisConvention.AMTI_REFERENCE, 20);
        int dropouts = 0;
        for (int i = 0; i < r.size(); i++) {
            zUp.update(fz[i], mx[i], my[i]);
            reference.update(fz[i], mx[i], my[i]);
            if (fz[i] == 0) {
                assertFalse(zUp.loaded(), "dropout row " + i);
                dropouts++;
                continue;
            }
            assertEquals(cx[i], zUp.copMlM(), TOLERANCE_M, "Cx, row " + i);
            assertEquals(cy[i], zUp.copApM(), TOLERANCE_M, "Cy, row " + i);
            assertEquals(-cx[i], reference.copMlM(), TOLERANCE_M, "reference ML = My/Fz = -Cx, row " + i);
            assertEquals(cy[i], reference.copApM(), TOLERANCE_M, "reference AP = Mx/Fz = Cy, row " + i);
        }
        assertEquals(7, dropouts, "the README's seven dropout rows");
    }
}
