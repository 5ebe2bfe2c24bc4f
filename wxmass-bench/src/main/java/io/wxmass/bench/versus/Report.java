package io.wxmass.bench.versus;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The Markdown the harness prints: one table per section, each target with PASS or MISS. */
final class Report {
    private final StringBuilder md = new StringBuilder();
    private final List<String> missed = new ArrayList<>();

    Report() {
        md.append("WxJava under test: com.github.binarywang:weixin-java-mp:").append(wxJavaVersion())
                .append("; JVM ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs, max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB\n\n");
    }

    void ingest(IngestSection.Result r) {
        md.append("#### 1. Callback ingest (safe-mode MASSSENDJOBFINISH, 2 copyright items, 2 article URLs; JMH, 1 thread)\n\n")
                .append("| SDK | path | events/s | msg_id | counts | copyright items right (typed) | copyright items right (untyped raw map) | article URLs right |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        row(r.wxmass(), r.wxmassCheck());
        row(r.wxJava(), r.wxJavaCheck());
        md.append('\n').append("- wxmass: ").append(r.wxmassCheck().msgIdNote()).append("; ")
                .append(r.wxmassCheck().copyrightNote()).append('\n')
                .append("- WxJava: ").append(r.wxJavaCheck().msgIdNote()).append("; ")
                .append(r.wxJavaCheck().copyrightNote()).append('\n');
        boolean rightWhereWrong = r.wxmassCheck().allRight() && !r.wxJavaCheck().allRight();
        target("ingest ≥ 5x WxJava", r.ratio() >= 5.0, fmt("%.2fx", r.ratio()));
        target("ingest right where WxJava is wrong", rightWhereWrong,
                "wxmass all fields right: " + r.wxmassCheck().allRight() + "; WxJava all fields right: "
                        + r.wxJavaCheck().allRight());
    }

    private void row(IngestSection.Score s, IngestCheck c) {
        md.append(fmt("| %s | `%s` | %,.0f ± %,.0f | %s | %s | %d of 2 | %d of 2 | %d of 2 |\n", c.sdk(),
                s.benchmark(), s.perSecond(), s.error(), c.msgId() ? "right" : "WRONG", c.counts() ? "right" : "WRONG",
                c.copyrightItemsRight(), c.untypedCopyrightItemsRight(), c.articleUrlsRight()));
    }

    void status(StatusSection.Result r) {
        md.append(fmt("\n#### 2. Status calls (mass/get, closed loop, %d s warm-up per SDK first, then %d s warm-up + %d s measured per cell)\n\n",
                        StatusSection.FIRST_WARMUP.toSeconds(), StatusSection.WARMUP.toSeconds(), StatusSection.MEASURE.toSeconds()))
                .append("one job = every caller polls the same job; own job = each caller polls its own job (every call of both SDKs on the wire)\n\n")
                .append("| round | workload | callers | wxmass calls/s | WxJava calls/s | ratio | wxmass p50 / p99 ms | WxJava p50 / p99 ms | requests per call wxmass / WxJava | errors wxmass / WxJava |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (StatusSection.Row row : r.rows()) {
            md.append(fmt("| %d | %s | %d | %,.0f | %,.0f | %.2fx | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %d / %d |\n",
                    row.round(), row.cell().workload() == StatusSection.Workload.ONE_JOB ? "one job" : "own job",
                    row.cell().callers(), row.wxmass().perSecond(), row.wxJava().perSecond(),
                    row.throughputRatio(), row.wxmass().p50Millis(), row.wxmass().p99Millis(),
                    row.wxJava().p50Millis(), row.wxJava().p99Millis(), row.wxmass().wirePerCall(),
                    row.wxJava().wirePerCall(), row.wxmass().errors(), row.wxJava().errors()));
        }
        double oneJob16 = r.ratio(StatusSection.Workload.ONE_JOB, 16);
        md.append(fmt("\nThroughput ratio over both rounds: one job, 1 caller %.2fx; one job, 16 callers %.2fx; own job, 16 callers %.2fx.\n",
                r.ratio(StatusSection.Workload.ONE_JOB, 1), oneJob16, r.ratio(StatusSection.Workload.OWN_JOB, 16)));
        target("status ≥ 1.5x WxJava at 16 callers (one job)", oneJob16 >= 1.5, fmt("%.2fx", oneJob16));
    }

    void tokens(List<TokenContention.Row> rows) {
        md.append("\n#### 3. Token contention (64 threads released together on mass/get)\n\n")
                .append("| SDK | moment | token fetches counted by the sandbox | failed calls |\n|---|---|---|---|\n");
        boolean exactlyOne = true;
        for (TokenContention.Row r : rows) {
            md.append(fmt("| %s | %s | %d | %d |\n", r.sdk(), r.moment(), r.fetches(), r.failedCalls()));
            if (r.sdk().equals("wxmass")) {
                exactlyOne &= r.fetches() == 1 && r.failedCalls() == 0;
            }
        }
        target("exactly 1 token fetch per burst (wxmass)", exactlyOne, exactlyOne ? "1 and 1" : "see table");
    }

    void sends(List<FaultySends.Row> rows) {
        md.append("\n#### 4. Sends under faults (1,000 intended openid-list sends, 100 threads)\n\n")
                .append("| fault | SDK | jobs created | jobs per intended send | sends the app saw succeed | sends the app saw fail | distinct msg_ids returned | /mass/send requests | seconds | first failure |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        boolean exact = true;
        for (FaultySends.Row r : rows) {
            md.append(fmt("| %s | %s | %d | %.2f | %d | %d | %d | %d | %.1f | %s |\n", r.fault(), r.sdk(), r.jobs(),
                    r.jobsPerSend(), r.succeeded(), r.failed(), r.distinctMsgIds(), r.requests(), r.seconds(),
                    r.firstFailure().replace('|', '/')));
            if (r.sdk().equals("wxmass")) {
                exact &= r.jobs() == r.intended() && r.succeeded() == r.intended() && r.distinctMsgIds() == r.intended();
            }
        }
        target("exactly 1.00 jobs per intended send (wxmass, every send acknowledged with its own msg_id)", exact,
                exact ? "1.00 in both fault modes" : "see table");
    }

    void memory(AudienceMemory.Row wxmass, AudienceMemory.Row wxJava) {
        md.append("\n#### 5. Memory: /mass/send bodies for 1,000,000 openids (100 batches of 10,000), all kept\n\n")
                .append("| SDK | allocated while building | peak heap above baseline (upper bound) | live after GC (100 bodies) | body bytes | seconds |\n")
                .append("|---|---|---|---|---|---|\n");
        for (AudienceMemory.Row r : List.of(wxmass, wxJava)) {
            md.append(fmt("| %s | %,.1f MB | %,.1f MB | %,.1f MB | %,.1f MB | %.2f |\n", r.sdk(), mb(r.allocatedBytes()),
                    mb(r.peakAboveBaseline()), mb(r.liveAfterGc()), mb(r.bodyBytes()), r.seconds()));
        }
        md.append(fmt("\nAllocation ratio WxJava/wxmass %.2fx; peak ratio %.2fx.\n",
                (double) wxJava.allocatedBytes() / wxmass.allocatedBytes(),
                (double) wxJava.peakAboveBaseline() / wxmass.peakAboveBaseline()));
    }

    void elapsed(double seconds) {
        md.append(fmt("\nWhole run: %.0f s.\n", seconds));
    }

    boolean allTargetsMet() {
        return missed.isEmpty();
    }

    String markdown() {
        return md + (missed.isEmpty() ? "\nAll targets met.\n" : "\nMissed: " + String.join("; ", missed) + "\n");
    }

    private void target(String name, boolean met, String figure) {
        md.append("\n**Target: ").append(name).append(" — ").append(met ? "PASS" : "MISS").append("** (")
                .append(figure).append(")\n");
        if (!met) {
            missed.add(name);
        }
    }

    private static double mb(long bytes) {
        return bytes / 1e6;
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String wxJavaVersion() {
        try (InputStream in = Report.class.getResourceAsStream(
                "/META-INF/maven/com.github.binarywang/weixin-java-mp/pom.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
