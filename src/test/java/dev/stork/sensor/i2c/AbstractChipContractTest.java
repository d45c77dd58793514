package dev.stork.sensor.i2c;

import dev.stork.sensor.i2c.support.ChipBench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the driver contract tests: one chip on the bench per test, emulated or real. */
abstract class AbstractChipContractTest {

    private ChipBench bench;

    /** Puts a fresh chip on the bench (a real-chip bench aborts the test when none answers). */
    protected abstract ChipBench openBench();

    @BeforeEach
    final void setUpBench() {
        bench = openBench();
    }

    @AfterEach
    final void tearDownBench() {
        if (bench != null) {
            bench.close();
        }
    }

    /** The chip under test. */
    protected RegisterDevice device() {
        return bench.device();
    }

    /** The clock the driver waits with and the chip runs on. */
    protected NanoClock clock() {
        return bench.clock();
    }

    /** Lets {@code nanos} of chip time pass without reading. */
    protected void letTimePass(long nanos) throws InterruptedException {
        bench.letTimePass(nanos);
    }
}
