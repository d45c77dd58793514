package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.ImuSample;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.i2c.emulation.EmulatedI2cBus;
import dev.stork.sensor.i2c.emulation.ImuMotion;
import dev.stork.sensor.i2c.emulation.Lsm6dsoxEmulation;
import dev.stork.sensor.i2c.emulation.ManualNanoClock;
import dev.stork.sensor.i2c.emulation.Mpu6050Emulation;
import dev.stork.sensor.i2c.emulation.Nau7802Emulation;
import dev.stork.sensor.i2c.emulation.Tca9548aEmulation;
import dev.stork.support.AllocationMeter;

import org.junit.jupiter.api.Test;

/** The acquisition loops of the I2C sources allocate nothing per sample (drivers, sources and emulations alike). */
class SourceAllocationTest {

    private final ManualNanoClock clock = new ManualNanoClock(0);

    @Test
    void mpu6050SourceAllocatesNothingPerSample() throws Exception {
        Mpu6050Emulation chip = new Mpu6050Emulation(1, 0x68, clock, ImuMotion.levelAtRest());
        assertAllocationFree(new I2cImuSource(Mpu6050Driver.forWobbleBoard(chip, clock), clock));
    }

    @Test
    void lsm6dsoxSourceAllocatesNothingPerSample() throws Exception {
        Lsm6dsoxEmulation chip = new Lsm6dsoxEmulation(1, 0x6A, clock, ImuMotion.levelAtRest());
        assertAllocationFree(new I2cImuSource(Lsm6dsoxDriver.forWobbleBoard(chip, clock), clock));
    }

    @Test
    void plateSourceAllocatesNothingPerSample() throws Exception {
        EmulatedI2cBus bus = new EmulatedI2cBus(1);
        Tca9548aEmulation mux = new Tca9548aEmulation(1, 0x70, clock);
        bus.attach(mux);
        for (int c = 0; c < 4; c++) {
            bus.attachBehind(mux, c, new Nau7802Emulation(1, clock, t -> 12_345));
        }
        assertAllocationFree(Nau7802PlateSource.open(bus, 1, 0x70, Nau7802Driver.ConversionRate.SPS320, clock));
    }

    private static void assertAllocationFree(SampleSource source) throws InterruptedException {
        Counting warmUp = new Counting(source, 20_000);
        source.run(warmUp);
        Counting measured = new Counting(source, 10_000);
        long bytes = AllocationMeter.bytesAllocatedBy(() -> {
            try {
                source.run(measured);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        });
        assertEquals(10_000, measured.samples);
        // One 16-byte object per sample would be 160,000 bytes; the meter itself may cost a few hundred.
        assertTrue(bytes < 1024, bytes + " bytes allocated by 10,000 samples");
    }

    /** Counts samples and stops the source after a number of them; allocates nothing. */
    private static final class Counting implements SampleListener {
        private final SampleSource source;
        private final int stopAfter;
        int samples;

        Counting(SampleSource source, int stopAfter) {
            this.source = source;
            this.stopAfter = stopAfter;
        }

        @Override
        public void onImuSample(ImuSample sample) {
            count();
        }

        @Override
        public void onPlateSample(PlateSample sample) {
            count();
        }

        private void count() {
            if (++samples >= stopAfter) {
                source.stop();
            }
        }
    }
}
