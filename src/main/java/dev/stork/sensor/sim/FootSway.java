package dev.stork.sensor.sim;

import java.util.Random;

/**
 * The centre of pressure of one foot moving within that foot, relative to where the foot stands, in m. On two legs
 * the within-foot sway is small and the foot follows the body's AP lean; the more of the body weight the foot
 * carries alone ({@code singleness} 0 to 1), the more its sway becomes single-leg sway: a slower main oscillation
 * ({@value #SINGLE_LEG_HZ} Hz) plus a faster correction ({@value #CORRECTION_HZ} Hz at {@value #CORRECTION_SHARE}
 * of its size), each scaled by {@code drive} (the transient after foot-off and fatigue), and softly limited to the
 * foot's area ({@value #HALF_WIDTH_M} m either side, {@value #HALF_LENGTH_M} m front and back).
 *
 * <p>Single-threaded; {@link #step} allocates nothing and always draws the same count of random numbers.
 */
final class FootSway {
    /** Half the width of the foot's supporting area, m. */
    static final double HALF_WIDTH_M = 0.035;
    /** Half the length of the foot's supporting area, m. */
    static final double HALF_LENGTH_M = 0.08;
    /** Frequency of two-leg sway, Hz. */
    static final double TWO_LEG_HZ = 0.4;
    /** Frequency of the main single-leg sway, Hz. */
    static final double SINGLE_LEG_HZ = 0.8;
    /** Frequency of the fast single-leg correction, Hz. */
    static final double CORRECTION_HZ = 2.0;
    /** Size of the correction relative to the main single-leg sway. */
    static final double CORRECTION_SHARE = 0.3;
    /** Within-foot sway on two legs, relative to the person's two-leg sway. */
    static final double TWO_LEG_WITHIN_FOOT_SHARE = 0.4;

    private final SwayOscillator ml;
    private final SwayOscillator ap;
    private final SwayOscillator fastMl;
    private final SwayOscillator fastAp;
    private double mlM;
    private double apM;

    FootSway(Random random) {
        ml = new SwayOscillator(random);
        ap = new SwayOscillator(random);
        fastMl = new SwayOscillator(random);
        fastAp = new SwayOscillator(random);
    }

    /**
     * Advances by {@code dtS}. The oscillators run at unit size and are scaled on the way out, so a change of
     * {@code singleness} or {@code drive} changes the sway at once; both must change smoothly.
     *
     * @param singleness how alone the foot carries the body: 0 on two legs, 1 on one leg
     * @param drive      single-leg sway relative to the person's (transient and fatigue; 1 = steady)
     * @param bodyApM    the body's two-leg AP lean, m, which a foot shares on two legs
     */
    void step(double dtS, double singleness, double drive, double bodyApM, PersonModel person) {
        double s = singleness;
        double hz = TWO_LEG_HZ + (SINGLE_LEG_HZ - TWO_LEG_HZ) * s;
        double singleMl = person.swaySingleLegMlM() * drive;
        double singleAp = person.swaySingleLegApM() * drive;
        double twoMl = TWO_LEG_WITHIN_FOOT_SHARE * person.swayTwoLegMlM();
        double twoAp = TWO_LEG_WITHIN_FOOT_SHARE * person.swayTwoLegApM();
        double x = (twoMl + (singleMl - twoMl) * s) * ml.step(dtS, hz, 1)
                + CORRECTION_SHARE * singleMl * s * fastMl.step(dtS, CORRECTION_HZ, 1);
        double y = (twoAp + (singleAp - twoAp) * s) * ap.step(dtS, hz, 1)
                + CORRECTION_SHARE * singleAp * s * fastAp.step(dtS, CORRECTION_HZ, 1);
        mlM = Ramps.softLimit(x, HALF_WIDTH_M);
        apM = Ramps.softLimit(bodyApM * (1 - s) + y, HALF_LENGTH_M);
    }

    /** ML offset of the foot's centre of pressure from the foot's place after the last step, m (+ = right). */
    double mlM() {
        return mlM;
    }

    /** AP offset after the last step, m (+ = front). */
    double apM() {
        return apM;
    }
}
