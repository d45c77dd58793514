package dev.stork.sensor.sim;

/**
 * The simulated person and sensors. SI units.
 *
 * @param bodyMassKg        body mass, kg
 * @param footOffsetM       ML distance of each foot's centre from the board's centre, m (the COP moves this far
 *                          when a foot is lifted)
 * @param swayTwoLegMlM     standard deviation of ML sway on two legs, m
 * @param swayTwoLegApM     standard deviation of AP sway on two legs, m
 * @param swaySingleLegMlM  standard deviation of ML sway on one leg at the start of a hold (after the first
 *                          unsteady second), m
 * @param swaySingleLegApM  standard deviation of AP sway on one leg, m
 * @param fatiguePerS       relative growth of single-leg sway per second of hold (0.02 = 2 % per s)
 * @param cellNoiseN        white noise of each load cell, N
 * @param wobbleSwayDeg     standard deviation of a wobble board's tilt per axis on two legs, degrees (one leg:
 *                          1.7 times that)
 * @param wobbleEdgeDeg     tilt at which the wobble board's rim touches the floor, degrees
 * @param accelNoiseMps2    accelerometer white noise per axis, m/s²
 * @param gyroNoiseRadPs    gyroscope white noise per axis, rad/s
 */
public record PersonModel(double bodyMassKg, double footOffsetM, double swayTwoLegMlM, double swayTwoLegApM,
                          double swaySingleLegMlM, double swaySingleLegApM, double fatiguePerS, double cellNoiseN,
                          double wobbleSwayDeg, double wobbleEdgeDeg, double accelNoiseMps2, double gyroNoiseRadPs) {

    /** Standard gravity, m/s². */
    public static final double GRAVITY_MPS2 = 9.80665;

    /** Checks the values that would break the model. */
    public PersonModel {
        if (!(bodyMassKg > 10 && bodyMassKg < 300)) {
            throw new IllegalArgumentException("body mass must be 10..300 kg, got " + bodyMassKg);
        }
        if (!(footOffsetM > 0.03 && footOffsetM < 0.2)) {
            throw new IllegalArgumentException("foot offset must be 0.03..0.2 m, got " + footOffsetM);
        }
        if (!(wobbleEdgeDeg > 5 && wobbleEdgeDeg < 45)) {
            throw new IllegalArgumentException("wobble board edge angle must be 5..45°, got " + wobbleEdgeDeg);
        }
    }

    /** A healthy adult of 72 kg, feet 20 cm apart, on a Wii-sized plate or a 15° wobble board. */
    public static PersonModel typicalAdult() {
        return new PersonModel(72, 0.10, 0.004, 0.006, 0.007, 0.009, 0.02, 0.5, 2.0, 15.0, 0.03, 0.005);
    }

    /** Body weight, N. */
    public double bodyWeightN() {
        return bodyMassKg * GRAVITY_MPS2;
    }
}
