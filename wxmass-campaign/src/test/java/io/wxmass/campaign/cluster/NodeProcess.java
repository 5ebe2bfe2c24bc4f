package io.wxmass.campaign.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running a main class of this test package with the test classpath, spoken to line
 * by line. Answers are lines starting with {@value #ANSWER} on its stdout; everything else it
 * prints (its logging, stack traces) goes to {@code logFile}.
 */
final class NodeProcess implements AutoCloseable {
    /** Prefix of the lines a node main prints for the test; everything else it prints is ignored. */
    static final String ANSWER = "NODE ";

    private final Process process;
    private final PrintWriter commands;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

    private final Path logFile;

    private NodeProcess(Process process, Path logFile) {
        this.process = process;
        this.logFile = logFile;
        this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readAnswers, "node-" + process.pid() + "-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    static NodeProcess start(Class<?> mainClass, List<String> args, Map<String, String> env, Path logFile) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", testClassPath(), mainClass.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(env);
        try {
            return new NodeProcess(builder.start(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a child JVM for " + mainClass.getName(), e);
        }
    }

    /** Surefire keeps the real test classpath in its own property; java.class.path may be its booter jar. */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private void readAnswers() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(ANSWER)) {
                    answers.add(line.substring(ANSWER.length()));
                } else {
                    Files.writeString(logFile, line + System.lineSeparator(), StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                }
            }
        } catch (IOException e) {
            answers.add("STREAM CLOSED " + e.getMessage());
        }
    }

    void send(String command) {
        commands.println(command);
    }

    /** The next answer, or an AssertionError if none comes in time (the child died or hangs). */
    String awaitAnswer(long seconds) throws InterruptedException {
        String answer = answers.poll(seconds, TimeUnit.SECONDS);
        if (answer == null) {
            throw new AssertionError("no answer from child JVM " + process.pid() + " within " + seconds
                    + " s (alive: " + process.isAlive() + "); its log:\n" + log());
        }
        return answer;
    }

    /** What the child printed besides its answers, for failure messages. */
    String log() {
        try {
            return Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    void kill() {
        process.destroyForcibly();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            send("QUIT");
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
