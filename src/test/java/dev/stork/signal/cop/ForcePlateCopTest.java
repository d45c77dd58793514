package dev.stork.signal.cop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ForcePlateCopTest {

    @Test
    void zUpPlateFindsAPointLoad() {
        // A right-handed plate, x right, y front, z up. 700 N pressing down at (x, y) = (0.04, -0.02) m:
        // force on the plate (0, 0, -700); moment r x F = (y * -700, -(x * -700), 0) = (14, 28, 0) N·m.
        ForcePlateCop cop = new ForcePlateCop(ForcePlateCop.AxisConvention.Z_UP, 20);
        cop.update(-700, 14, 28);
        assertEquals(0.04, cop.copMlM(), 1e-12);
        assertEquals(-0.02, cop.copApM(), 1e-12);
    }

    @Test
    void amtiReferenceConventionTakesMlAsMyOverFz() {
        ForcePlateCop cop = new ForcePlateCop(ForcePlateCop.AxisConvention.AMTI_REFERENCE, 20);
        cop.update(650, 13, -6.5);
        assertEquals(-6.5 / 650, cop.copMlM(), 1e-15);
        assertEquals(13.0 / 650, cop.copApM(), 1e-15);
    }

    @Test
    void aDropoutRowWithZeroForceHasNoCop() {
        ForcePlateCop cop = new ForcePlateCop(ForcePlateCop.AxisConvention.AMTI_REFERENCE, 20);
        cop.update(0, 0, 0);
        assertFalse(cop.loaded());
        assertEquals(0, cop.copMlM(), 0);
        assertEquals(0, cop.copApM(), 0);
    }
}
