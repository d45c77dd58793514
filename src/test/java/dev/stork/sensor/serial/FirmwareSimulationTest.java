package dev.stork.sensor.serial;

import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.serial.support.SimulatedPlateRun;
import dev.stork.sensor.serial.support.SimulatedPlateRun.Conversion;
import dev.stork.sensor.serial.support.SimulatedPlateRun.UartByte;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static dev.stork.sensor.serial.support.SimulatedPlateRun.CYCLES_PER_MICRO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real plate firmware ({@code firmware-interface/firmware/stork_plate}, built for the ATmega328P) running on
 * simavr with four HX711 converters emulated at pin level, decoded by this package's own decoders: the bytes the
 * firmware sends and the commands it answers prove that both sides agree on real bytes from real firmware code, and
 * that the firmware's timer, interrupts, HX711 bit-banging, UART and EEPROM do what the protocol says.
 *
 * <p>Timeline of the simulated 1.7 s: start-up at 1000 Hz, the converters' first conversions (all four at once) at
 * 50 ms, a ping at 500 ms, 250 Hz from 600 ms, an info request at 800 ms, 10 Hz from 900 ms, a request for 5000 Hz
 * at 1450 ms, which the firmware clamps to 1000 Hz, and 700 Hz (a period of 1428.5 us) from 1550 ms.
 */
class FirmwareSimulationTest {

    private static final long BOARD_ID = 0x5354524BL;
    private static final long PING_TOKEN = 0xC0FFEE42L;
    private static final long PING_AT_MICROS = 500_000;
    private static final long SET_250_AT_MICROS = 600_000;
    private static final long INFO_AT_MICROS = 800_000;
    private static final long SET_10_AT_MICROS = 900_000;
    private static final long SET_5000_AT_MICROS = 1_450_000;
    private static final long SET_700_AT_MICROS = 1_550_000;
    private static final int RUN_MILLIS = 1700;
    private static final int CONVERTER_SPS = 80;

    /** A decoded frame with the cycle at which its first byte went out. */
    private record Frame(int type, int sequence, long timeMicros, int[] cells, int status, long boardId, int rateHz,
                         int[] version, int protocol, int channels, long token, long startCycle) {
    }

    private static SimulatedPlateRun run;
    private static final List<Frame> frames = new ArrayList<>();
    private static final FrameDecoder decoder = new FrameDecoder();

    @BeforeAll
    static void runFirmware() throws Exception {
        FrameEncoder encoder = new FrameEncoder();
        run = SimulatedPlateRun.run(List.of("--ms", String.valueOf(RUN_MILLIS), "--sps", String.valueOf(CONVERTER_SPS),
                "--board-id", Long.toHexString(BOARD_ID),
                "--send", command(PING_AT_MICROS, (w) -> encoder.encodePing(1, PING_TOKEN, w, 0)),
                "--send", command(SET_250_AT_MICROS, (w) -> encoder.encodeSetRate(2, 250, w, 0)),
                "--send", command(INFO_AT_MICROS, (w) -> encoder.encodeRequestInfo(3, w, 0)),
                "--send", command(SET_10_AT_MICROS, (w) -> encoder.encodeSetRate(4, 10, w, 0)),
                "--send", command(SET_5000_AT_MICROS, (w) -> encoder.encodeSetRate(5, 5000, w, 0)),
                "--send", command(SET_700_AT_MICROS, (w) -> encoder.encodeSetRate(6, 700, w, 0))));
        decode(run, decoder, frames);
    }

    private interface Encoding {
        int into(byte[] wire);
    }

    private static String command(long atMicros, Encoding encoding) {
        byte[] wire = new byte[FrameLayout.MAX_WIRE_LENGTH];
        int length = encoding.into(wire);
        return atMicros + ":" + HexFormat.of().formatHex(wire, 0, length);
    }

    /** Feeds the captured bytes one at a time, noting when each frame's first byte left. */
    private static void decode(SimulatedPlateRun run, FrameDecoder decoder, List<Frame> frames) {
        long[] frameStart = {-1};
        FrameHandler handler = new FrameHandler() {
            @Override
            public void onSample(int sequence, long time, int tl, int tr, int bl, int br, int status) {
                frames.add(new Frame(FrameLayout.SAMPLE, sequence, time, new int[] {tl, tr, bl, br}, status, 0, 0,
                        null, 0, 0, 0, frameStart[0]));
            }

            @Override
            public void onInfo(int sequence, int protocol, int major, int minor, int patch, long boardId, int rateHz,
                               int channels) {
                frames.add(new Frame(FrameLayout.INFO, sequence, 0, null, 0, boardId, rateHz,
                        new int[] {major, minor, patch}, protocol, channels, 0, frameStart[0]));
            }

            @Override
            public void onPong(int sequence, long token, long time) {
                frames.add(new Frame(FrameLayout.PONG, sequence, time, null, 0, 0, 0, null, 0, 0, token,
                        frameStart[0]));
            }
        };
        byte[] one = new byte[1];
        boolean atFrameStart = true;
        for (UartByte b : run.uart) {
            if (atFrameStart) {
                frameStart[0] = b.cycle();
            }
            one[0] = (byte) b.value();
            decoder.feed(one, 0, 1, handler);
            atFrameStart = b.value() == 0;
        }
    }

