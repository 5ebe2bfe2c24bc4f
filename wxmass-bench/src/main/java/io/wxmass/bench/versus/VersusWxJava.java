package io.wxmass.bench.versus;

import io.wxmass.sandbox.embed.Sandbox;
import java.util.List;

/**
 * wxmass and WxJava side by side on the same inputs and one in-process sandbox, in one run: callback
 * ingest (JMH), mass/get at 1 and 16 callers, token fetches at expiry under 64 threads, 1,000 sends
 * under -1 faults, and the requests for a 1,000,000-openid audience. Prints a Markdown report with every
 * figure and PASS/MISS per target; exits 1 when a target is missed.
 *
 * <pre>
 * ./mvnw -B -q -Pbench -Dmaven.test.skip=true package -pl wxmass-bench -am
 * java -cp wxmass-bench/target/benchmarks.jar io.wxmass.bench.versus.VersusWxJava
 * </pre>
 */
public final class VersusWxJava {
    private VersusWxJava() {
    }

    public static void main(String[] args) throws Exception {
        Sdks.quietLogs();
        long started = System.nanoTime();
        Report report = new Report();
        progress("1/5 callback ingest (JMH, one fork)");
        report.ingest(IngestSection.run());
        Accounts accounts = Accounts.standard();
        try (Sandbox sandbox = accounts.start()) {
            progress("2/5 status calls");
            StatusSection.Result status = StatusSection.run(sandbox, accounts);
            report.status(status);
            progress("3/5 token contention");
            report.tokens(TokenContention.run(sandbox, accounts, status.wxmassMsgId(), status.wxJavaMsgId()));
            progress("4/5 sends under faults");
            report.sends(SendsSection.run(sandbox, accounts));
        }
        progress("5/5 audience memory");
        List<String> audience = AudienceMemory.audience();
        AudienceMemory.Row wxJavaMemory = AudienceMemory.wxJava(audience);
        AudienceMemory.Row wxmassMemory = AudienceMemory.wxmass(audience);
        report.memory(wxmassMemory, wxJavaMemory);
        report.elapsed((System.nanoTime() - started) / 1e9);
        System.out.println(report.markdown());
        System.exit(report.allTargetsMet() ? 0 : 1);
    }

    private static void progress(String step) {
        System.err.println("[versus] " + step);
    }
}
