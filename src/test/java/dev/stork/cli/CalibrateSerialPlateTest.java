package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.calibration.PlateFitQuality;
import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.ProfileCodec;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.cli.support.TerminalSession;
import dev.stork.sensor.SourceDescription.CellUnit;
import dev.stork.sensor.serial.EmulatedSerialPlate;
import dev.stork.sensor.serial.support.SocatPtyPair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stork calibrate plate} on a real serial source: the emulated plate firmware writes frames into a socat
 * pseudo-terminal pair, {@code SerialPlateSource} reads the other end through jSerialComm. The plate's four cells
 * have known gains and offsets; the test plays the person at the terminal, putting a 20 kg mass where each prompt
 * says (centre, over each corner cell of a 500 x 300 mm plate) before pressing Enter. Real time: about 20 s.
 */
class CalibrateSerialPlateTest {
    private static final int RATE_HZ = 200;
    private static final long BOARD_ID = 0x5702_BEEFL;
    private static final String BOARD_HEX = "5702beef";
    private static final double MASS_KG = 20;
    private static final double SPACING_ML_M = 0.5;
    private static final double SPACING_AP_M = 0.3;
    private static final double[] TRUE_GAIN_N_PER_COUNT = {2.31e-4, 2.47e-4, 2.19e-4, 2.58e-4};
    private static final double[] TRUE_OFFSET_COUNTS = {153_000, -87_500, 412_345, -20_000};
    /** White noise per cell, N: what a 50 kg cell on a NAU7802 shows at 80 Hz. */
    private static final double CELL_NOISE_N = 0.2;
    private static final Pattern STEP = Pattern.compile("^Step \\d+/\\d+: (.*) \\[Enter]$");
    private static final Duration PROMPT_TIMEOUT = Duration.ofSeconds(40);
    /** Where the terminal transcript of the full calibration is kept, as what a person would see. */
    private static final Path TRANSCRIPTS = Path.of("target", "transcripts");

    @TempDir
    Path data;

    private SocatPtyPair pty;
    private EmulatedSerialPlate plate;
    private final KnownCells cells = new KnownCells(7);

    @BeforeEach
    void plugIn() throws Exception {
        pty = new SocatPtyPair();
        pty.start();
        plate = new EmulatedSerialPlate(pty.plate(), RATE_HZ).boardId(BOARD_ID).cellSignal(cells);
        plate.start();
    }

    @AfterEach
    void unplug() throws Exception {
        plate.close();
        pty.close();
    }

    private TerminalSession calibrate(String... extra) throws Exception {
        String[] args = Stream.concat(Stream.of("plate", "--source", "serial:" + pty.host(), "--mass-kg",
                String.valueOf(MASS_KG), "--data", data.toString()), Stream.of(extra)).toArray(String[]::new);
        return new TerminalSession((in, out) -> new CalibrateCommand(in, out, Map.of(), data,
                () -> Instant.parse("2026-11-22T05:00:00Z"), null, 1), args);
    }

    /** Does what the prompt asks, waits until the plate has sent 0.2 s of the new load, and presses Enter. */
    private void follow(TerminalSession terminal, String promptLine) throws Exception {
        String prompt = STEP.matcher(promptLine).replaceFirst("$1");
        if (prompt.startsWith("Remove everything")) {
            cells.place(0, 0, 0);
        } else if (prompt.contains("centre")) {
            cells.place(MASS_KG, 0, 0);
        } else {
            double ml = prompt.contains("left") ? -SPACING_ML_M / 2 : SPACING_ML_M / 2;
            double ap = prompt.contains("front") ? SPACING_AP_M / 2 : -SPACING_AP_M / 2;
            assertTrue(prompt.contains("left") || prompt.contains("right"), "a corner prompt: " + prompt);
            cells.place(MASS_KG, ml, ap);
        }
        long written = plate.samplesWritten();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (plate.samplesWritten() < written + RATE_HZ / 5) {
            assertTrue(System.nanoTime() < deadline, "the emulated plate stopped writing");
            // A person lets the mass settle before pressing Enter; here: until 40 more samples went out.
            LockSupport.parkNanos(1_000_000L);
        }
        terminal.type("");
    }

    @Test
    void fitsTheTrueGainsAndSavesTheProfileUnderTheBoardId() throws Exception {
        Pattern saved = Pattern.compile("^Saved ");
        try (TerminalSession terminal = calibrate("--cell-spacing-mm", "500x300")) {
            int prompts = 0;
            while (terminal.awaitAny(PROMPT_TIMEOUT, STEP, saved) == 0) {
                prompts++;
                assertTrue(prompts <= 10, "asked too often:\n" + terminal.transcript());
                follow(terminal, lastStepLine(terminal));
            }
            assertEquals(0, terminal.exitCode(Duration.ofSeconds(10)), terminal.transcript());
            String text = terminal.transcript();
            Files.createDirectories(TRANSCRIPTS);
            Files.writeString(TRANSCRIPTS.resolve("calibrate-serial-plate.txt"), text);
            assertTrue(text.contains("Calibrating serial plate " + BOARD_HEX + " on " + pty.host()), text);
            assertEquals(7, prompts, "seven steps, none refused too often:\n" + text);

            Path file = data.resolve("calibration").resolve(BOARD_HEX + ".plate.json");
            PlateProfile p = new ProfileCodec().readPlate(file);
            assertEquals(BOARD_HEX, p.deviceId(), "keyed by the board id from the info frame");
            assertEquals(CellUnit.COUNTS, p.cellUnit());
            assertEquals(500, p.cellSpacingMlMm());
            double worstGainError = 0;
            for (int i = 0; i < 4; i++) {
                double error = p.gain(i) / TRUE_GAIN_N_PER_COUNT[i] - 1;
                worstGainError = Math.max(worstGainError, Math.abs(error));
                assertEquals(0, error, 1e-3, "gain of cell " + i + " within 0.1 % of the truth");
                // 0.05 N of offset error: noise of the means is about 0.01 N per cell.
                assertEquals(TRUE_OFFSET_COUNTS[i], p.offset(i), 0.05 / TRUE_GAIN_N_PER_COUNT[i], "offset " + i);
            }
            PlateFitQuality q = p.quality();
            assertTrue(q.checkCopErrorMm() < 1, "check COP error " + q.checkCopErrorMm() + " mm");
            assertTrue(Math.abs(q.checkWeightErrorPercent()) < 0.1, "weight error " + q.checkWeightErrorPercent());
            assertTrue(text.contains(p.calibrationId()), "the report names the calibration id");
            System.out.printf(Locale.ROOT, "serial plate calibration: worst gain error %.4f %%, check COP error "
                    + "%.3f mm, weight error %.4f %%, residual %.3f N, condition number %.1f%n",
                    100 * worstGainError, q.checkCopErrorMm(), q.checkWeightErrorPercent(), q.residualN(),
                    q.conditionNumber());
        }
    }

