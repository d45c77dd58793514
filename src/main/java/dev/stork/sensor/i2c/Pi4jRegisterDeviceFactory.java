package dev.stork.sensor.i2c;

import com.pi4j.context.Context;

import java.util.Objects;

/** Opens {@link Pi4jRegisterDevice}s on the linuxfs provider of one Pi4J context. */
public final class Pi4jRegisterDeviceFactory implements RegisterDeviceFactory {

    private final Context context;

    /** @param context a Pi4J context holding the linuxfs plugin; the caller shuts it down */
    public Pi4jRegisterDeviceFactory(Context context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public RegisterDevice open(int bus, int address) throws I2cException {
        return Pi4jRegisterDevice.open(context, bus, address);
    }
}
