package dev.stork.signal.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Synthetic load and COP traces at 100 Hz with known transitions. */
class PlateStanceDetectorTest {
    private static final double RATE_HZ = 100;
    private static final double WEIGHT_N = 700;
    private static final double TIME_TOLERANCE_S = 0.02;

    /** Records what the detector reports. */
    private static final class Recorder implements StanceListener {
        final List<String> holds = new ArrayList<>();
        final List<StanceState> states = new ArrayList<>();
        double lastStartS = Double.NaN;
        double lastEndS = Double.NaN;
        HoldEndReason lastReason;
        Leg lastLeg;
        double lastTtsS;
        final List<Double> startsS = new ArrayList<>();
        final List<Double> endsS = new ArrayList<>();
        int withdrawn;

        @Override
        public void onHoldWithdrawn(long startNanos, Leg stanceLeg) {
            withdrawn++;
        }

        @Override
        public void onStateChanged(long sinceNanos, StanceState state) {
            states.add(state);
        }

        @Override
        public void onHoldEnded(long startNanos, long endNanos, Leg stanceLeg, HoldEndReason reason, double ttsS) {
            holds.add(stanceLeg + " " + reason);
            lastStartS = startNanos * 1e-9;
            lastEndS = endNanos * 1e-9;
            lastReason = reason;
            lastLeg = stanceLeg;
            lastTtsS = ttsS;
            startsS.add(startNanos * 1e-9);
            endsS.add(endNanos * 1e-9);
        }
    }

    private final Recorder recorder = new Recorder();
    private final PlateStanceDetector detector = new PlateStanceDetector(PlateStanceConfig.defaults(15), recorder);
    private int index;

    /** Feeds {@code seconds} of constant load with ML = mlM plus noise of sd noiseM. */
    private void feed(double seconds, double loadN, double mlM, double noiseM, Random random) {
        int n = (int) Math.round(seconds * RATE_HZ);
        for (int i = 0; i < n; i++) {
            long t = Math.round(index++ * 1e9 / RATE_HZ);
            double noise = random == null ? 0 : noiseM * random.nextGaussian();
            detector.update(t, loadN, mlM + noise, 0);
        }
    }

    @Test
    void twoLegNoiseNearTheLiftThresholdDoesNotStartAHold() {
        Random random = new Random(11);
        feed(3, WEIGHT_N, 0, 0.002, random);
        // COP hovering around the 4 cm lift threshold: every excursion above it is shorter than 0.25 s.
        for (int k = 0; k < 40; k++) {
            feed(0.15, WEIGHT_N, 0.045, 0.001, random);
            feed(0.3, WEIGHT_N, 0.01, 0.001, random);
        }
        assertEquals(StanceState.TWO_LEG, detector.state());
        assertEquals(List.of(), recorder.holds, "no holds");
        assertEquals(List.of(StanceState.STEPPING_ON, StanceState.TWO_LEG), recorder.states, "no flapping");
    }

    @Test
    void aShiftToTheLeftIsAHoldOnTheLeftFootEndedByTouchdown() {
        feed(3, WEIGHT_N, 0.01, 0, null);
        feed(5, WEIGHT_N, -0.09, 0, null);
        feed(2, WEIGHT_N, 0.01, 0, null);
        assertEquals(List.of("LEFT TOUCHDOWN"), recorder.holds);
        assertEquals(3.0, recorder.lastStartS, TIME_TOLERANCE_S, "start backdated to the shift");
        assertEquals(8.0, recorder.lastEndS, TIME_TOLERANCE_S, "end backdated to the return");
    }

    @Test
    void timeToStabilisationIsWhenTheFastSwayOfTheStartHasDiedDown() {
        feed(3, WEIGHT_N, 0, 0, null);
        // Single-leg stance with sway of 2 cm at 2 Hz (speed up to 25 cm/s) for 2 s, then still.
        for (int i = 0; i < 200; i++) {
            long t = Math.round(index++ * 1e9 / RATE_HZ);
            detector.update(t, WEIGHT_N, 0.1 + 0.02 * Math.sin(2 * Math.PI * 2 * i / RATE_HZ), 0);
        }
        feed(3, WEIGHT_N, 0.1, 0, null);
        feed(1, WEIGHT_N, 0, 0, null);
        assertEquals(List.of("RIGHT TOUCHDOWN"), recorder.holds);
        // Smoothed speed (time constant 0.25 s) falls under 8 cm/s within about 0.3 s of the sway stopping at 2 s.
        assertEquals(2.15, recorder.lastTtsS, 0.2);
    }

    @Test
    void droppingTheLoadDuringAHoldIsAStepOff() {
        feed(3, WEIGHT_N, 0, 0, null);
        feed(4, WEIGHT_N, 0.1, 0, null);
        feed(1, 0.3 * WEIGHT_N, 0.1, 0, null);
        feed(1, 0, 0, 0, null);
        assertEquals(List.of("RIGHT STEP_OFF"), recorder.holds);
        assertEquals(7.0, recorder.lastEndS, TIME_TOLERANCE_S);
        assertEquals(StanceState.EMPTY, detector.state());
    }

