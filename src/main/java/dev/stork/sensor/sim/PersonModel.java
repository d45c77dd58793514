package dev.stork.sensor.sim;

/**
 * The simulated person and sensors. SI units. Immutable; the {@code with...} methods return a changed copy.
 *
 * @param bodyMassKg        body mass, kg
 * @param footOffsetM       ML distance of each foot's centre from the stance centre, m: half the stance width
 *                          (0.04 to 0.2 m; the COP moves this far when a foot is lifted)
 * @param swayTwoLegMlM     standard deviation of ML sway on two legs, m
 * @param swayTwoLegApM     standard deviation of AP sway on two legs, m
 * @param swaySingleLegMlM  standard deviation of ML sway within the stance foot on one leg, after the first
 *                          unsteady second, m
 * @param swaySingleLegApM  standard deviation of AP sway within the stance foot on one leg, m
 * @param fatiguePerS       relative growth of single-leg sway per second of hold (0.02 = 2 % per s)
 * @param cellNoiseN        white noise of each load cell, N
 * @param wobbleSwayDeg     standard deviation of a wobble board's tilt per axis on two legs, degrees (one leg:
 *                          1.7 times that)
 * @param wobbleEdgeDeg     tilt at which the wobble board's rim touches the floor, degrees
 * @param accelNoiseMps2    accelerometer white noise per axis, m/s²
 * @param gyroNoiseRadPs    gyroscope white noise per axis, rad/s
 * @param placementMlM      where the stance centre (midway between the feet) is on the plate, ML, m (+ = right)
 * @param placementApM      where the stance centre is on the plate, AP, m (+ = front)
 * @param rightShare        share of the body weight on the right foot when standing on both (0.3 to 0.7; 0.5 =
 *                          even)
 * @param weightShiftS      time to shift the weight onto the stance foot before foot-off, s (0.1 to 1.5)
 * @param touchdownS        time for the foot that touched down to take its share of the weight again, s (0.05 to 1)
 */
