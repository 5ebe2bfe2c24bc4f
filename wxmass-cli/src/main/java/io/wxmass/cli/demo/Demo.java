package io.wxmass.cli.demo;

import io.wxmass.cli.output.Output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Sets up the demo's world in a working folder, runs {@link DemoJob}, prints the outcome, cleans up. */
public final class Demo {
    /** Fallback poll after this long without an event; events normally arrive within a second. */
    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(20);

    private final Output output;
    private final int followers;
    private final int tagSize;
    private final Duration maxWait;

    public Demo(Output output, int followers, int tagSize, Duration maxWait) {
        this.output = Objects.requireNonNull(output, "output");
        this.followers = followers;
        this.tagSize = tagSize;
        this.maxWait = Objects.requireNonNull(maxWait, "maxWait");
    }

    /** @param dbFile where to keep the store, or null for a temporary file removed afterwards */
    public boolean run(Path dbFile) throws IOException, InterruptedException {
        Path workDir = Files.createTempDirectory("wxmass-demo");
        Path db = dbFile != null ? dbFile : workDir.resolve("wxmass-demo.db");
        try (DemoWorld world = DemoWorld.start(followers, db, EVENT_TIMEOUT)) {
            Map<String, Object> result = new DemoJob(world, output, workDir, tagSize, maxWait).run();
            result.put("database", db.toString());
            print(result);
            return Boolean.TRUE.equals(result.get("ok"));
        } finally {
            deleteTree(workDir);
        }
    }

    @SuppressWarnings("unchecked")
    private void print(Map<String, Object> result) {
        if (output.json()) {
            output.result(result);
            return;
        }
        output.line("");
        output.line(String.format("%-28s %8s %8s %8s %8s %8s  %-8s %s", "CAMPAIGN", "BATCHES", "TOTAL", "FILTERED",
                "SENT", "ERRORS", "SANDBOX", "RESULT"));
        for (Map<String, Object> c : (List<Map<String, Object>>) result.get("campaigns")) {
            Map<String, Object> counts = (Map<String, Object>) c.get("counts");
            Map<String, Integer> batches = (Map<String, Integer>) c.get("batches");
            int total = batches.values().stream().mapToInt(Integer::intValue).sum();
            output.line(String.format("%-28s %8s %8s %8s %8s %8s  %-8s %s", c.get("name"), batches.get("FINISHED") + "/" + total,
                    counts.get("total"), counts.get("filtered"), counts.get("sent"), counts.get("errors"),
                    c.get("sandboxSent"), Boolean.TRUE.equals(c.get("matchesSandbox")) ? "ok" : "MISMATCH"));
        }
        output.line("");
        output.line("events accepted by the receiver: " + result.get("eventsAccepted"));
        output.line("outcome: " + (Boolean.TRUE.equals(result.get("ok")) ? "every batch finished; totals equal the sandbox's"
                : "INCOMPLETE: see the table above"));
    }

    /** The working folder holds the openid file and, without --db, the store: both go. */
    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