    @Test
    void aLongHoldEndsAtTheTargetAndDoesNotRestartUntilTwoLegStanceAgain() {
        feed(3, WEIGHT_N, 0, 0, null);
        feed(20, WEIGHT_N, 0.1, 0, null);
        assertEquals(List.of("RIGHT TARGET"), recorder.holds);
        assertEquals(18.0, recorder.lastEndS, TIME_TOLERANCE_S, "start 3 s + target 15 s");
        assertEquals(StanceState.HOLD_OVER, detector.state());
        feed(2, WEIGHT_N, 0, 0, null);
        assertEquals(StanceState.TWO_LEG, detector.state());
        feed(3, WEIGHT_N, -0.1, 0, null);
        assertEquals(StanceState.HOLD, detector.state(), "a new hold once back on two legs");
        assertEquals(Leg.LEFT, detector.holdLeg());
        assertTrue(detector.holdElapsedS(Math.round(index * 1e9 / RATE_HZ)) > 2.9, "hold timer runs");
    }

    @Test
    void aBoardSilentDuringAHoldStopsItAtTheLastSampleAndNeverCountsTheGap() {
        feed(3, WEIGHT_N, 0, 0, null);
        feed(4, WEIGHT_N, 0.1, 0, null);
        double lastBeforeGapS = (index - 1) / RATE_HZ;
        // Two seconds without a sample (a serial plate unplugged), then the person is still on the right foot.
        index += (int) (2 * RATE_HZ);
        feed(3, WEIGHT_N, 0.1, 0, null);
        assertEquals(List.of("RIGHT DATA_GAP"), recorder.holds, "one hold, stopped by the gap, none bridging it");
        assertEquals(3.0, recorder.lastStartS, TIME_TOLERANCE_S);
        assertEquals(lastBeforeGapS, recorder.lastEndS, 1e-9, "ends at the last sample before the gap");
        assertTrue(detector.state() != StanceState.HOLD, "no hold resumed across the gap without two-leg stance");
    }

    @Test
    void aHourWithoutDataIsNeverAHold() {
        feed(3, WEIGHT_N, 0, 0, null);
        feed(2, WEIGHT_N, 0.1, 0, null);
        index += (int) (3600 * RATE_HZ);
        feed(2, WEIGHT_N, 0.1, 0, null);
        assertEquals(List.of("RIGHT DATA_GAP"), recorder.holds);
        assertTrue(recorder.lastEndS - recorder.lastStartS < 2.1, "held 2 s, not an hour: "
                + (recorder.lastEndS - recorder.lastStartS));
    }

    @Test
    void briefLoadDipsDoNotEmptyThePlate() {
        feed(3, WEIGHT_N, 0, 0, null);
        for (int k = 0; k < 10; k++) {
            feed(0.1, 50, 0, 0, null);
            feed(0.5, WEIGHT_N, 0, 0, null);
        }
        assertEquals(StanceState.TWO_LEG, detector.state());
        assertEquals(List.of(StanceState.STEPPING_ON, StanceState.TWO_LEG), recorder.states);
    }

    @Test
    void aMomentOnOneLegThatEndsInSteppingOffIsWithdrawnNotAHold() {
        feed(3, WEIGHT_N, 0, 0, null);
        // Stepping off backwards: the weight goes onto the right foot, the left foot leaves for the floor, and
        // half a second later the right foot follows.
        feed(0.5, WEIGHT_N, 0.1, 0, null);
        feed(0.3, 0.4 * WEIGHT_N, 0.1, 0, null);
        feed(1, 0, 0, 0, null);
        assertEquals(List.of(), recorder.holds, "no hold");
        assertEquals(1, recorder.withdrawn, "the hold that started was taken back");
        assertEquals(StanceState.EMPTY, detector.state());
    }

    @Test
    void aToeTouchEndsTheHoldAndTheReliftStartsANewOne() {
        feed(3, WEIGHT_N, 0, 0, null);
        feed(3, WEIGHT_N, 0.1, 0, null);
        // A toe of the left foot (20 cm away) takes 10 % of the weight for 0.25 s: the COP steps 2 cm towards it.
        feed(0.25, WEIGHT_N, 0.08, 0, null);
        feed(3, WEIGHT_N, 0.1, 0, null);
        feed(2, WEIGHT_N, 0, 0, null);
        assertEquals(List.of("RIGHT TOUCHDOWN", "RIGHT TOUCHDOWN"), recorder.holds);
        assertEquals(3.0, recorder.startsS.get(0), TIME_TOLERANCE_S);
        assertEquals(6.0, recorder.endsS.get(0), TIME_TOLERANCE_S, "the toe touch ends the first hold");
        assertEquals(6.25, recorder.startsS.get(1), TIME_TOLERANCE_S, "the re-lift starts the second at once");
        assertEquals(9.25, recorder.endsS.get(1), TIME_TOLERANCE_S);
    }
}
