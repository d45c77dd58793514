package dev.stork.trial.support;

import static dev.stork.trial.support.Draws.fmt;
import static dev.stork.trial.support.Draws.uniform;

import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.signal.cop.PlateGeometry;
import java.util.Random;

/**
 * A simulated kneeling session on a Wii-Balance-Board-sized plate, drawn at random: the person kneels down on the
 * board one knee after the other (the knees hip-width apart, 16 to 26 cm centre to centre, in place of the feet; closer
 * together than that a knee's own sway blurs the lift as it does for feet together, see HoldTimingAccuracyTest), kneels upright, then holds
 * on one knee with the other leg out to the side, its foot resting on the floor with up to 15 % of the weight or
 * held clear. Each hold ends as kneeling holds do: the outstretched foot or a hand comes down beside the board and
 * takes a tenth to three tenths of the weight (sometimes only for a dab of a quarter second, sometimes letting go
 * again and holding on), the knee comes back onto the board, or the person gets off from one knee. 50 Hz to 1 kHz,
 * 40 to 130 kg.
 *
 * @param seed   the seed it was drawn from
 * @param rateHz sample rate, Hz
 * @param person who kneels on the plate
 * @param script what they do
 */
public record KneelingScenario(long seed, double rateHz, PersonModel person, String script) {
    private static final double[] RATES_HZ = {50, 100, 200, 500, 1000};

    /** Draws the scenario of {@code seed}. */
    public static KneelingScenario draw(long seed) {
        Random random = new Random(seed * 4099 + 7);
        double rate = RATES_HZ[random.nextInt(RATES_HZ.length)];
        PersonModel person = PersonModel.typicalAdult()
                .withBodyMassKg(uniform(random, 40, 130))
                .withStanceWidthM(uniform(random, 0.16, 0.26))
                .withPlacement(uniform(random, -0.03, 0.03), uniform(random, -0.03, 0.03))
                .withSingleLegSwayScaled(uniform(random, 1.0, 1.5))
                .withMovement(uniform(random, 0.2, 0.6), uniform(random, 0.15, 0.4));
        double gap = uniform(random, 0.4, 1.5);
        StringBuilder s = new StringBuilder(fmt("on %.2f first=%s gap=%.2f; both %.2f", gap + 0.8, side(random), gap,
                uniform(random, 2.5, 4)));
        int holds = 2 + random.nextInt(2);
        for (int h = 0; h < holds; h++) {
            String leg = side(random);
            double away = random.nextBoolean() ? 0 : uniform(random, 0.03, 0.15);
            s.append(fmt("; lift %s %.2f away=%.2f", leg, uniform(random, 2, 9), away));
            boolean last = h == holds - 1;
            switch (random.nextInt(last ? 4 : 3)) {
                case 0 -> s.append(fmt("; support %.2f share=%.2f; both %.2f", uniform(random, 0.6, 2),
                        uniform(random, 0.1, 0.3), uniform(random, 2, 3)));
                case 1 -> s.append(fmt("; support %.2f share=%.2f; lift %s %.2f away=%.2f; touchdown; both %.2f",
                        uniform(random, 0.25, 1.2), uniform(random, 0.1, 0.3), leg, uniform(random, 2, 6), away,
                        uniform(random, 2, 3)));
                case 2 -> s.append(fmt("; touchdown; both %.2f", uniform(random, 2, 3)));
                default -> s.append("; off");
            }
        }
        if (!s.toString().endsWith("off")) {
            s.append(fmt("; off first=%s gap=%.2f", side(random), uniform(random, 0.2, 0.8)));
        }
        return new KneelingScenario(seed, rate, person, s.toString());
    }

    private static String side(Random random) {
        return random.nextBoolean() ? "left" : "right";
    }

    /** The plate model of this scenario on a Wii Balance Board. */
    public PlateSessionModel model() {
        return new PlateSessionModel(SessionScript.parse(script), person, rateHz,
                PlateGeometry.WII_BALANCE_BOARD.cellSpacingMlM(), PlateGeometry.WII_BALANCE_BOARD.cellSpacingApM(),
                seed);
    }

    @Override
    public String toString() {
        return fmt("seed %d, %.0f Hz, %.0f kg: %s", seed, rateHz, person.bodyMassKg(), script);
    }
}
