package dev.stork.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the arrows of {@code docs/architecture.md} pointing one way by reading the import lines of every main
 * source file: the signal core depends on nothing of Stork but itself, only {@code sensor.*} touches hardware
 * libraries, and nothing upstream reaches into the layers that consume it. Also keeps the tests' emulated devices
 * out of the main sources, and so out of the product jar.
 */
class PackageDirectionTest {
    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|enum|record)\\s+(\\w+)");

    @Test
    void signalCoreImportsOnlyTheJdkMathLibrariesAndItself() throws IOException {
        List<String> offences = offences("dev.stork.signal",
                List.of("java.", "dev.stork.signal.", "org.apache.commons.math3.", "uk.me.berndporr.iirj.",
                        "org.jtransforms."));
        assertTrue(offences.isEmpty(), "signal must not depend on other layers or libraries:\n" + String.join("\n", offences));
    }

    @Test
    void onlySensorPackagesImportHardwareLibraries() throws IOException {
        List<String> offences = new ArrayList<>();
        for (SourceFile file : sources()) {
            if (file.packageName.startsWith("dev.stork.sensor")) {
                continue;
            }
            for (String imported : file.imports) {
                if (imported.startsWith("com.pi4j") || imported.startsWith("com.fazecast")) {
                    offences.add(file.path + " imports " + imported);
                }
            }
        }
        assertTrue(offences.isEmpty(), "hardware libraries belong in dev.stork.sensor.*:\n" + String.join("\n", offences));
    }

    @Test
    void upstreamLayersNeverImportDownstreamOnes() throws IOException {
        // Each layer may use the ones before it in: sensor -> calibration -> signal -> trial -> training
        // -> board | store -> session -> web/cli/app, where board (a live board kept open) and store stand side by
        // side and neither uses the other. Listed here: for a layer, the packages it must not import.
        List<String> offences = new ArrayList<>();
        offences.addAll(forbidden("dev.stork.sensor", "dev.stork.calibration", "dev.stork.signal", "dev.stork.trial",
                "dev.stork.training", "dev.stork.board", "dev.stork.store", "dev.stork.session", "dev.stork.web",
                "dev.stork.cli", "dev.stork.app"));
        offences.addAll(forbidden("dev.stork.calibration", "dev.stork.trial", "dev.stork.training", "dev.stork.board",
                "dev.stork.store", "dev.stork.session", "dev.stork.web", "dev.stork.cli", "dev.stork.app"));
        offences.addAll(forbidden("dev.stork.trial", "dev.stork.training", "dev.stork.board", "dev.stork.store",
                "dev.stork.session", "dev.stork.web", "dev.stork.cli", "dev.stork.app"));
        offences.addAll(forbidden("dev.stork.training", "dev.stork.board", "dev.stork.store", "dev.stork.session",
                "dev.stork.web", "dev.stork.cli", "dev.stork.app"));
        offences.addAll(forbidden("dev.stork.board", "dev.stork.store", "dev.stork.session", "dev.stork.web",
                "dev.stork.cli", "dev.stork.app"));
        offences.addAll(forbidden("dev.stork.store", "dev.stork.board", "dev.stork.session", "dev.stork.web",
                "dev.stork.cli", "dev.stork.app"));
        offences.addAll(forbidden("dev.stork.session", "dev.stork.web", "dev.stork.cli", "dev.stork.app"));
        assertTrue(offences.isEmpty(), "data flows one way:\n" + String.join("\n", offences));
    }

    @Test
    void emulatedDevicesLiveInTheTestSourcesOnly() throws IOException {
        List<String> offences = new ArrayList<>();
        for (SourceFile file : sources()) {
            boolean inEmulation = List.of(file.packageName.split("\\.")).contains("emulation");
            for (Path directory : file.path) {
                inEmulation |= directory.toString().equals("emulation");
            }
            if (inEmulation) {
                offences.add(file.path + " is in an emulation package");
            }
            for (String type : file.types) {
                if (type.contains("Emulat")) {
                    offences.add(file.path + " declares " + type);
                }
            }
        }
        assertTrue(offences.isEmpty(), "emulations are test fixtures: move them to src/test/java\n"
                + String.join("\n", offences));
    }

    @Test
    void theScannerSeesTheSourcesItChecks() throws IOException {
        // Guards the tests above against passing on an empty or misplaced source tree.
        List<SourceFile> sources = sources();
        assertTrue(sources.size() > 10, "expected the main sources under " + MAIN.toAbsolutePath());
        assertTrue(sources.stream().anyMatch(s -> s.packageName.equals("dev.stork.sensor")
                && s.path.endsWith("SampleSource.java")), "SampleSource.java not found by the scanner");
    }

    private static List<String> forbidden(String layer, String... forbiddenPrefixes) throws IOException {
        List<String> offences = new ArrayList<>();
        for (SourceFile file : sources()) {
            if (!inPackage(file.packageName, layer)) {
                continue;
            }
            for (String imported : file.imports) {
                for (String prefix : forbiddenPrefixes) {
                    if (inPackage(imported, prefix)) {
                        offences.add(file.path + " imports " + imported);
                    }
                }
            }
        }
        return offences;
    }

    private static List<String> offences(String layer, List<String> allowedPrefixes) throws IOException {
        List<String> offences = new ArrayList<>();
        for (SourceFile file : sources()) {
            if (!inPackage(file.packageName, layer)) {
                continue;
            }
            for (String imported : file.imports) {
                if (allowedPrefixes.stream().noneMatch(imported::startsWith)) {
                    offences.add(file.path + " imports " + imported);
                }
            }
        }
        return offences;
    }

    private static boolean inPackage(String name, String packagePrefix) {
        return name.equals(packagePrefix) || name.startsWith(packagePrefix + ".");
    }

    private static List<SourceFile> sources() throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(MAIN)) {
            for (Path path : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String text = Files.readString(path);
                Matcher pkg = PACKAGE.matcher(text);
                String packageName = pkg.find() ? pkg.group(1) : "";
                List<String> imports = new ArrayList<>();
                Matcher imp = IMPORT.matcher(text);
                while (imp.find()) {
                    imports.add(imp.group(1));
                }
                List<String> types = new ArrayList<>();
                Matcher type = TYPE.matcher(text);
                while (type.find()) {
                    types.add(type.group(1));
                }
                files.add(new SourceFile(path, packageName, imports, types));
            }
        }
        return files;
    }

    private record SourceFile(Path path, String packageName, List<String> imports, List<String> types) {
    }
}
