package dev.stork.sensor.serial.support;

import dev.stork.sensor.serial.EmulatedSerialPlate;
import java.util.Random;

/**
 * Four load cells with known gains and offsets under a rigid plate, for an {@link EmulatedSerialPlate}: a mass
 * placed at (ml, ap) from the centre loads the cells {@code W/4 (1 ∓ u ± v)}, u and v its position over the half
 * spacings (u = ±1 over the left or right cells, v = +1 over the front ones); each cell adds white noise. The test
 * thread places the mass; the emulator's writer thread reads the counts.
 */
public final class PlacedMassCells implements EmulatedSerialPlate.CellSignal {
    /** Standard gravity, m/s². */
    public static final double GRAVITY_MPS2 = 9.80665;

    private final double[] gainNPerCount;
    private final double[] offsetCounts;
    private final double noiseN;
    private final double spacingMlM;
    private final double spacingApM;
    private final Random random;
    private volatile Placement placement = new Placement(0, 0, 0);

    /**
     * @param gainNPerCount the cells' true gains, N per count (top-left, top-right, bottom-left, bottom-right)
     * @param offsetCounts  the cells' true empty readings, counts
     * @param noiseN        white noise per cell, N (standard deviation)
     * @param spacingMlM    distance between the left and right cells, m
     * @param spacingApM    distance between the front and back cells, m
     * @param seed          seed of the noise
     */
    public PlacedMassCells(double[] gainNPerCount, double[] offsetCounts, double noiseN, double spacingMlM,
                           double spacingApM, long seed) {
        this.gainNPerCount = gainNPerCount.clone();
        this.offsetCounts = offsetCounts.clone();
        this.noiseN = noiseN;
        this.spacingMlM = spacingMlM;
        this.spacingApM = spacingApM;
        this.random = new Random(seed);
    }

    /** Places {@code kg} at {@code mlM} right of and {@code apM} in front of the centre (0 kg: the plate empty). */
    public void place(double kg, double mlM, double apM) {
        placement = new Placement(kg, mlM / (spacingMlM / 2), apM / (spacingApM / 2));
    }

    /**
     * Does what a calibration step asks, by its id ({@code empty}, {@code centre}, {@code check-centre},
     * {@code near-top-left}, ...): the plate emptied, or {@code kg} at the centre or over a cell.
     */
    public void follow(String stepId, double kg) {
        switch (stepId) {
            case "empty" -> place(0, 0, 0);
            case "centre", "check-centre" -> place(kg, 0, 0);
            case "near-top-left" -> place(kg, -spacingMlM / 2, spacingApM / 2);
            case "near-top-right" -> place(kg, spacingMlM / 2, spacingApM / 2);
            case "near-bottom-left" -> place(kg, -spacingMlM / 2, -spacingApM / 2);
            case "near-bottom-right" -> place(kg, spacingMlM / 2, -spacingApM / 2);
            default -> throw new IllegalArgumentException("no such calibration step: " + stepId);
        }
    }

    /** The noise-free force on each cell of the mass placed now, N (top-left first). */
    public double[] cellForcesN() {
        Placement p = placement;
        double quarter = p.massKg * GRAVITY_MPS2 / 4;
        return new double[] {quarter * (1 - p.u + p.v), quarter * (1 + p.u + p.v), quarter * (1 - p.u - p.v),
            quarter * (1 + p.u - p.v)};
    }

    @Override
    public void fill(long hostNanos, int sequence, int[] counts) {
        double[] forceN = cellForcesN();
        for (int cell = 0; cell < 4; cell++) {
            double noisy = forceN[cell] + noiseN * random.nextGaussian();
            counts[cell] = (int) Math.round(offsetCounts[cell] + noisy / gainNPerCount[cell]);
        }
    }

    /** The mass and where it stands, over the half spacings; replaced whole so a sample never mixes two. */
    private record Placement(double massKg, double u, double v) {
    }
}