    private static List<Frame> samples() {
        return samplesOf(frames);
    }

    private static List<Frame> samplesOf(List<Frame> frames) {
        return frames.stream().filter(f -> f.type() == FrameLayout.SAMPLE).toList();
    }

    private static List<Frame> ofType(int type) {
        return frames.stream().filter(f -> f.type() == type).toList();
    }

    private static long cycleOf(long micros) {
        return micros * CYCLES_PER_MICRO;
    }

    @Test
    void convertersSawNoProtocolOrTimingViolation() {
        assertEquals(List.of(), run.errors, "HX711 violations reported by the emulation");
        assertEquals(0, run.exitCode, "harness exit code");
        assertEquals(6, run.sent.size(), "commands put on the receive line");
    }

    @Test
    void everyFrameDecodesWithItsCrc() {
        assertTrue(decoder.validFrames() > 800, "valid frames: " + decoder.validFrames());
        assertEquals(0, decoder.corruptFrames(), "corrupt frames");
        assertEquals(0, decoder.crcMismatches(), "CRC mismatches");
    }

    @Test
    void startsWithADelimiterAndTheInfoFrameFromEeprom() {
        assertEquals(0, run.uart.get(0).value(), "the lone delimiter that ends a partial frame");
        Frame info = frames.get(0);
        assertEquals(FrameLayout.INFO, info.type(), "first frame");
        assertEquals(0, info.sequence(), "number of the first sample");
        assertEquals(FrameLayout.PROTOCOL_VERSION, info.protocol());
        assertEquals(List.of(1, 0, 0), List.of(info.version()[0], info.version()[1], info.version()[2]), "firmware");
        assertEquals(BOARD_ID, info.boardId(), "board id from EEPROM");
        assertEquals(1000, info.rateHz());
        assertEquals(4, info.channels());
    }

    @Test
    void samplesAreNumberedWithoutAGapAndOnePerTick() {
        List<Frame> samples = samples();
        for (int i = 0; i < samples.size(); i++) {
            assertEquals(i, samples.get(i).sequence(), "sequence number of sample " + i);
        }
        // The run may end while the last tick's frame is still on the line.
        int ticks = run.ticks.size();
        assertTrue(samples.size() == ticks || samples.size() == ticks - 1,
                samples.size() + " samples from " + ticks + " timer ticks");
    }

    @Test
    void timestampsFollowTheRateInForceToTheMicrosecond() {
        List<Frame> samples = samples();
        int checked = 0;
        long previousInterval = -1;
        for (int i = 2; i < samples.size(); i++) {
            Frame previous = samples.get(i - 1);
            Frame sample = samples.get(i);
            int rate = rateInForce(sample.startCycle());
            // The timer restarts at a rate command: the interval across has no set length, and a tick of the old
            // timer that came while the command was handled is sent just after the info frame.
            if (rate != rateInForce(previous.startCycle()) || rate != rateInForce(samples.get(i - 2).startCycle())) {
                previousInterval = -1;
                continue;
            }
            // The timer period in half microseconds; an odd one alternates between the two whole neighbours.
            long halfMicros = 2_000_000 / rate;
            long interval = sample.timeMicros() - previous.timeMicros();
            String where = "interval before sample " + sample.sequence() + " at " + rate + " Hz: " + interval + " us";
            assertTrue(interval == halfMicros / 2 || interval == (halfMicros + 1) / 2, where);
            if (previousInterval >= 0) {
                assertEquals(halfMicros, previousInterval + interval, where + " after " + previousInterval);
            }
            previousInterval = interval;
            checked++;
        }
        assertTrue(checked > 800, "intervals checked: " + checked);
        // The device clock is the simulated clock: a stamp trails its timer interrupt's entry by that interrupt's
        // latency (up to one running handler), the same amount all run long, whatever the rate.
        long least = Long.MAX_VALUE;
        long most = Long.MIN_VALUE;
        for (int i = 0; i < samples.size(); i++) {
            long lead = run.ticks.get(i) / CYCLES_PER_MICRO - samples.get(i).timeMicros();
            least = Math.min(least, lead);
            most = Math.max(most, lead);
        }
        assertTrue(most - least <= 12, "interrupt entry minus stamp spans " + least + " to " + most + " us");
    }

