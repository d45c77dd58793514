package dev.stork.sensor.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.linuxfs.provider.i2c.LinuxFsI2CProvider;
import com.pi4j.plugin.mock.provider.i2c.MockI2CProviderImpl;
import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What an I2C source owns is released with it: the Pi4J context is shut down once the source is closed and its
 * acquisition has returned, never while a transfer may still use it, and exactly once.
 */
class OwningSourceTest {

    @Test
    void theContextOfAnI2cSourceIsShutDownWhenTheSourceIsClosedAndHasStopped() throws Exception {
        // Pi4J's mock bus standing in for the linuxfs provider the opener asks for. It answers with zeros, so the
        // NAU7802 chips never pass their checks: the source keeps retrying, like a plate whose cells are unplugged,
        // until it is closed.
        Context pi4j = Pi4J.newContextBuilder().add(new MockI2CProviderImpl() {
            {
                id = LinuxFsI2CProvider.ID;
            }
        }).build();
        SampleSource source = SourceOpener.openI2c(SourceSpec.parse("i2c:nau7802x4@1"), () -> pi4j);
        CountDownLatch reported = new CountDownLatch(1);
        Thread acquisition = new Thread(() -> {
            try {
                source.run(new SampleListener() {
                    @Override
                    public void onHealth(HealthEvent event) {
                        reported.countDown();
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "test-i2c");
        acquisition.start();
        assertTrue(reported.await(10, TimeUnit.SECONDS), "the source ran and reported");
        assertFalse(pi4j.isShutdown(), "the context stays up while the source runs");
        source.close();
        acquisition.join(10_000);
        assertFalse(acquisition.isAlive(), "the source stopped");
        assertTrue(pi4j.isShutdown(), "the context is shut down with the source");
    }

    @Test
    void aSourceClosedBeforeItRanReleasesAtOnceAndOnlyOnce() throws Exception {
        AtomicInteger released = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        SampleSource inner = new SampleSource() {
            @Override
            public dev.stork.sensor.SourceDescription description() {
                return null;
            }

            @Override
            public void run(SampleListener listener) {
                ran.incrementAndGet();
            }

            @Override
            public void stop() {
            }

            @Override
            public void close() {
            }
        };
        OwningSource source = new OwningSource(inner, released::incrementAndGet);
        source.close();
        assertEquals(1, released.get());
        AtomicInteger ends = new AtomicInteger();
        source.run(new SampleListener() {
            @Override
            public void onEnd() {
                ends.incrementAndGet();
            }
        });
        source.close();
        assertEquals(0, ran.get(), "a closed source does not run");
        assertEquals(1, ends.get(), "its listener hears the end");
        assertEquals(1, released.get(), "released once");
    }
}
