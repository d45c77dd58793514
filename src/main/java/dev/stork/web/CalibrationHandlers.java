package dev.stork.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stork.calibration.ImuProfile;
import dev.stork.calibration.PlateFitQuality;
import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.flow.CalibrationKind;
import dev.stork.calibration.flow.CalibrationRequest;
import dev.stork.calibration.flow.CalibrationSnapshot;
import io.javalin.config.Key;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The calibration wizard's API: {@code GET /api/calibration} (the state), {@code POST /api/calibration/start}
 * ({@code {"kind": "plate"|"imu", "mass_kg": 1-300}}), {@code POST /api/calibration/confirm} and
 * {@code POST /api/calibration/cancel}. Each answers with the state. A session and a calibration never use the
 * board at once: starting a calibration while a session is under way (not ready, paused or over), or starting,
 * resuming or skipping to a trial while a calibration runs, is a 409 with the reason. Static handlers reading the
 * {@link CalibrationWizard} from the app's data.
 */
final class CalibrationHandlers {
    /** The wizard, or an empty slot when the dashboard has none. */
    static final Key<Slot> WIZARD = new Key<>("stork.calibration");
    private static final Set<String> START_FIELDS = Set.of("kind", "mass_kg");
    private static final Set<String> NO_FIELDS = Set.of();
    /** Session phases in which no trial runs or is about to start by itself, so the board may be calibrated. */
    private static final Set<SessionView.Phase> BOARD_FREE = EnumSet.of(SessionView.Phase.READY,
            SessionView.Phase.PAUSED, SessionView.Phase.DONE, SessionView.Phase.FAILED);

    /** Holds the wizard (null when this dashboard calibrates nothing). */
    record Slot(CalibrationWizard wizard) {
    }

    private CalibrationHandlers() {
    }

    /** The wizard's routes, and the guard that keeps a trial from starting during a calibration. */
    static void routes(RoutesConfig routes) {
        routes.get("/api/calibration", CalibrationHandlers::state);
        routes.post("/api/calibration/start", CalibrationHandlers::start);
        routes.post("/api/calibration/confirm", CalibrationHandlers::confirm);
        routes.post("/api/calibration/cancel", CalibrationHandlers::cancel);
        routes.before("/api/session/start", CalibrationHandlers::noTrialWhileCalibrating);
        routes.before("/api/session/resume", CalibrationHandlers::noTrialWhileCalibrating);
        routes.before("/api/session/skip", CalibrationHandlers::noTrialWhileCalibrating);
    }

    private static CalibrationWizard wizard(Context ctx) {
        CalibrationWizard wizard = ctx.appData(WIZARD).wizard();
        if (wizard == null) {
            throw new IllegalStateException("this dashboard has no board to calibrate");
        }
        return wizard;
    }

    /** {@code GET /api/calibration}. */
    static void state(Context ctx) {
        CalibrationWizard wizard = ctx.appData(WIZARD).wizard();
        ctx.contentType("application/json").result(DashboardJson.write(json(wizard)));
    }

    /** {@code POST /api/calibration/start}. */
    static void start(Context ctx) {
        JsonNode body = RequestBodies.object(ctx, START_FIELDS);
        JsonNode kindNode = body.get("kind");
        if (kindNode == null || !kindNode.isTextual() || !(kindNode.asText().equals("plate")
                || kindNode.asText().equals("imu"))) {
            throw new BadRequest("'kind' must be \"plate\" or \"imu\"");
        }
        CalibrationKind kind = CalibrationKind.parse(kindNode.asText());
        JsonNode mass = body.get("mass_kg");
        if (mass != null && !mass.isNumber()) {
            throw new BadRequest("'mass_kg' must be a number of kilograms");
        }
        CalibrationRequest request;
        if (kind == CalibrationKind.PLATE) {
            if (mass == null || !(mass.asDouble() >= 1 && mass.asDouble() <= 300)) {
                throw new BadRequest("'mass_kg' must be the known mass, 1 to 300 kg");
            }
            request = CalibrationRequest.plate(mass.asDouble());
        } else {
            request = CalibrationRequest.imu();
        }
        CalibrationWizard wizard = wizard(ctx);
        SessionView.Phase phase = ctx.appData(DashboardServer.SESSION).view().phase();
        if (!BOARD_FREE.contains(phase)) {
            throw new IllegalStateException("a training session is under way (" + phase.name().toLowerCase(Locale.ROOT)
                    + "): pause it or end it before calibrating");
        }
        wizard.start(request);
        state(ctx);
    }

