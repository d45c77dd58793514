package dev.stork.sensor.i2c;

import com.pi4j.context.Context;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Opens {@link Pi4jRegisterDevice}s on the linuxfs provider of one Pi4J context. Pi4J refuses a second device
 * with the same id, so each bus and address is opened once and handed out again (a bus scan followed by a source
 * on the same chip). Used during set-up only, on one thread.
 */
public final class Pi4jRegisterDeviceFactory implements RegisterDeviceFactory {

    private final Context context;
    private final Map<Integer, Pi4jRegisterDevice> opened = new HashMap<>();

    /** @param context a Pi4J context holding the linuxfs plugin; the caller shuts it down */
    public Pi4jRegisterDeviceFactory(Context context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public RegisterDevice open(int bus, int address) throws I2cException {
        int key = (bus << 8) | (address & 0xFF);
        Pi4jRegisterDevice device = opened.get(key);
        if (device == null) {
            device = Pi4jRegisterDevice.open(context, bus, address);
            opened.put(key, device);
        }
        return device;
    }
}
