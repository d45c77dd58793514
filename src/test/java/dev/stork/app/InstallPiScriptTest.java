package dev.stork.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/install-pi} run for real in a staging root with {@code --dry-run}: the files a Raspberry Pi gets,
 * checked by the tools that will read them (systemd-analyze for the unit, shellcheck for the scripts), and the
 * system commands it would run.
 */
class InstallPiScriptTest {
    private static final Path SCRIPT = Path.of("scripts/install-pi");

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run installPi(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        // raspi-config is absent here, as on plain Debian: the script takes its config.txt path.
        builder.environment().remove("SUDO_USER");
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "install-pi did not finish");
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    private Path fakeJar() throws IOException {
        Path jar = dir.resolve("stork.jar");
        Files.write(jar, new byte[] {'P', 'K', 3, 4, 42});
        return jar;
    }

    @Test
    void installsTheServiceTheUdevRuleAndTheCommandAndNamesTheSystemCommands() throws Exception {
        Path root = dir.resolve("root");
        Path jar = fakeJar();
        Run run = installPi("--dry-run", "--root", root.toString(), "--user", "pi", "--jar", jar.toString(),
                "--source", "serial:/dev/stork-plate", "--port", "8090");
        assertEquals(0, run.exitCode(), run.err());

        assertTrue(run.out().contains("would run: env DEBIAN_FRONTEND=noninteractive apt-get install -y "
                + "openjdk-17-jre-headless"), run.out());
        assertTrue(run.out().contains("would run: usermod -aG i2c,dialout,input,bluetooth pi"), run.out());
        assertTrue(run.out().contains("would run: systemctl enable --now stork.service"), run.out());

        String settings = Files.readString(root.resolve("etc/default/stork"));
        assertTrue(settings.contains("STORK_SOURCE=serial:/dev/stork-plate\n"), settings);
        assertTrue(settings.contains("STORK_PORT=8090\n"), settings);
        String unit = Files.readString(root.resolve("etc/systemd/system/stork.service"));
        assertTrue(unit.contains("User=pi\n"), unit);
        assertTrue(unit.contains("ExecStart=/usr/local/bin/stork serve --source ${STORK_SOURCE} --host ${STORK_HOST}"
                + " --port ${STORK_PORT} --token-file ${STORK_TOKEN_FILE}\n"), unit);

        String rules = Files.readString(root.resolve("etc/udev/rules.d/70-stork.rules"));
        assertTrue(rules.contains("ATTRS{idVendor}==\"2341\", SYMLINK+=\"stork-plate\""), rules);
        assertTrue(rules.contains("ATTRS{name}==\"Nintendo Wii Remote Balance Board\", GROUP=\"input\""), rules);
        for (String line : rules.split("\n")) {
            assertTrue(line.isEmpty() || line.startsWith("#") || line.matches("(\\w+(\\{\\w+})?(==|\\+=|=)\"[^\"]*\""
                    + "(, )?)+"), "not a udev rule line: " + line);
        }

        assertTrue(Files.readString(root.resolve("boot/firmware/config.txt")).contains("dtparam=i2c_arm=on\n"));
        assertEquals("i2c-dev\n", Files.readString(root.resolve("etc/modules-load.d/stork.conf")));
        assertEquals(-1, Files.mismatch(jar, root.resolve("opt/stork/stork.jar")), "the jar is installed as is");
        assertTrue(Files.getPosixFilePermissions(root.resolve("usr/local/bin/stork"))
                .contains(PosixFilePermission.OTHERS_EXECUTE));
    }

    @Test
    void theServiceUnitPassesSystemdsOwnCheck() throws Exception {
        Path root = dir.resolve("root");
        assertEquals(0, installPi("--dry-run", "--root", root.toString(), "--user", "pi", "--jar",
                fakeJar().toString()).exitCode());
        // The command exists only on the Pi; everything else in the unit is checked as systemd reads it.
        String unit = Files.readString(root.resolve("etc/systemd/system/stork.service"))
                .replace("/usr/local/bin/stork", "/bin/true");
        Path check = dir.resolve("stork.service");
        Files.writeString(check, unit);
        Process verify = new ProcessBuilder("systemd-analyze", "verify", "--man=no", check.toString())
                .redirectErrorStream(true).start();
        String said = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(verify.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, verify.exitValue(), said);
        assertEquals("", said.strip(), "systemd-analyze warns about nothing");
    }

    @Test
    void runningItAgainKeepsTheSettingsAndAddsNothingTwice() throws Exception {
        Path root = dir.resolve("root");
        String jar = fakeJar().toString();
        assertEquals(0, installPi("--dry-run", "--root", root.toString(), "--user", "pi", "--jar", jar).exitCode());
        Path settings = root.resolve("etc/default/stork");
        Files.writeString(settings, Files.readString(settings).replace("STORK_SOURCE=sim", "STORK_SOURCE=wii"));
        Run again = installPi("--dry-run", "--root", root.toString(), "--user", "pi", "--jar", jar);
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(Files.readString(settings).contains("STORK_SOURCE=wii\n"), "the person's settings are kept");
        String config = Files.readString(root.resolve("boot/firmware/config.txt"));
        assertEquals(config.indexOf("dtparam=i2c_arm=on"), config.lastIndexOf("dtparam=i2c_arm=on"), config);
    }

    @Test
    void refusesBadOptionsWithTheReason() throws Exception {
        String jar = fakeJar().toString();
        String root = dir.resolve("root").toString();
        Run badPort = installPi("--dry-run", "--root", root, "--user", "pi", "--jar", jar, "--port", "80000");
        assertEquals(1, badPort.exitCode());
        assertTrue(badPort.err().contains("--port must be 1-65535, got '80000'"), badPort.err());
        Run noUser = installPi("--dry-run", "--root", root, "--jar", jar);
        assertEquals(1, noUser.exitCode());
        assertTrue(noUser.err().contains("--user NAME"), noUser.err());
        Run noJar = installPi("--dry-run", "--root", root, "--user", "pi", "--jar", dir.resolve("none.jar").toString());
        assertEquals(1, noJar.exitCode());
        assertTrue(noJar.err().contains("no Stork jar at"), noJar.err());
        Run unknown = installPi("--frobnicate");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown option '--frobnicate'"), unknown.err());
    }

    @Test
    void everyScriptPassesShellcheck() throws Exception {
        List<String> command = new ArrayList<>(List.of("shellcheck", "--shell=bash"));
        try (var scripts = Files.list(Path.of("scripts"))) {
            scripts.sorted().forEach(p -> command.add(p.toString()));
        }
        command.add(".ci/run");
        Process check = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, check.exitValue(), said);
    }
}
