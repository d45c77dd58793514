package dev.stork.cli;

import dev.stork.calibration.ImuProfile;
import dev.stork.calibration.PlateFitQuality;
import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.flow.CalibrationKind;
import dev.stork.calibration.flow.CalibrationRun;
import dev.stork.calibration.flow.CalibrationSnapshot;
import dev.stork.calibration.flow.CalibrationSnapshot.Phase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The terminal side of a {@link CalibrationRun}: prints each step's prompt and takes one line per prompt (Enter to
 * go on, {@code q} to cancel; {@code q} also cancels while a step collects), shows the live reading and a progress
 * bar twice a second while a step collects, the messages as they change, and the final report. Reads the run's
 * snapshots only; input lines are read on a daemon thread so that a prompt never blocks the display.
 */
final class CalibrationTerminal {
    private static final long POLL_MILLIS = 20;
    private static final long LIVE_EVERY_NANOS = 500_000_000L;
    /** Put in the line queue when the input ends; compared by identity. */
    private static final String END_OF_INPUT = new String("end of input");

    private final PrintStream out;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    /** Starts reading {@code in} line by line. */
    CalibrationTerminal(InputStream in, PrintStream out) {
        this.out = out;
        Thread reader = new Thread(() -> readLines(in), "stork-calibrate-input");
        reader.setDaemon(true);
        reader.start();
    }

    private void readLines(InputStream in) {
        try (BufferedReader input = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = input.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            out.println("cannot read the terminal: " + e.getMessage());
        } finally {
            lines.add(END_OF_INPUT);
        }
    }

    /**
     * Runs the started calibration to its end and returns the last snapshot.
     *
     * @param simulated whether a simulated helper does what the steps ask (said once, so nobody waits for a mass)
     */
    CalibrationSnapshot drive(CalibrationRun run, double massKg, boolean simulated) throws InterruptedException {
        CalibrationSnapshot s = run.snapshot();
        out.println("Waiting for " + s.board() + " ...");
        int answered = 0;
        String shownMessage = "";
        boolean introduced = false;
        long nextLiveNanos = 0;
        while (!(s = run.snapshot()).finished()) {
            if (s.started() && !introduced) {
                introduced = true;
                out.println("Calibrating " + s.board() + " (" + s.deviceId() + ")" + (s.kind() == CalibrationKind.PLATE
                        ? " with a " + massKg + " kg mass" : "") + ". Press Enter to go on at each step, q then "
                        + "Enter to cancel.");
                if (simulated) {
                    out.println("  (a simulated board: a simulated helper does what each step asks)");
                }
            }
            if (!s.message().isEmpty() && !s.message().equals(shownMessage)) {
                shownMessage = s.message();
                out.println("  " + shownMessage);
            }
            if (s.phase() == Phase.WAITING && s.promptNumber() > answered) {
                answered = s.promptNumber();
                out.println("Step " + (s.stepIndex() + 1) + "/" + s.stepCount() + ": " + s.prompt() + " [Enter]");
                String line = answer(run);
                if (line == null) {
                    continue;
                }
                if (line == END_OF_INPUT || line.trim().equalsIgnoreCase("q")) {
                    run.cancel();
                } else {
                    run.confirm();
                }
            } else if (s.phase() == Phase.COLLECTING) {
                long now = System.nanoTime();
                if (now >= nextLiveNanos) {
                    out.println(live(s));
                    nextLiveNanos = now + LIVE_EVERY_NANOS;
                }
                String next = lines.peek();
                if (next != null && next != END_OF_INPUT && next.trim().equalsIgnoreCase("q")) {
                    lines.poll();
                    run.cancel();
                }
            }
            Thread.sleep(POLL_MILLIS);
        }
        run.awaitEnd(Duration.ofSeconds(5));
        s = run.snapshot();
        // A board that never answered is reported once, by the command, as its error.
        if (s.started() && !s.message().isEmpty() && !s.message().equals(shownMessage)) {
            out.println("  " + s.message());
        }
        return s;
    }

    /** The next input line, or null when the calibration ended while waiting for it. */
    private String answer(CalibrationRun run) throws InterruptedException {
        while (true) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                return line;
            }
            if (run.snapshot().finished()) {
                return null;
            }
        }
    }

    private static String live(CalibrationSnapshot s) {
        if (s.kind() == CalibrationKind.PLATE) {
            String load = Double.isNaN(s.loadN()) ? "       — N" : String.format(Locale.ROOT, "%8.1f N (%.1f kg)",
                    s.loadN(), s.loadN() / PlateProfile.GRAVITY_MPS2);
            return "  load " + load + "  " + bar(s.progress());
        }
        return String.format(Locale.ROOT, "  accel %6.2f %6.2f %6.2f m/s²  %s", s.accelXMps2(), s.accelYMps2(),
                s.accelZMps2(), bar(s.progress()));
    }

    static String bar(double progress) {
        int filled = (int) Math.round(progress * 20);
        return "[" + "#".repeat(filled) + ".".repeat(20 - filled) + "] " + Math.round(progress * 100) + " %";
    }

    /** Prints what the calibration found and where it was saved. */
    void report(CalibrationSnapshot s) {
        PlateProfile plate = s.plateResult();
        if (plate != null) {
            PlateFitQuality q = plate.quality();
            out.println("Result for " + plate.deviceId() + ":");
            for (int i = 0; i < 4; i++) {
                out.printf(Locale.ROOT, "  cell %d: gain %.6g N per %s, offset %.6g%n", i, plate.gain(i),
                        plate.cellUnit().name().toLowerCase(Locale.ROOT).replaceAll("s$", ""), plate.offset(i));
            }
            if (!Double.isNaN(q.residualN())) {
                out.printf(Locale.ROOT, "  fit residual %.3f N, condition number %.1f%n", q.residualN(),
                        q.conditionNumber());
            }
            out.printf(Locale.ROOT, "  check at the centre: COP error %.2f mm, weight error %.3f %%%n",
                    q.checkCopErrorMm(), q.checkWeightErrorPercent());
            out.println("Saved " + s.savedFile() + " (calibration " + plate.calibrationId() + ")");
        }
        ImuProfile imu = s.imuResult();
        if (imu != null) {
            double[] b = imu.gyroBiasRadPs();
            double[] o = imu.accelOffsetMps2();
            double[] k = imu.accelScale();
            out.println("Result for " + imu.deviceId() + ":");
            out.printf(Locale.ROOT, "  gyro bias %.4f %.4f %.4f rad/s%n", b[0], b[1], b[2]);
            out.printf(Locale.ROOT, "  accel offset %.3f %.3f %.3f m/s², scale %.4f %.4f %.4f%n", o[0], o[1], o[2],
                    k[0], k[1], k[2]);
            out.printf(Locale.ROOT, "  |g| residual %.4f m/s², gyro noise %.4f rad/s%n", imu.accelResidualMps2(),
                    imu.gyroNoiseRadPs());
            out.println("Saved " + s.savedFile() + " (calibration " + imu.calibrationId() + ")");
        }
    }
}