public record PersonModel(double bodyMassKg, double footOffsetM, double swayTwoLegMlM, double swayTwoLegApM,
                          double swaySingleLegMlM, double swaySingleLegApM, double fatiguePerS, double cellNoiseN,
                          double wobbleSwayDeg, double wobbleEdgeDeg, double accelNoiseMps2, double gyroNoiseRadPs,
                          double placementMlM, double placementApM, double rightShare, double weightShiftS,
                          double touchdownS) {

    /** Standard gravity, m/s². */
    public static final double GRAVITY_MPS2 = 9.80665;
    /** Default {@link #weightShiftS()}, s. */
    public static final double DEFAULT_WEIGHT_SHIFT_S = 0.35;
    /** Default {@link #touchdownS()}, s. */
    public static final double DEFAULT_TOUCHDOWN_S = 0.25;

    /** Checks the values that would break the model. */
    public PersonModel {
        if (!(bodyMassKg > 10 && bodyMassKg < 300)) {
            throw new IllegalArgumentException("body mass must be 10..300 kg, got " + bodyMassKg);
        }
        if (!(footOffsetM >= 0.04 && footOffsetM <= 0.2)) {
            throw new IllegalArgumentException("foot offset (half the stance width) must be 0.04..0.2 m, got "
                    + footOffsetM);
        }
        if (!(swayTwoLegMlM >= 0 && swayTwoLegApM >= 0 && swaySingleLegMlM >= 0 && swaySingleLegApM >= 0
                && swaySingleLegMlM < 0.05 && swaySingleLegApM < 0.1)) {
            throw new IllegalArgumentException("sway must be non-negative and single-leg sway within the foot "
                    + "(under 0.05 m ML, 0.1 m AP)");
        }
        if (!(wobbleEdgeDeg > 5 && wobbleEdgeDeg < 45)) {
            throw new IllegalArgumentException("wobble board edge angle must be 5..45°, got " + wobbleEdgeDeg);
        }
        if (!(Math.abs(placementMlM) <= 0.15 && Math.abs(placementApM) <= 0.1)) {
            throw new IllegalArgumentException("placement must be within 0.15 m ML and 0.1 m AP of the plate's "
                    + "centre, got " + placementMlM + ", " + placementApM);
        }
        if (!(rightShare >= 0.3 && rightShare <= 0.7)) {
            throw new IllegalArgumentException("right share must be 0.3..0.7, got " + rightShare);
        }
        if (!(weightShiftS >= 0.1 && weightShiftS <= 1.5)) {
            throw new IllegalArgumentException("weight shift must take 0.1..1.5 s, got " + weightShiftS);
        }
        if (!(touchdownS >= 0.05 && touchdownS <= 1.0)) {
            throw new IllegalArgumentException("touchdown must take 0.05..1 s, got " + touchdownS);
        }
    }

    /**
     * The first twelve components; the person stands centred on the plate, evenly on both feet, and shifts the
     * weight in {@value #DEFAULT_WEIGHT_SHIFT_S} s and back in {@value #DEFAULT_TOUCHDOWN_S} s.
     */
    public PersonModel(double bodyMassKg, double footOffsetM, double swayTwoLegMlM, double swayTwoLegApM,
                       double swaySingleLegMlM, double swaySingleLegApM, double fatiguePerS, double cellNoiseN,
                       double wobbleSwayDeg, double wobbleEdgeDeg, double accelNoiseMps2, double gyroNoiseRadPs) {
        this(bodyMassKg, footOffsetM, swayTwoLegMlM, swayTwoLegApM, swaySingleLegMlM, swaySingleLegApM, fatiguePerS,
                cellNoiseN, wobbleSwayDeg, wobbleEdgeDeg, accelNoiseMps2, gyroNoiseRadPs, 0, 0, 0.5,
                DEFAULT_WEIGHT_SHIFT_S, DEFAULT_TOUCHDOWN_S);
    }

    /** A healthy adult of 72 kg, feet 20 cm apart, centred, on a Wii-sized plate or a 15° wobble board. */
    public static PersonModel typicalAdult() {
        return new PersonModel(72, 0.10, 0.004, 0.006, 0.007, 0.009, 0.02, 0.5, 2.0, 15.0, 0.03, 0.005);
    }

    /** Body weight, N. */
    public double bodyWeightN() {
        return bodyMassKg * GRAVITY_MPS2;
    }

    /** Stance width (distance between the feet's centres), m. */
    public double stanceWidthM() {
        return 2 * footOffsetM;
    }

    /** This person with another body mass, kg. */
    public PersonModel withBodyMassKg(double kg) {
        return new PersonModel(kg, footOffsetM, swayTwoLegMlM, swayTwoLegApM, swaySingleLegMlM, swaySingleLegApM,
                fatiguePerS, cellNoiseN, wobbleSwayDeg, wobbleEdgeDeg, accelNoiseMps2, gyroNoiseRadPs, placementMlM,
                placementApM, rightShare, weightShiftS, touchdownS);
    }

    /** This person with the feet's centres {@code widthM} apart (0.08 to 0.4 m). */
    public PersonModel withStanceWidthM(double widthM) {
        return new PersonModel(bodyMassKg, widthM / 2, swayTwoLegMlM, swayTwoLegApM, swaySingleLegMlM,
                swaySingleLegApM, fatiguePerS, cellNoiseN, wobbleSwayDeg, wobbleEdgeDeg, accelNoiseMps2,
                gyroNoiseRadPs, placementMlM, placementApM, rightShare, weightShiftS, touchdownS);
    }

    /** This person standing with the stance centre at ({@code mlM}, {@code apM}) on the plate, m. */
    public PersonModel withPlacement(double mlM, double apM) {
        return new PersonModel(bodyMassKg, footOffsetM, swayTwoLegMlM, swayTwoLegApM, swaySingleLegMlM,
                swaySingleLegApM, fatiguePerS, cellNoiseN, wobbleSwayDeg, wobbleEdgeDeg, accelNoiseMps2,
                gyroNoiseRadPs, mlM, apM, rightShare, weightShiftS, touchdownS);
    }

    /** This person putting {@code share} of the weight on the right foot when standing on both. */
    public PersonModel withRightShare(double share) {
        return new PersonModel(bodyMassKg, footOffsetM, swayTwoLegMlM, swayTwoLegApM, swaySingleLegMlM,
                swaySingleLegApM, fatiguePerS, cellNoiseN, wobbleSwayDeg, wobbleEdgeDeg, accelNoiseMps2,
                gyroNoiseRadPs, placementMlM, placementApM, share, weightShiftS, touchdownS);
    }

    /** This person with single-leg sway (ML and AP) {@code factor} times as large. */
    public PersonModel withSingleLegSwayScaled(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("sway factor must be positive, got " + factor);
        }
        return new PersonModel(bodyMassKg, footOffsetM, swayTwoLegMlM, swayTwoLegApM, swaySingleLegMlM * factor,
                swaySingleLegApM * factor, fatiguePerS, cellNoiseN, wobbleSwayDeg, wobbleEdgeDeg, accelNoiseMps2,
                gyroNoiseRadPs, placementMlM, placementApM, rightShare, weightShiftS, touchdownS);
    }

    /** This person shifting the weight in {@code weightShiftS} before foot-off and back in {@code touchdownS}, s. */
    public PersonModel withMovement(double weightShiftS, double touchdownS) {
        return new PersonModel(bodyMassKg, footOffsetM, swayTwoLegMlM, swayTwoLegApM, swaySingleLegMlM,
                swaySingleLegApM, fatiguePerS, cellNoiseN, wobbleSwayDeg, wobbleEdgeDeg, accelNoiseMps2,
                gyroNoiseRadPs, placementMlM, placementApM, rightShare, weightShiftS, touchdownS);
    }
}