    /** The rate announced by the latest info frame before {@code cycle}. */
    private static int rateInForce(long cycle) {
        int rate = 0;
        for (Frame info : ofType(FrameLayout.INFO)) {
            if (info.startCycle() < cycle) {
                rate = info.rateHz();
            }
        }
        return rate;
    }

    @Test
    void cellsCarryWhatTheConvertersClockedOut() {
        int fresh = assertCellsMatchReads(run, samples());
        // Every conversion clocked out reaches a frame, but for those of a last tick still on the line.
        assertTrue(fresh > run.reads.size() - 4, fresh + " fresh values in samples of " + run.reads.size() + " read");
        assertTrue(samples().stream().anyMatch(s -> (s.status() & FrameLayout.STATUS_SATURATED) != 0),
                "a saturated value went through");
    }

    /**
     * Checks every sample's cells and status against the conversions the emulated HX711s shifted out: a cell read
     * during a tick (after the previous frame left, before this one) carries that value with its NOT_READY bit clear;
     * any other cell repeats its previous value with its bit and NOT_READY set.
     *
     * @return the number of fresh cell values seen
     */
    private static int assertCellsMatchReads(SimulatedPlateRun run, List<Frame> samples) {
        int[] last = new int[4];
        int[] next = new int[4];
        int fresh = 0;
        long previousStart = 0;
        for (Frame sample : samples) {
            int expectedStatus = 0;
            for (int cell = 0; cell < 4; cell++) {
                Conversion read = nextRead(run, cell, next[cell]);
                if (read != null && read.cycle() > previousStart && read.cycle() < sample.startCycle()) {
                    last[cell] = read.value();
                    next[cell]++;
                    fresh++;
                } else {
                    expectedStatus |= FrameLayout.STATUS_NOT_READY
                            | 1 << (FrameLayout.STATUS_CELL_NOT_READY_SHIFT + cell);
                }
                if (last[cell] == FrameLayout.CELL_MAX || last[cell] == FrameLayout.CELL_MIN) {
                    expectedStatus |= FrameLayout.STATUS_SATURATED;
                }
                assertEquals(last[cell], sample.cells()[cell], "cell " + cell + " of sample " + sample.sequence());
            }
            assertEquals(expectedStatus, sample.status(), "status of sample " + sample.sequence());
            previousStart = sample.startCycle();
        }
        return fresh;
    }

    private static Conversion nextRead(SimulatedPlateRun run, int cell, int index) {
        return run.reads.stream().filter(r -> r.cell() == cell).skip(index).findFirst().orElse(null);
    }

    @Test
    void noConversionIsMissedWhileTicksOutpaceTheConverter() {
        // Up to the 10 Hz command the ticks come at 1000 and 250 Hz, faster than 80 conversions a second.
        Set<String> read = new HashSet<>();
        run.reads.forEach(r -> read.add(r.cell() + "/" + r.number()));
        int checked = 0;
        for (Conversion c : run.conversions) {
            if (c.cycle() < cycleOf(SET_10_AT_MICROS) - cycleOf(4000)) {
                assertTrue(read.contains(c.cell() + "/" + c.number()), "conversion never read: " + c);
                checked++;
            }
        }
        assertTrue(checked >= 4 * 60, "conversions checked: " + checked);
    }

    @Test
    void answersPingWithItsTokenAndClock() {
        List<Frame> pongs = ofType(FrameLayout.PONG);
        assertEquals(1, pongs.size(), "pongs");
        Frame pong = pongs.get(0);
        assertEquals(PING_TOKEN, pong.token());
        assertEquals(nextSampleAfter(pong.startCycle()), pong.sequence(), "pong carries the next sample's number");
        long sentAt = run.sent.get(0).cycle();
        // Eleven bytes on the line, then at most one tick's work before the answer.
        assertTrue(pong.startCycle() > sentAt && pong.startCycle() < sentAt + cycleOf(2000),
                "pong " + (pong.startCycle() - sentAt) / CYCLES_PER_MICRO + " us after the ping was sent");
        long offset = samples().get(0).timeMicros() - run.ticks.get(0) / CYCLES_PER_MICRO;
        long stampedAt = pong.timeMicros() - offset;
        assertTrue(Math.abs(stampedAt - pong.startCycle() / CYCLES_PER_MICRO) < 100,
                "pong stamped at " + stampedAt + " us, sent at " + pong.startCycle() / CYCLES_PER_MICRO + " us");
    }

