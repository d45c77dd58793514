package dev.stork.calibration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stork.sensor.SourceDescription.CellUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads and writes calibration profiles as JSON (format: {@code calibration/README.md}). Reading checks the schema
 * version, every field's type and range, and reports the first problem naming the file and the field. Stateless and
 * thread-safe.
 */
public final class ProfileCodec {
    /** Plate gain bounds per unit, N per unit: counts, kilograms, newtons. See README for why. */
    static final double MIN_GAIN_N_PER_COUNT = 1e-7;
    static final double MAX_GAIN_N_PER_COUNT = 1;
    static final double MIN_GAIN_N_PER_KG = 9.0;
    static final double MAX_GAIN_N_PER_KG = 10.6;
    static final double MIN_GAIN_N_PER_N = 0.5;
    static final double MAX_GAIN_N_PER_N = 2;
    /** A 24-bit ADC's range. */
    static final double MAX_OFFSET_COUNTS = 8_388_608;
    static final double MAX_OFFSET_KG = 50;
    static final double MAX_OFFSET_N = 5000;
    static final double MIN_SPACING_MM = 50;
    static final double MAX_SPACING_MM = 2000;
    static final double MAX_GYRO_BIAS_RAD_PER_S = 0.5;
    static final double MAX_ACCEL_OFFSET_MPS2 = 2;
    static final double MIN_ACCEL_SCALE = 0.8;
    static final double MAX_ACCEL_SCALE = 1.2;
    static final double QUATERNION_NORM_TOLERANCE = 1e-3;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The JSON field names of a plate's gains and offsets for a cell unit, e.g. {@code gain_N_per_count}. */
    static String gainField(CellUnit unit) {
        return "gain_N_per_" + unitWord(unit);
    }

    static String offsetField(CellUnit unit) {
        return switch (unit) {
            case COUNTS -> "offset_counts";
            case KILOGRAMS -> "offset_kg";
            case NEWTONS -> "offset_N";
            case NONE -> throw new IllegalArgumentException("not a plate unit: " + unit);
        };
    }

    private static String unitWord(CellUnit unit) {
        return switch (unit) {
            case COUNTS -> "count";
            case KILOGRAMS -> "kg";
            case NEWTONS -> "N";
            case NONE -> throw new IllegalArgumentException("not a plate unit: " + unit);
        };
    }

    /** The profile as pretty-printed JSON text. */
    public String plateJson(PlateProfile p) {
        ObjectNode root = header("plate", p.deviceId(), p.calibratedAt());
        root.put("cell_unit", p.cellUnit().name().toLowerCase(Locale.ROOT));
        root.put("cell_order", "top_left, top_right, bottom_left, bottom_right");
        root.put("cell_spacing_ml_mm", p.cellSpacingMlMm());
        root.put("cell_spacing_ap_mm", p.cellSpacingApMm());
        array(root, gainField(p.cellUnit()), p.gainNPerUnit());
        array(root, offsetField(p.cellUnit()), p.offsetUnits());
        ObjectNode fit = root.putObject("fit");
        PlateFitQuality q = p.quality();
        number(fit, "mass_kg", q.massKg());
        number(fit, "residual_N", q.residualN());
        number(fit, "condition_number", q.conditionNumber());
        number(fit, "check_cop_error_mm", q.checkCopErrorMm());
        number(fit, "check_weight_error_percent", q.checkWeightErrorPercent());
        return text(root);
    }

    /** The profile as pretty-printed JSON text. */
    public String imuJson(ImuProfile p) {
        ObjectNode root = header("imu", p.deviceId(), p.calibratedAt());
        array(root, "gyro_bias_rad_per_s", p.gyroBiasRadPs());
        array(root, "accel_offset_m_per_s2", p.accelOffsetMps2());
        array(root, "accel_scale", p.accelScale());
        array(root, "mounting_sensor_to_board_quaternion_wxyz", p.mountingQuaternionWxyz());
        ObjectNode fit = root.putObject("fit");
        number(fit, "gyro_noise_rad_per_s", p.gyroNoiseRadPs());
        number(fit, "accel_residual_m_per_s2", p.accelResidualMps2());
        return text(root);
    }

