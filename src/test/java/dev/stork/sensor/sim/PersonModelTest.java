package dev.stork.sensor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PersonModelTest {
    private static final PersonModel ADULT = PersonModel.typicalAdult();

    @Test
    void theTypicalAdultStandsCentredAndEvenly() {
        assertEquals(72, ADULT.bodyMassKg(), 0);
        assertEquals(0.2, ADULT.stanceWidthM(), 1e-12);
        assertEquals(0, ADULT.placementMlM(), 0);
        assertEquals(0, ADULT.placementApM(), 0);
        assertEquals(0.5, ADULT.rightShare(), 0);
        assertEquals(0.35, ADULT.weightShiftS(), 0);
        assertEquals(0.25, ADULT.touchdownS(), 0);
    }

    @Test
    void eachCopyChangesOnlyItsOwnValues() {
        PersonModel p = ADULT.withBodyMassKg(90).withStanceWidthM(0.3).withPlacement(0.02, -0.01).withRightShare(0.6)
                .withSingleLegSwayScaled(2).withMovement(0.5, 0.4);
        assertEquals(new PersonModel(90, 0.15, ADULT.swayTwoLegMlM(), ADULT.swayTwoLegApM(),
                2 * ADULT.swaySingleLegMlM(), 2 * ADULT.swaySingleLegApM(), ADULT.fatiguePerS(), ADULT.cellNoiseN(),
                ADULT.wobbleSwayDeg(), ADULT.wobbleEdgeDeg(), ADULT.accelNoiseMps2(), ADULT.gyroNoiseRadPs(), 0.02,
                -0.01, 0.6, 0.5, 0.4), p);
    }

    @Test
    void rejectsValuesThatWouldBreakTheModel() {
        assertThrows(IllegalArgumentException.class, () -> ADULT.withStanceWidthM(0.07));
        assertThrows(IllegalArgumentException.class, () -> ADULT.withStanceWidthM(0.41));
        assertEquals(0.04, ADULT.withStanceWidthM(0.08).footOffsetM(), 1e-12);
        assertEquals(0.2, ADULT.withStanceWidthM(0.4).footOffsetM(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ADULT.withRightShare(0.8));
        assertThrows(IllegalArgumentException.class, () -> ADULT.withMovement(0.05, 0.25));
        assertThrows(IllegalArgumentException.class, () -> ADULT.withMovement(0.35, 2));
        assertThrows(IllegalArgumentException.class, () -> ADULT.withPlacement(0.2, 0));
        assertThrows(IllegalArgumentException.class, () -> ADULT.withSingleLegSwayScaled(0));
        assertThrows(IllegalArgumentException.class, () -> ADULT.withBodyMassKg(5));
    }
}