    @Test
    void answersRateChangesAndInfoRequestsWithInfoFrames() {
        List<Frame> infos = ofType(FrameLayout.INFO);
        assertEquals(List.of(1000, 250, 250, 10, 1000, 700), infos.stream().map(Frame::rateHz).toList(),
                "rates announced: at start, 250 Hz, info request, 10 Hz, 5000 Hz clamped, 700 Hz");
        for (int i = 1; i < infos.size(); i++) {
            Frame info = infos.get(i);
            assertEquals(BOARD_ID, info.boardId());
            assertEquals(nextSampleAfter(info.startCycle()), info.sequence(), "info " + i + " seq");
            long sentAt = run.sent.get(i).cycle();
            assertTrue(info.startCycle() > sentAt && info.startCycle() < sentAt + cycleOf(2000),
                    "info " + i + " " + (info.startCycle() - sentAt) / CYCLES_PER_MICRO + " us after its command");
        }
        assertEquals(5, countSamplesBetween(SET_10_AT_MICROS + 50_000, SET_5000_AT_MICROS),
                "10 Hz: five samples in 500 ms");
    }

    private static int nextSampleAfter(long cycle) {
        return samples().stream().filter(s -> s.startCycle() > cycle).findFirst().orElseThrow().sequence();
    }

    private static int countSamplesBetween(long fromMicros, long toMicros) {
        return (int) samples().stream()
                .filter(s -> s.startCycle() >= cycleOf(fromMicros) && s.startCycle() < cycleOf(toMicros)).count();
    }

    @Test
    void hostStreamDecoderCountsNoLossNoRestart() {
        PlateStreamDecoder stream = new PlateStreamDecoder();
        long[] delivered = {0};
        SampleListener listener = new SampleListener() {
            @Override
            public void onPlateSample(PlateSample sample) {
                delivered[0]++;
            }
        };
        byte[] one = new byte[1];
        for (UartByte b : run.uart) {
            one[0] = (byte) b.value();
            // Arrival: the byte's end on the line plus a fixed 200 us of USB and driver delay.
            long arrivalNanos = b.cycle() * 1000 / CYCLES_PER_MICRO + 220_000;
            int consumed = stream.feed(one, 0, 1, arrivalNanos, listener);
            assertEquals(1, consumed);
        }
        assertEquals(samples().size(), delivered[0], "samples delivered");
        assertEquals(0, stream.lostSamples(), "lost samples");
        assertEquals(0, stream.duplicates(), "duplicates");
        assertEquals(0, stream.corruptFrames(), "corrupt frames");
        assertEquals(0, stream.deviceRestarts(), "device restarts");
        assertEquals("5354524b", stream.deviceInfo().boardIdHex());
        assertEquals(PING_TOKEN, stream.lastPongToken());
    }

    @Test
    void eachTickIsServedWithinItsPeriodAndTheLineKeepsUp() {
        long period = 16_000; // cycles at 1000 Hz
        long firstByte = run.stat("tick_to_first_byte_cycles_max");
        long frameEnd = run.stat("tick_to_frame_end_cycles_max");
        assertTrue(run.stat("latency_samples") > 200, "ticks timed: " + run.stat("latency_samples"));
        assertTrue(run.stat("idle_cycles") > 0, "the idle loop was found");
        // The frame is composed and its first byte sent before the next tick, even with four cells read at once,
        assertTrue(firstByte < period, "a tick served " + firstByte + " cycles after it came");
        // and the line has sent it before the next tick's frame is composed.
        assertTrue(frameEnd < 2 * period, "a frame left the line " + frameEnd + " cycles after its tick");
        // 24 bytes a tick at 10 bits a byte: 48 % of 500000 baud.
        double bytesPerTick = (double) run.stat("window_uart_bytes") / run.stat("window_ticks");
        assertEquals(24.0, bytesPerTick, 0.1, "bytes on the line per tick");
    }

    @Test
    void readsTenSampleConvertersAndReportsAnErasedEepromAsBoardZero() throws Exception {
        SimulatedPlateRun slow = SimulatedPlateRun.run(List.of("--ms", "850", "--sps", "10"));
        List<Frame> slowFrames = new ArrayList<>();
        FrameDecoder slowDecoder = new FrameDecoder();
        decode(slow, slowDecoder, slowFrames);
        assertEquals(List.of(), slow.errors, "HX711 violations reported by the emulation");
        assertEquals(0, slowDecoder.corruptFrames(), "corrupt frames");
        assertEquals(FrameLayout.INFO, slowFrames.get(0).type());
        assertEquals(0, slowFrames.get(0).boardId(), "board id of an erased EEPROM");
        // 400 ms of settling, then a conversion every 100 ms from each cell: all read, none missed.
        assertEquals(4 * 5, slow.conversions.size(), "conversions by 850 ms");
        assertEquals(4 * 5, slow.reads.size(), "conversions read");
        assertEquals(4 * 5, assertCellsMatchReads(slow, samplesOf(slowFrames)), "fresh values in samples");
    }
}