    private static String lastStepLine(TerminalSession terminal) {
        String[] lines = terminal.transcript().split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (STEP.matcher(lines[i]).matches()) {
                return lines[i];
            }
        }
        throw new AssertionError("no prompt in:\n" + terminal.transcript());
    }

    @Test
    void cancellingMidWayLeavesTheCurrentProfileAsItWas() throws Exception {
        ProfileDirectory directory = new ProfileDirectory(data.resolve("calibration"));
        PlateProfile existing = new PlateProfile(BOARD_HEX, Instant.parse("2026-01-01T00:00:00Z"), CellUnit.COUNTS,
                500, 300, TRUE_GAIN_N_PER_COUNT, TRUE_OFFSET_COUNTS, PlateFitQuality.NOT_MEASURED);
        Path current = directory.save(existing);
        byte[] before = Files.readAllBytes(current);
        List<Path> historyBefore = history();

        try (TerminalSession terminal = calibrate()) {
            follow(terminal, terminal.awaitLine(STEP, PROMPT_TIMEOUT));
            String second = terminal.awaitLine(STEP, PROMPT_TIMEOUT);
            assertTrue(second.contains("centre"), second);
            follow(terminal, second);
            terminal.awaitLine(Pattern.compile("^ {2}load .* N"), PROMPT_TIMEOUT);
            terminal.type("q");
            assertEquals(1, terminal.exitCode(Duration.ofSeconds(10)), terminal.transcript());
            assertTrue(terminal.transcript().contains("Nothing saved; the current calibration is unchanged."));
        }
        assertArrayEquals(before, Files.readAllBytes(current), "the current profile is untouched");
        assertEquals(historyBefore, history(), "no new history entry");
        assertEquals(existing.calibrationId(), directory.loadPlate(BOARD_HEX).orElseThrow().calibrationId());
    }

    private List<Path> history() throws Exception {
        try (Stream<Path> files = Files.list(data.resolve("calibration").resolve("history"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void anAbsentPortIsAClearErrorNamingIt() throws Exception {
        String port = "/dev/stork-no-such-port-" + Long.toHexString(new Random().nextLong());
        try (TerminalSession terminal = new TerminalSession((in, out) -> new CalibrateCommand(in, out, Map.of(), data,
                Instant::now, null, 1), "plate", "--source", "serial:" + port, "--data", data.toString())) {
            assertEquals(2, terminal.exitCode(Duration.ofSeconds(15)), terminal.transcript());
            String text = terminal.transcript();
            assertTrue(text.contains("stork calibrate: cannot calibrate serial plate on " + port + ": "), text);
            assertTrue(text.lines().anyMatch(l -> l.startsWith("stork calibrate:") && l.contains(port)), text);
        }
        assertTrue(Files.notExists(data.resolve("calibration")), "nothing written");
    }

    /**
     * Four load cells with known gains and offsets under a rigid plate: a mass at (ml, ap) from the centre loads the
     * cells {@code W/4 (1 ∓ u ± v)}, u and v its position over the half spacings; each cell adds white noise.
     * The test thread places the mass; the emulator's writer thread reads the counts.
     */
    private static final class KnownCells implements EmulatedSerialPlate.CellSignal {
        private final Random random;
        private volatile Placement placement = new Placement(0, 0, 0);

        KnownCells(long seed) {
            random = new Random(seed);
        }

        void place(double kg, double mlM, double apM) {
            placement = new Placement(kg, mlM / (SPACING_ML_M / 2), apM / (SPACING_AP_M / 2));
        }

        @Override
        public void fill(long hostNanos, int sequence, int[] counts) {
            Placement p = placement;
            double quarter = p.massKg * PlateProfile.GRAVITY_MPS2 / 4;
            double[] forceN = {quarter * (1 - p.u + p.v), quarter * (1 + p.u + p.v), quarter * (1 - p.u - p.v),
                quarter * (1 + p.u - p.v)};
            for (int cell = 0; cell < 4; cell++) {
                double noisy = forceN[cell] + CELL_NOISE_N * random.nextGaussian();
                counts[cell] = (int) Math.round(TRUE_OFFSET_COUNTS[cell] + noisy / TRUE_GAIN_N_PER_COUNT[cell]);
            }
        }

        /** The mass and where it stands, over the half spacings; replaced whole so a sample never mixes two. */
        private record Placement(double massKg, double u, double v) {
        }
    }
}
