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
 * A simulated set of repetitions on a Wii-Balance-Board-sized plate, drawn at random from the ways people do the
 * repetition exercises: a hip hinge with both feet on the board (the COP goes 3 to 6 cm forward, the load hardly
 * changes), a hinge with the front foot on the board and the rear foot on a block (the board carries 70 to 90 %
 * of the weight and a tenth or so more at the bottom, sometimes with a hand on a chair) and a lateral lunge with the
 * lunging foot on the board (45 to 60 % of the weight at the top, a quarter to two fifths more at the bottom). The
 * person steps on one foot first, waits for the countdown, then does each repetition at their own pace (1.6 to
 * 3.5 s, 70 to 120 % of full depth, up to a second at the bottom, up to 1.5 s between), now and then a small
 * fidget between repetitions, and in one set of five stops early and steps off. 50 Hz to 1 kHz, 40 to 130 kg.
 *
 * @param seed   the seed it was drawn from
 * @param rateHz sample rate, Hz
 * @param person who is on the plate
 * @param style  which exercise
 * @param target the set's target count
 * @param script what they do
 */
public record RepetitionScenario(long seed, double rateHz, PersonModel person, Style style, int target,
                                 String script) {
    private static final double[] RATES_HZ = {50, 100, 200, 500, 1000};
    /** Seconds in position before the first repetition: the detector's settling and countdown, and a moment more. */
    public static final double WAIT_BEFORE_FIRST_S = 4.6;

    /** The exercise being done. */
    public enum Style {
        HINGE_BOTH_FEET, HINGE_REAR_FOOT_ON_BLOCK, LATERAL_LUNGE
    }

    /** Draws the scenario of {@code seed}. */
    public static RepetitionScenario draw(long seed) {
        Random random = new Random(seed * 6007 + 29);
        double rate = RATES_HZ[random.nextInt(RATES_HZ.length)];
        Style style = Style.values()[random.nextInt(Style.values().length)];
        PersonModel person = PersonModel.typicalAdult()
                .withBodyMassKg(uniform(random, 40, 130))
                .withStanceWidthM(uniform(random, 0.14, 0.24))
                .withPlacement(uniform(random, -0.03, 0.03), uniform(random, -0.03, 0.03))
                .withSingleLegSwayScaled(uniform(random, 1.0, 1.5))
                .withMovement(uniform(random, 0.2, 0.6), uniform(random, 0.15, 0.4));
        int target = 5 + random.nextInt(8);
        StringBuilder s = new StringBuilder();
        double load;
        double forward;
        String first = random.nextBoolean() ? "left" : "right";
        double gap = uniform(random, 0.3, 1.5);
        switch (style) {
            case HINGE_BOTH_FEET -> {
                load = 0;
                forward = uniform(random, 0.03, 0.06);
                s.append(fmt("on %.2f first=%s gap=%.2f", gap + 0.8, first, gap));
            }
            case HINGE_REAR_FOOT_ON_BLOCK -> {
                load = uniform(random, 0.08, 0.18);
                forward = uniform(random, 0.03, 0.05);
                if (random.nextInt(3) == 0) {
                    s.append(fmt("empty 0.5; chair %.2f; ", uniform(random, 0.05, 0.15)));
                }
                s.append(fmt("on %.2f first=%s gap=%.2f alone=%.2f", gap + 0.8, first, gap,
                        uniform(random, 0.7, 0.9)));
            }
            default -> {
                load = uniform(random, 0.25, 0.4);
                forward = uniform(random, 0.0, 0.02);
                s.append(fmt("on %.2f first=%s gap=%.2f alone=%.2f", gap + 0.8, first, gap,
                        uniform(random, 0.45, 0.6)));
            }
        }
        s.append(fmt("; both %.2f", WAIT_BEFORE_FIRST_S + uniform(random, 0, 1.5)));
        boolean stopsEarly = random.nextInt(5) == 0;
        int done = stopsEarly ? 1 + random.nextInt(target - 1) : target;
        for (int r = 1; r <= done; r++) {
            double repS = uniform(random, 1.6, 3.5);
            s.append(fmt("; rep %.2f depth=%.2f load=%.3f forward=%.3f hold=%.2f", repS, uniform(random, 0.7, 1.2),
                    load, forward, uniform(random, 0, Math.min(1.0, repS - 1.2))));
            if (r >= 2 && r < done && random.nextInt(5) == 0) {
                s.append(fmt("; both %.2f; rep %.2f depth=%.2f load=%.3f forward=%.3f", uniform(random, 0.3, 0.8),
                        uniform(random, 0.8, 1.5), uniform(random, 0.1, 0.2), load, forward));
            }
            if (r < done) {
                s.append(fmt("; both %.2f", uniform(random, 0, 1.5) + 0.05));
            }
        }
        s.append(fmt("; both %.2f; off first=%s gap=%.2f", uniform(random, 0.5, 2), first,
                uniform(random, 0.1, 0.8)));
        return new RepetitionScenario(seed, rate, person, style, target, s.toString());
    }

    /** The parsed script. */
    public SessionScript parsed() {
        return SessionScript.parse(script);
    }

    /** Repetitions the person really did. */
    public int trueCount() {
        return parsed().repetitions().size();
    }

    /** The plate model of this scenario on a Wii Balance Board. */
    public PlateSessionModel model() {
        return new PlateSessionModel(parsed(), person, rateHz, PlateGeometry.WII_BALANCE_BOARD.cellSpacingMlM(),
                PlateGeometry.WII_BALANCE_BOARD.cellSpacingApM(), seed);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "seed %d, %.0f Hz, %.0f kg, %s, target %d: %s", seed, rateHz,
                person.bodyMassKg(), style, target, script);
    }
}