    private static ObjectNode header(String kind, String deviceId, Instant when) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema_version", PlateProfile.SCHEMA_VERSION);
        root.put("kind", kind);
        root.put("device_id", deviceId);
        root.put("calibrated_at", when.toString());
        return root;
    }

    private static void array(ObjectNode node, String name, double[] values) {
        ArrayNode a = node.putArray(name);
        for (double v : values) {
            a.add(v);
        }
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }

    private static String text(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of numbers and strings always serialises", e);
        }
    }

    /** Reads and checks a plate profile. */
    public PlateProfile readPlate(Path file) throws ProfileFormatException {
        Fields f = new Fields(file, parse(file));
        f.expectKind("plate");
        String deviceId = f.text("device_id");
        Instant when = f.instant("calibrated_at");
        String unitText = f.text("cell_unit");
        CellUnit unit = switch (unitText) {
            case "counts" -> CellUnit.COUNTS;
            case "kilograms" -> CellUnit.KILOGRAMS;
            case "newtons" -> CellUnit.NEWTONS;
            default -> throw f.error("cell_unit", "must be counts, kilograms or newtons, got '" + unitText + "'");
        };
        double ml = f.number("cell_spacing_ml_mm", MIN_SPACING_MM, MAX_SPACING_MM);
        double ap = f.number("cell_spacing_ap_mm", MIN_SPACING_MM, MAX_SPACING_MM);
        double minGain = unit == CellUnit.COUNTS ? MIN_GAIN_N_PER_COUNT
                : unit == CellUnit.KILOGRAMS ? MIN_GAIN_N_PER_KG : MIN_GAIN_N_PER_N;
        double maxGain = unit == CellUnit.COUNTS ? MAX_GAIN_N_PER_COUNT
                : unit == CellUnit.KILOGRAMS ? MAX_GAIN_N_PER_KG : MAX_GAIN_N_PER_N;
        double maxOffset = unit == CellUnit.COUNTS ? MAX_OFFSET_COUNTS
                : unit == CellUnit.KILOGRAMS ? MAX_OFFSET_KG : MAX_OFFSET_N;
        double[] gains = f.numbers(gainField(unit), 4, minGain, maxGain);
        double[] offsets = f.numbers(offsetField(unit), 4, -maxOffset, maxOffset);
        JsonNode fit = f.object("fit");
        PlateFitQuality quality = new PlateFitQuality(f.optional(fit, "fit.mass_kg", "mass_kg", 0, 1000),
                f.optional(fit, "fit.residual_N", "residual_N", 0, 1e4),
                f.optional(fit, "fit.condition_number", "condition_number", 1, 1e12),
                f.optional(fit, "fit.check_cop_error_mm", "check_cop_error_mm", 0, 1e4),
                f.optional(fit, "fit.check_weight_error_percent", "check_weight_error_percent", -100, 1e4));
        return new PlateProfile(deviceId, when, unit, ml, ap, gains, offsets, quality);
    }

    /** Reads and checks an IMU profile. */
    public ImuProfile readImu(Path file) throws ProfileFormatException {
        Fields f = new Fields(file, parse(file));
        f.expectKind("imu");
        String deviceId = f.text("device_id");
        Instant when = f.instant("calibrated_at");
        double[] bias = f.numbers("gyro_bias_rad_per_s", 3, -MAX_GYRO_BIAS_RAD_PER_S, MAX_GYRO_BIAS_RAD_PER_S);
        double[] offset = f.numbers("accel_offset_m_per_s2", 3, -MAX_ACCEL_OFFSET_MPS2, MAX_ACCEL_OFFSET_MPS2);
        double[] scale = f.numbers("accel_scale", 3, MIN_ACCEL_SCALE, MAX_ACCEL_SCALE);
        String qField = "mounting_sensor_to_board_quaternion_wxyz";
        double[] q = f.numbers(qField, 4, -1 - QUATERNION_NORM_TOLERANCE, 1 + QUATERNION_NORM_TOLERANCE);
        double norm = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
        if (Math.abs(norm - 1) > QUATERNION_NORM_TOLERANCE) {
            throw f.error(qField, "must be a unit quaternion, its norm is " + norm);
        }
        JsonNode fit = f.object("fit");
        return new ImuProfile(deviceId, when, bias, offset, scale, q,
                f.optional(fit, "fit.gyro_noise_rad_per_s", "gyro_noise_rad_per_s", 0, 10),
                f.optional(fit, "fit.accel_residual_m_per_s2", "accel_residual_m_per_s2", 0, 10));
    }

    private static JsonNode parse(Path file) throws ProfileFormatException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ProfileFormatException(file, "", "no such file");
        } catch (IOException e) {
            throw new ProfileFormatException(file, "", "cannot be read: " + e.getMessage());
        }
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || !root.isObject()) {
                throw new ProfileFormatException(file, "", "is not a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new ProfileFormatException(file, "", "is not valid JSON (damaged or truncated?): "
                    + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr());
        }
    }

    /** Field access that names the file and the field in every error. */
    private static final class Fields {
        private final Path file;
        private final JsonNode root;

        Fields(Path file, JsonNode root) throws ProfileFormatException {
            this.file = file;
            this.root = root;
            JsonNode version = root.get("schema_version");
            if (version == null || !version.isInt()) {
                throw error("schema_version", "missing or not an integer");
            }
            if (version.intValue() != PlateProfile.SCHEMA_VERSION) {
                throw error("schema_version", "version " + version.intValue() + " is not supported; this Stork reads "
                        + "version " + PlateProfile.SCHEMA_VERSION);
            }
        }

        ProfileFormatException error(String field, String reason) {
            return new ProfileFormatException(file, field, reason);
        }

        void expectKind(String kind) throws ProfileFormatException {
            String actual = text("kind");
            if (!actual.equals(kind)) {
                throw error("kind", "expected '" + kind + "', got '" + actual + "'");
            }
        }

        String text(String name) throws ProfileFormatException {
            JsonNode n = root.get(name);
            if (n == null || !n.isTextual() || n.textValue().isBlank()) {
                throw error(name, "missing or not a non-empty string");
            }
            return n.textValue();
        }

        Instant instant(String name) throws ProfileFormatException {
            String t = text(name);
            try {
                return Instant.parse(t);
            } catch (DateTimeParseException e) {
                throw error(name, "'" + t + "' is not an ISO-8601 UTC time like 2026-11-22T04:30:00Z");
            }
        }

        double number(String name, double min, double max) throws ProfileFormatException {
            return checked(root.get(name), name, min, max);
        }

        double[] numbers(String name, int length, double min, double max) throws ProfileFormatException {
            JsonNode n = root.get(name);
            if (n == null || !n.isArray() || n.size() != length) {
                throw error(name, "missing or not an array of " + length + " numbers");
            }
            double[] values = new double[length];
            for (int i = 0; i < length; i++) {
                values[i] = checked(n.get(i), name + "[" + i + "]", min, max);
            }
            return values;
        }

        JsonNode object(String name) throws ProfileFormatException {
            JsonNode n = root.get(name);
            if (n == null || !n.isObject()) {
                throw error(name, "missing or not an object");
            }
            return n;
        }

        double optional(JsonNode parent, String path, String name, double min, double max)
                throws ProfileFormatException {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                return Double.NaN;
            }
            return checked(n, path, min, max);
        }

        private double checked(JsonNode n, String name, double min, double max) throws ProfileFormatException {
            if (n == null || !n.isNumber()) {
                throw error(name, "missing or not a number");
            }
            double v = n.doubleValue();
            if (!(v >= min && v <= max)) {
                throw error(name, v + " is out of range [" + min + ", " + max + "]");
            }
            return v;
        }
    }
}
