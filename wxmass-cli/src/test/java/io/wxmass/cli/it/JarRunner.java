package io.wxmass.cli.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real shaded jar ({@code java -jar target/wxmass.jar ...}) as a child process, with an
 * environment of the test's choosing (the parent's WXMASS_* variables are removed so a developer's
 * shell cannot change a result).
 */
final class JarRunner {
    /** What one run printed and returned. */
    record Run(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    private static final long TIMEOUT_SECONDS = 120;

    private final Path jar;
    private final Path workDir;
    private final Map<String, String> env = new HashMap<>();

    JarRunner() {
        this.jar = Path.of(Objects.requireNonNull(System.getProperty("wxmass.jar"),
                "system property wxmass.jar (set by failsafe in wxmass-cli/pom.xml)"));
        this.workDir = Path.of(System.getProperty("wxmass.workdir", "target/it-work"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the jar under test is missing: " + jar);
        }
    }

    JarRunner env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Path workDir() {
        return workDir;
    }

    /** A new empty file in the work directory, for a test's inputs. */
    Path tempFile(String prefix, String suffix) {
        try {
            Files.createDirectories(workDir);
            return Files.createTempFile(workDir, prefix, suffix);
        } catch (IOException e) {
            throw new IllegalStateException("could not create a file in " + workDir, e);
        }
    }

    /** A long-running command (serve, sandbox): started, read from, then stopped by the test. */
    static final class Background implements AutoCloseable {
        private final Process process;
        private final Path out;

        private Background(Process process, Path out) {
            this.process = process;
            this.out = out;
        }

        /** Waits until stdout holds a line starting with {@code prefix}; returns that line. */
        String awaitLine(String prefix) throws IOException, InterruptedException {
            for (int i = 0; i < TIMEOUT_SECONDS * 10; i++) {
                for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                    if (line.startsWith(prefix)) {
                        return line;
                    }
                }
                if (!process.isAlive()) {
                    throw new AssertionError("exited with " + process.exitValue() + " before printing " + prefix
                            + ": " + Files.readString(out));
                }
                Thread.sleep(100);
            }
            throw new AssertionError("no line starting with " + prefix + " within " + TIMEOUT_SECONDS + " s");
        }

        @Override
        public void close() throws IOException, InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            Files.deleteIfExists(out);
        }
    }

    Background start(String... args) {
        try {
            Files.createDirectories(workDir);
            Path out = Files.createTempFile(workDir, "bg-stdout", ".txt");
            ProcessBuilder builder = processBuilder(args).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            return new Background(builder.start(), out);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the jar", e);
        }
    }

    private ProcessBuilder processBuilder(String... args) {
        // C1 only and the serial GC: these runs are short, so start-up time is what counts.
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("WXMASS_"));
        builder.environment().putAll(env);
        return builder;
    }

    Run run(String... args) {
        try {
            Files.createDirectories(workDir);
            Path out = Files.createTempFile(workDir, "stdout", ".txt");
            Path err = Files.createTempFile(workDir, "stderr", ".txt");
            ProcessBuilder builder = processBuilder(args).redirectOutput(out.toFile()).redirectError(err.toFile());
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("wxmass " + String.join(" ", args) + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return run;
        } catch (IOException e) {
            throw new IllegalStateException("could not run the jar", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
