package dev.stork.signal.cop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FourCellCopTest {
    private static final double EXACT = 1e-12;
    private final FourCellCop cop = new FourCellCop(PlateGeometry.WII_BALANCE_BOARD, 20);

    @Test
    void equalCellsPutTheCopAtTheCentre() {
        cop.update(175, 175, 175, 175);
        assertTrue(cop.loaded());
        assertEquals(700, cop.totalN(), EXACT);
        assertEquals(0, cop.copMlM(), EXACT);
        assertEquals(0, cop.copApM(), EXACT);
    }

    @Test
    void allLoadOnOneCellPutsTheCopOnThatCell() {
        // Top-right: half the ML spacing to the right (0.2165 m), half the AP spacing to the front (0.119 m).
        cop.update(0, 500, 0, 0);
        assertEquals(0.433 / 2, cop.copMlM(), EXACT);
        assertEquals(0.238 / 2, cop.copApM(), EXACT);
        cop.update(0, 0, 500, 0);
        assertEquals(-0.433 / 2, cop.copMlM(), EXACT);
        assertEquals(-0.238 / 2, cop.copApM(), EXACT);
    }

    @Test
    void aPointLoadIsFoundWhereItWasPut() {
        // 600 N at 5 cm right, 3 cm back, spread over the cells by the lever rule of a rigid plate.
        double x = 0.05;
        double y = -0.03;
        double u = x / (0.433 / 2);
        double v = y / (0.238 / 2);
        double q = 600 / 4.0;
        cop.update(q * (1 - u + v), q * (1 + u + v), q * (1 - u - v), q * (1 + u - v));
        assertEquals(x, cop.copMlM(), 1e-12);
        assertEquals(y, cop.copApM(), 1e-12);
    }

    @Test
    void belowTheMinimumLoadThereIsNoCop() {
        cop.update(5, 4, 3, 2);
        assertFalse(cop.loaded());
        assertEquals(14, cop.totalN(), EXACT);
        assertEquals(0, cop.copMlM(), EXACT);
        assertEquals(0, cop.copApM(), EXACT);
    }
}
