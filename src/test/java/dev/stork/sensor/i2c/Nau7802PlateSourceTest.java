package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.i2c.emulation.EmulatedI2cBus;
import dev.stork.sensor.i2c.emulation.Nau7802Emulation;
import dev.stork.sensor.i2c.emulation.Tca9548aEmulation;
import dev.stork.sensor.i2c.support.RecordingListener;
import dev.stork.sensor.i2c.support.ReplugClock;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plate source on four emulated NAU7802 behind an emulated TCA9548A, in emulated time. */
class Nau7802PlateSourceTest {

    private static final long PERIOD_NANOS = 12_500_000L; // 80 SPS

    private final ReplugClock clock = new ReplugClock(3_000_000_000L);
    private final Nau7802Emulation[] cells = new Nau7802Emulation[4];
    private final double[] loads = {100_000, 200_000, -300_000, 400_000};
    private Nau7802PlateSource source;

    @BeforeEach
    void plate() throws Exception {
        EmulatedI2cBus bus = new EmulatedI2cBus(1);
        Tca9548aEmulation mux = new Tca9548aEmulation(1, 0x70, clock);
        bus.attach(mux);
        for (int c = 0; c < 4; c++) {
            int cell = c;
            cells[c] = new Nau7802Emulation(1, clock, t -> loads[cell]);
            bus.attachBehind(mux, c, cells[c]);
        }
        source = Nau7802PlateSource.open(bus, 1, 0x70, Nau7802Driver.ConversionRate.SPS80, clock);
    }

    @Test
    void describesACountsPlate() {
        SourceDescription d = source.description();
        assertEquals(SourceDescription.BoardKind.FORCE_PLATE, d.kind());
        assertEquals(SourceDescription.CellUnit.COUNTS, d.cellUnit());
        assertEquals(80, d.nominalRateHz());
        assertEquals("i2c-1-0x70-nau7802x4", d.deviceId());
    }

    @Test
    void eachCellLandsInItsFieldAtTheConversionRate() throws Exception {
        long[] producedAtFirst = new long[4];
        RecordingListener listener = new RecordingListener(800).stopping(source).beforeEachSample(n -> {
            if (n == 0) {
                for (int c = 0; c < 4; c++) {
                    producedAtFirst[c] = cells[c].conversionsProduced();
                }
            }
        });
        source.run(listener);
        assertEquals(List.of(HealthEvent.Kind.CONNECTED), listener.healthKinds());
        List<PlateSample> samples = listener.plateSamples;
        long origin = samples.get(0).timeNanos;
        for (int n = 0; n < samples.size(); n++) {
            PlateSample s = samples.get(n);
            assertEquals(n, s.sequence);
            assertEquals(origin + n * PERIOD_NANOS, s.timeNanos, "t = t0 + n / rate");
            assertEquals(0, s.status, "every cell fresh, none saturated, sample " + n);
            assertEquals(100_000, s.topLeft);
            assertEquals(200_000, s.topRight);
            assertEquals(-300_000, s.bottomLeft);
            assertEquals(400_000, s.bottomRight);
        }
        // From the first sample on, every conversion of every cell went into exactly one sample.
        for (int c = 0; c < 4; c++) {
            assertEquals(799, cells[c].conversionsProduced() - producedAtFirst[c], 1.0, "cell " + c);
            assertEquals(800, cells[c].conversionsRead(), "cell " + c);
        }
    }

    @Test
    void aSaturatedCellIsFlagged() throws Exception {
        loads[2] = -1e8;
        RecordingListener listener = new RecordingListener(10).stopping(source);
        source.run(listener);
        PlateSample last = listener.plateSamples.get(9);
        assertEquals(Nau7802Driver.MIN_COUNTS, last.bottomLeft);
        assertEquals(PlateSample.STATUS_SATURATED, last.status & PlateSample.STATUS_SATURATED);
    }

    @Test
    void aLostCellIsNamedRetriedAndThePlateComesBack() throws Exception {
        RecordingListener listener = new RecordingListener(300).stopping(source).beforeEachSample(n -> {
            if (n == 100) {
                clock.unplug(cells[1], 1_000_000_000L);
            }
        });
        source.run(listener);

        assertEquals(List.of(HealthEvent.Kind.CONNECTED, HealthEvent.Kind.DISCONNECTED, HealthEvent.Kind.CONNECTED),
                listener.healthKinds());
        assertEquals("load cell top-right (NAU7802, multiplexer channel 1) not answering at 0x2A on bus 1",
                listener.health.get(1).message());
        long tries = clock.attemptsWhileGone();
        assertTrue(tries > 0 && tries <= 14, "back-off 1, 2, 4 ... ms over 1 s, attempts: " + tries);
        List<PlateSample> samples = listener.plateSamples;
        assertEquals(300, samples.size());
        long origin = samples.get(0).timeNanos;
        long biggestGap = 0;
        for (int n = 1; n < samples.size(); n++) {
            PlateSample s = samples.get(n);
            assertEquals(origin + s.sequence * PERIOD_NANOS, s.timeNanos, "one time grid throughout");
            assertEquals(200_000, s.topRight, "the lost cell reads right again after power-up, sample " + n);
            biggestGap = Math.max(biggestGap, s.sequence - samples.get(n - 1).sequence);
        }
        // 1 s outage = 80 samples, plus up to one 512 ms back-off step and the re-power-up with calibration.
        assertTrue(biggestGap >= 80 && biggestGap <= 80 + 41 + 10, "sequence gap across the outage: " + biggestGap);
    }
}