    /** {@code POST /api/calibration/confirm}. */
    static void confirm(Context ctx) {
        RequestBodies.object(ctx, NO_FIELDS);
        wizard(ctx).confirm();
        state(ctx);
    }

    /** {@code POST /api/calibration/cancel}. */
    static void cancel(Context ctx) {
        RequestBodies.object(ctx, NO_FIELDS);
        wizard(ctx).cancel();
        state(ctx);
    }

    /** Before the session commands that start a trial (start, resume, skip): refused while a calibration runs. */
    static void noTrialWhileCalibrating(Context ctx) {
        CalibrationWizard wizard = ctx.appData(WIZARD).wizard();
        if (wizard != null && wizard.running()) {
            throw new IllegalStateException("a calibration is under way: finish or cancel it before training");
        }
    }

    static Map<String, Object> json(CalibrationWizard wizard) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("available", wizard != null && wizard.available());
        map.put("unavailableReason", wizard == null ? "this dashboard has no board to calibrate"
                : wizard.unavailableReason());
        map.put("source", wizard == null ? null : wizard.source());
        CalibrationSnapshot s = wizard == null ? null : wizard.snapshot();
        map.put("phase", s == null ? "IDLE" : s.phase().name());
        if (s == null) {
            return map;
        }
        map.put("kind", s.kind().word);
        map.put("board", s.board());
        map.put("deviceId", s.deviceId());
        map.put("stepIndex", s.stepIndex());
        map.put("stepCount", s.stepCount());
        map.put("stepId", s.stepId());
        map.put("prompt", s.prompt());
        map.put("promptNumber", s.promptNumber());
        map.put("loadN", DashboardJson.number(s.loadN()));
        // Arrays.asList, not List.of: a reading not yet known is a null element.
        map.put("accelMps2", s.kind() == CalibrationKind.IMU ? Arrays.asList(DashboardJson.number(s.accelXMps2()),
                DashboardJson.number(s.accelYMps2()), DashboardJson.number(s.accelZMps2())) : null);
        map.put("progress", s.progress());
        map.put("message", s.message());
        map.put("savedFile", s.savedFile() == null ? null : s.savedFile().toString());
        map.put("report", s.plateResult() != null ? plate(s.plateResult())
                : s.imuResult() != null ? imu(s.imuResult()) : null);
        return map;
    }

    private static Map<String, Object> plate(PlateProfile p) {
        PlateFitQuality q = p.quality();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("calibrationId", p.calibrationId());
        map.put("cellUnit", p.cellUnit().name().toLowerCase(Locale.ROOT));
        map.put("gains", List.of(p.gain(0), p.gain(1), p.gain(2), p.gain(3)));
        map.put("offsets", List.of(p.offset(0), p.offset(1), p.offset(2), p.offset(3)));
        map.put("massKg", DashboardJson.number(q.massKg()));
        map.put("residualN", DashboardJson.number(q.residualN()));
        map.put("conditionNumber", DashboardJson.number(q.conditionNumber()));
        map.put("checkCopErrorMm", DashboardJson.number(q.checkCopErrorMm()));
        map.put("checkWeightErrorPercent", DashboardJson.number(q.checkWeightErrorPercent()));
        return map;
    }

    private static Map<String, Object> imu(ImuProfile p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("calibrationId", p.calibrationId());
        map.put("gyroBiasRadPerS", vector(p.gyroBiasRadPs()));
        map.put("accelOffsetMps2", vector(p.accelOffsetMps2()));
        map.put("accelScale", vector(p.accelScale()));
        map.put("accelResidualMps2", DashboardJson.number(p.accelResidualMps2()));
        map.put("gyroNoiseRadPerS", DashboardJson.number(p.gyroNoiseRadPs()));
        return map;
    }

    private static List<Double> vector(double[] v) {
        return List.of(v[0], v[1], v[2]);
    }
}
