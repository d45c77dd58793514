package dev.stork.sensor.serial.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of the plate firmware on a simulated ATmega328P: {@code firmware-interface/test/avr_run.c} (simavr, four
 * emulated HX711s) runs {@code build/avr/stork_plate.elf} and prints what happened, which this class parses.
 * Times are CPU cycles since reset at 16 MHz.
 */
public final class SimulatedPlateRun {

    /** CPU cycles per microsecond of simulated time. */
    public static final long CYCLES_PER_MICRO = 16;

    private static final String FIRMWARE_DIR = "firmware-interface";
    private static final String HARNESS = "build/avr_run";
    private static final String ELF = "build/avr/stork_plate.elf";

    /** A byte the firmware wrote to its UART, at the cycle its transmission began. */
    public record UartByte(long cycle, int value) {
    }

    /** A converter event: conversion {@code number} of {@code cell} completed, or was clocked out, at {@code cycle}. */
    public record Conversion(int cell, int number, long cycle, int value) {
    }

    /** Bytes put on the firmware's receive line. */
    public record Sent(long cycle, String hex) {
    }

    public final List<UartByte> uart = new ArrayList<>();
    public final List<Long> ticks = new ArrayList<>();
    public final List<Conversion> conversions = new ArrayList<>();
    public final List<Conversion> reads = new ArrayList<>();
    public final List<Sent> sent = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final Map<String, Long> stats = new HashMap<>();
    public int exitCode;

    private SimulatedPlateRun() {
    }

    /**
     * Brings the firmware and the harness up to date ({@code make avr-run}, a no-op when nothing changed) and runs
     * the firmware.
     *
     * @param arguments the harness's options, e.g. {@code --ms 1500 --board-id 5354524b --send 500000:0b81...}
     */
    public static SimulatedPlateRun run(List<String> arguments) throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve(FIRMWARE_DIR).toAbsolutePath();
        build(dir);
        List<String> command = new ArrayList<>(List.of(dir.resolve(HARNESS).toString(), dir.resolve(ELF).toString()));
        command.addAll(arguments);
        Path errors = Files.createTempFile("avr_run", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            SimulatedPlateRun run = new SimulatedPlateRun();
            try (var lines = process.inputReader(StandardCharsets.US_ASCII)) {
                String line;
                while ((line = lines.readLine()) != null) {
                    run.parse(line);
                }
            }
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("the simulation did not end within 5 minutes: " + command);
            }
            run.exitCode = process.exitValue();
            if (run.exitCode > 1) {
                throw new IllegalStateException("the simulation harness refused to run (" + command + "): "
                        + Files.readString(errors));
            }
            return run;
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static void build(Path dir) throws IOException, InterruptedException {
        Path log = Files.createTempFile("avr_run_make", ".log");
        try {
            Process make = new ProcessBuilder("make", "-s", "-C", dir.toString(), "avr-run")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!make.waitFor(10, TimeUnit.MINUTES) || make.exitValue() != 0) {
                make.destroyForcibly();
                throw new IllegalStateException("could not build the firmware and its simulator harness with `make -C "
                        + FIRMWARE_DIR + " avr-run`. It needs the Debian packages gcc make gcc-avr avr-libc "
                        + "arduino-core-avr simavr libsimavr-dev, which scripts/test installs. make said:\n"
                        + Files.readString(log));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private void parse(String line) {
        String[] f = line.split(" ");
        switch (f[0]) {
            case "uart" -> uart.add(new UartByte(Long.parseLong(f[1]), Integer.parseInt(f[2], 16)));
            case "tick" -> ticks.add(Long.parseLong(f[1]));
            case "conv" -> conversions.add(conversion(f));
            case "read" -> reads.add(conversion(f));
            case "sent" -> sent.add(new Sent(Long.parseLong(f[1]), f[2]));
            case "error" -> errors.add(line);
            case "stats" -> stats.put(f[1], Long.parseLong(f[2]));
            default -> throw new IllegalStateException("unexpected line from the simulation harness: " + line);
        }
    }

    private static Conversion conversion(String[] f) {
        return new Conversion(Integer.parseInt(f[1]), Integer.parseInt(f[2]), Long.parseLong(f[3]),
                Integer.parseInt(f[4]));
    }

    /** A figure from the harness's {@code stats} lines. */
    public long stat(String name) {
        Long value = stats.get(name);
        if (value == null) {
            throw new IllegalStateException("the simulation harness printed no figure " + name + ": " + stats);
        }
        return value;
    }
}
