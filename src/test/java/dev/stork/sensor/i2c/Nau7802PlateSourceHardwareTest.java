package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.linuxfs.provider.i2c.LinuxFsI2CProvider;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.i2c.support.RecordingListener;

import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A real four-cell plate: four NAU7802 on channels 0..3 of a TCA9548A at {@code stork.plate.mux} (0x70) on bus
 * {@code stork.i2c.bus} (1). {@code mvn test -DexcludedTestGroups=none -Dtest='Nau7802PlateSourceHardwareTest'}.
 * Aborts when the multiplexer does not answer.
 */
@Tag("hardware")
class Nau7802PlateSourceHardwareTest {

    @Test
    void aSecondOfSamplesArrivesAtTheConversionRate() throws Exception {
        int bus = Integer.getInteger("stork.i2c.bus", 1);
        int muxAddress = Integer.decode(System.getProperty("stork.plate.mux", "0x70"));
        Context pi4j = Pi4J.newContextBuilder().add(LinuxFsI2CProvider.newInstance()).build();
        try {
            Pi4jRegisterDeviceFactory factory = new Pi4jRegisterDeviceFactory(pi4j);
            try {
                factory.open(bus, muxAddress).readByte();
            } catch (I2cException e) {
                Assumptions.abort("no TCA9548A answering at " + I2cException.hex(muxAddress) + " on bus " + bus
                        + ": " + e.getMessage());
            }
            Nau7802PlateSource plate = Nau7802PlateSource.open(factory, bus, muxAddress,
                    Nau7802Driver.ConversionRate.SPS80, NanoClock.SYSTEM);
            RecordingListener listener = new RecordingListener(80).stopping(plate);
            listener.onHealthDo(event -> {
                if (event.kind() != HealthEvent.Kind.CONNECTED) {
                    plate.stop();
                }
            });
            long start = System.nanoTime();
            plate.run(listener);
            double seconds = (System.nanoTime() - start) * 1e-9;

            assertEquals(List.of(HealthEvent.Kind.CONNECTED), listener.healthKinds(), listener.health.toString());
            List<PlateSample> samples = listener.plateSamples;
            assertEquals(80, samples.size());
            for (int n = 1; n < samples.size(); n++) {
                assertEquals(n, samples.get(n).sequence);
            }
            // Power-up and calibration of four cells take a few tenths of a second; then 80 samples at ~80 SPS.
            assertTrue(seconds > 0.9 && seconds < 3, "80 samples took " + seconds + " s");
        } finally {
            pi4j.shutdown();
        }
    }
}
