package dev.stork.sensor.serial.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared protocol test vectors, {@code firmware-interface/vectors/frame_vectors.txt}, which the firmware's C
 * test reads as well. Each line is a kind followed by {@code key=value} fields.
 */
public final class FrameVectors {

    /** One line of the file. */
    public record Vector(String kind, String name, int line, Map<String, String> fields) {

        public String text(String key) {
            String value = fields.get(key);
            if (value == null) {
                throw new IllegalArgumentException(FILE + " line " + line + " (" + name + "): no field " + key);
            }
            return value;
        }

        /** A decimal or 0x-hex number. */
        public long number(String key) {
            return Long.decode(text(key));
        }

        /** A hex byte string; "-" is empty. */
        public byte[] bytes(String key) {
            String hex = text(key);
            return "-".equals(hex) ? new byte[0] : HexFormat.of().parseHex(hex);
        }

        @Override
        public String toString() {
            return kind + "/" + name;
        }
    }

    /** Path of the vector file relative to the project root. */
    public static final String FILE = "firmware-interface/vectors/frame_vectors.txt";

    private FrameVectors() {
    }

    /** Reads every vector; fails with a clear message when the file is missing or empty. */
    public static List<Vector> load() throws IOException {
        Path file = Path.of(System.getProperty("basedir", ".")).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("shared protocol vectors not found at " + file.toAbsolutePath()
                    + ": run the tests from the project root");
        }
        List<Vector> vectors = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" ");
            Map<String, String> fields = new LinkedHashMap<>();
            for (int p = 1; p < parts.length; p++) {
                int eq = parts[p].indexOf('=');
                if (eq < 0) {
                    throw new IllegalStateException(file + " line " + (i + 1) + ": expected key=value, got "
                            + parts[p]);
                }
                fields.put(parts[p].substring(0, eq), parts[p].substring(eq + 1));
            }
            vectors.add(new Vector(parts[0], fields.get("name"), i + 1, fields));
        }
        if (vectors.isEmpty()) {
            throw new IllegalStateException(file + " holds no vectors");
        }
        return vectors;
    }

    /** The vectors of one kind. */
    public static List<Vector> ofKind(List<Vector> all, String kind) {
        List<Vector> selected = new ArrayList<>();
        for (Vector v : all) {
            if (v.kind().equals(kind)) {
                selected.add(v);
            }
        }
        return selected;
    }
}
