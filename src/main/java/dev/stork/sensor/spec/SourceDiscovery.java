package dev.stork.sensor.spec;

import com.fazecast.jSerialComm.SerialPort;
import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.linuxfs.provider.i2c.LinuxFsI2CProvider;
import dev.stork.sensor.i2c.I2cBusScanner;
import dev.stork.sensor.i2c.I2cException;
import dev.stork.sensor.i2c.Pi4jRegisterDeviceFactory;
import dev.stork.sensor.wii.WiiBoardFinder;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lists the boards this machine can see, each with the {@code --source} spec that reads it. */
public final class SourceDiscovery {
    private static final Pattern I2C_DEVICE = Pattern.compile("i2c-(\\d+)");

    private final Path dev;
    private final WiiBoardFinder wiiFinder;

    /** Discovery on the real {@code /dev}. */
    public SourceDiscovery() {
        this(Path.of("/dev"), new WiiBoardFinder());
    }

    SourceDiscovery(Path dev, WiiBoardFinder wiiFinder) {
        this.dev = dev;
        this.wiiFinder = wiiFinder;
    }

    /**
     * One thing found.
     *
     * @param kind        what it is: serial port, I2C bus, I2C chip, Wii board, simulation
     * @param spec        the {@code --source} spec that reads it, or null when Stork cannot read it
     * @param description details for a person, e.g. the USB device name
     */
    public record Found(String kind, String spec, String description) {
    }

    /** Everything found: the simulations first, then serial ports, I2C buses and their chips, and Wii boards. */
    public List<Found> find() {
        List<Found> found = new ArrayList<>();
        found.add(new Found("simulation", "sim", "a simulated person on a four-cell plate (no hardware)"));
        found.add(new Found("simulation", "sim:imu", "a simulated person on an IMU wobble board (no hardware)"));
        for (SerialPort port : SerialPort.getCommPorts()) {
            String path = port.getSystemPortPath();
            found.add(new Found("serial port", "serial:" + path, port.getPortDescription()
                    + (likelyMicrocontroller(path) ? " (USB: could be a Stork plate)" : "")));
        }
        for (int bus : i2cBuses()) {
            found.addAll(scanI2c(bus));
        }
        for (Path board : wiiFinder.find()) {
            found.add(new Found("Wii Balance Board", "wii:" + board, "Nintendo Wii Remote Balance Board"));
        }
        return found;
    }

    private static boolean likelyMicrocontroller(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return name.contains("ttyacm") || name.contains("ttyusb");
    }

    /** Bus numbers of the {@code /dev/i2c-N} devices, in order. */
    List<Integer> i2cBuses() {
        List<Integer> buses = new ArrayList<>();
        try (DirectoryStream<Path> devices = Files.newDirectoryStream(dev, "i2c-*")) {
            for (Path device : devices) {
                Matcher m = I2C_DEVICE.matcher(device.getFileName().toString());
                if (m.matches()) {
                    buses.add(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            return buses;
        }
        buses.sort(null);
        return buses;
    }

    private static List<Found> scanI2c(int bus) {
        List<Found> found = new ArrayList<>();
        Context pi4j = Pi4J.newContextBuilder().add(LinuxFsI2CProvider.newInstance()).build();
        try {
            List<I2cBusScanner.Found> chips = new I2cBusScanner(new Pi4jRegisterDeviceFactory(pi4j)).scan(bus);
            found.add(new Found("I2C bus", null, "/dev/i2c-" + bus + ": " + chips.size() + " device(s) answer"));
            for (I2cBusScanner.Found chip : chips) {
                found.add(new Found("I2C chip", chip.spec(), String.format(Locale.ROOT, "bus %d address 0x%02x: %s",
                        chip.bus(), chip.address(), chip.chip())));
            }
        } catch (I2cException e) {
            found.add(new Found("I2C bus", null, "/dev/i2c-" + bus + " cannot be scanned: " + e.getMessage()
                    + " (is the user in the 'i2c' group?)"));
        } finally {
            pi4j.shutdown();
        }
        return found;
    }
}
