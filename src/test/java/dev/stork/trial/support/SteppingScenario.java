package dev.stork.trial.support;

import static dev.stork.trial.support.Draws.fmt;
import static dev.stork.trial.support.Draws.uniform;

import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.signal.cop.PlateGeometry;
import java.util.Locale;
import java.util.Random;

/**
 * A simulated session on a Wii-Balance-Board-sized plate drawn at random from the range of people and movements a
 * hold detector must serve: 50 Hz to 1 kHz, 25 to 150 kg, stances 10 to 30 cm wide anywhere on the plate, sway up
 * to 1.6 times the typical adult's, slow and quick weight shifts, a hand on a chair in a third of the sessions,
 * one foot stepping on first and the other up to 2 s later, hesitations, toe touches with a re-lift, and stepping
 * off one foot after the other or straight from a hold. The same seed gives the same session.
 *
 * @param seed   the seed it was drawn from
 * @param rateHz sample rate, Hz
 * @param person who stands on the plate
 * @param script what they do
 */
public record SteppingScenario(long seed, double rateHz, PersonModel person, String script) {
    private static final double[] RATES_HZ = {50, 100, 200, 500, 1000};
    /** Half the ML extent of a Wii board's top the feet must stay on, m. */
    private static final double PLATE_HALF_ML_M = 0.2;
    private static final double FOOT_HALF_WIDTH_M = 0.04;

    /** Draws the scenario of {@code seed}. */
    public static SteppingScenario draw(long seed) {
        Random random = new Random(seed * 7919 + 17);
        double rate = RATES_HZ[random.nextInt(RATES_HZ.length)];
        double stanceWidth = uniform(random, 0.10, 0.30);
        double roomMl = PLATE_HALF_ML_M - stanceWidth / 2 - FOOT_HALF_WIDTH_M;
        PersonModel person = PersonModel.typicalAdult()
                .withBodyMassKg(uniform(random, 25, 150))
                .withStanceWidthM(stanceWidth)
                .withPlacement(uniform(random, -roomMl, roomMl), uniform(random, -0.04, 0.04))
                .withSingleLegSwayScaled(uniform(random, 1.0, 1.6))
                .withMovement(uniform(random, 0.2, 0.6), uniform(random, 0.15, 0.4));
        StringBuilder s = new StringBuilder();
        if (random.nextInt(3) == 0) {
            s.append(fmt("empty 0.5; chair %.2f; ", uniform(random, 0.1, 0.3)));
        }
        // From 0.2 s: a first foot seen alone that briefly cannot be told from both feet landing at once.
        double gap = uniform(random, 0.2, 2.0);
        s.append(fmt("on %.2f first=%s gap=%.2f; both %.2f", gap + uniform(random, 0.6, 1.5), side(random), gap,
                uniform(random, 1.5, 3)));
        int holds = 2 + random.nextInt(3);
        boolean steppedOffFromHold = false;
        for (int h = 0; h < holds; h++) {
            String foot = side(random);
            if (random.nextInt(4) == 0) {
                s.append(fmt("; hesitate %s %.2f; both %.2f", foot, uniform(random, 0.4, 1.2),
                        uniform(random, 0.8, 2)));
            }
            s.append(fmt("; lift %s %.2f", foot, uniform(random, 1.5, 14)));
            if (random.nextInt(4) == 0) {
                s.append(fmt("; toe 0.25; lift %s %.2f", foot, uniform(random, 1.5, 8)));
            }
            if (h == holds - 1 && random.nextInt(4) == 0) {
                s.append("; off");
                steppedOffFromHold = true;
            } else {
                s.append(fmt("; touchdown; both %.2f", uniform(random, 1.2, 3)));
            }
        }
        if (!steppedOffFromHold) {
            s.append(fmt("; off first=%s gap=%.2f", side(random), uniform(random, 0.1, 1.0)));
        }
        return new SteppingScenario(seed, rate, person, s.toString());
    }

    /** The plate model of this scenario on a Wii Balance Board. */
    public PlateSessionModel model() {
        return new PlateSessionModel(SessionScript.parse(script), person, rateHz,
                PlateGeometry.WII_BALANCE_BOARD.cellSpacingMlM(), PlateGeometry.WII_BALANCE_BOARD.cellSpacingApM(),
                seed);
    }

    private static String side(Random random) {
        return random.nextBoolean() ? "left" : "right";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "seed %d, %.0f Hz, %.0f kg, stance %.0f cm at %+.0f cm: %s", seed, rateHz,
                person.bodyMassKg(), 200 * person.footOffsetM(), 100 * person.placementMlM(), script);
    }
}
