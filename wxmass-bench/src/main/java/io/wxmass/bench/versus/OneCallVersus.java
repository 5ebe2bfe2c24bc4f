package io.wxmass.bench.versus;

import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.transport.httpclient5.ApacheHttpCaller;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import me.chanjar.weixin.mp.api.WxMpService;

/**
 * Issue #17: the cost of one call, side by side in one run. mass/get with every call on the wire (each caller polls
 * its own job, wxmass's read sharing off) at 1 and 16 callers: wxmass as shipped (the JDK's client), wxmass over
 * {@code wxmass-transport-httpclient5} and WxJava (Apache HttpClient 4), with the sandbox in a process of its own
 * so that this JVM's CPU time is the clients' alone; the order rotates by round. {@code -Dwxmass.jdk.send=async}
 * makes the JDK column the earlier sendAsync + timed wait, {@code =blocking} a plain {@code send} that does not
 * bound a stalled body (the A/B of BENCHMARKS.md); the default is the watched send. Then the allocation of building a 1,000,000-openid audience's /mass/send bodies
 * ({@link AudienceMemory}), each SDK twice. Exit 1 when a target is missed (calls/s ≥ 1.0x WxJava at both caller
 * counts for either wxmass transport, allocation ≤ WxJava's).
 *
 * <pre>
 * ./mvnw -B -q -Pbench -DskipTests package -pl wxmass-bench -am
 * java -cp wxmass-bench/target/benchmarks.jar io.wxmass.bench.versus.OneCallVersus [rounds] [seconds]
 * </pre>
 */
public final class OneCallVersus {
    private static final String APP_ID = "wxc0s7c11e9c0s7a01";
    private static final String SECRET = "c11e9c0s7c11e9c0s7c11e9c0s7c11e9";
    private static final int MAX_CALLERS = 16;
    private static final String[] SDKS = {"wxmass (JDK)", "wxmass (httpclient5)", "WxJava"};
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private OneCallVersus() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Duration measure = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 6);
        Sdks.quietLogs();
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process sandbox = new ProcessBuilder(SandboxProcess.javaBin(), "-cp", System.getProperty("java.class.path"),
                "io.wxmass.sandbox.SandboxMain", "--port", String.valueOf(port), "--app-id", APP_ID,
                "--app-secret", SECRET, "--instant", "--followers", "100")
                .redirectErrorStream(true).start();
        boolean pass = true;
        try {
            SandboxProcess.awaitListening(sandbox);
            String baseUrl = "http://127.0.0.1:" + port;
            WxMassConfig config = WxMassConfig.builder().appId(APP_ID).appSecret(SECRET).baseUrl(baseUrl)
                    .shareConcurrentReads(false).clock(Clock.systemUTC()).build();
            WxMass wxmass = WxMass.create(config);
            ApacheHttpCaller hc5 = ApacheHttpCaller.create();
            WxMass overHc5 = WxMass.create(config.newBuilder().httpCaller(hc5).build());
            WxMpService wxJava = Sdks.wxJava(baseUrl, APP_ID, SECRET, IngestFixture.TOKEN, IngestFixture.AES_KEY);
            long[] jobs = jobs(wxmass);
            StatusLoad.Call a = StatusSection.ownJob(jobs, id -> wxmass.mass().status(id));
            StatusLoad.Call h = StatusSection.ownJob(jobs, id -> overHc5.mass().status(id));
            StatusLoad.Call b = StatusSection.ownJob(jobs, id -> wxJava.getMassMessageService().messageMassGet(id));
            List<StatusLoad.Call> calls = List.of(a, h, b);
            for (StatusLoad.Call call : calls) {
                StatusLoad.run(MAX_CALLERS, Duration.ofSeconds(10), Duration.ofMillis(1), call);
            }
            System.out.printf("mass/get, own job each caller, sharing off; %d rounds of 2 s warm-up + %d s measured;"
                    + " JDK path %s%n%n", rounds, measure.toSeconds(),
                    System.getProperty("wxmass.jdk.send", "watched"));
            System.out.println("| round | callers | SDK | calls/s | client CPU µs per call | p50 / p99 ms |");
            System.out.println("|---|---|---|---|---|---|");
            for (int callers : new int[] {1, MAX_CALLERS}) {
                long[] done = new long[SDKS.length];
                double[] seconds = new double[SDKS.length];
                for (int round = 1; round <= rounds; round++) {
                    for (int i = 0; i < SDKS.length; i++) {
                        int sdk = (i + round - 1) % SDKS.length;
                        LoadResult r = measure(round, callers, SDKS[sdk], calls.get(sdk), measure);
                        done[sdk] += r.calls();
                        seconds[sdk] += r.seconds();
                    }
                }
                double wxJavaRate = done[2] / seconds[2];
                double jdk = (done[0] / seconds[0]) / wxJavaRate;
                double overApache = (done[1] / seconds[1]) / wxJavaRate;
                System.out.printf("%n%d callers, over all rounds: calls/s vs WxJava: wxmass (JDK) %.2fx, wxmass (httpclient5)"
                        + " %.2fx — target >= 1.0x %s%n%n", callers, jdk, overApache, Math.max(jdk, overApache) >= 1.0 ? "PASS" : "MISS");
                pass &= Math.max(jdk, overApache) >= 1.0;
            }
            hc5.close();
        } finally {
            sandbox.destroy();
        }
        pass &= audienceMemory();
        System.exit(pass ? 0 : 1);
    }

    private static boolean audienceMemory() {
        List<String> ids = AudienceMemory.audience();
        List<AudienceMemory.Row> rows = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            rows.add(i % 2 == 0 ? AudienceMemory.wxmass(ids) : AudienceMemory.wxJava(ids));
            rows.add(i % 2 == 0 ? AudienceMemory.wxJava(ids) : AudienceMemory.wxmass(ids));
        }
        System.out.println("| SDK | allocated building 1,000,000 openids' bodies | body bytes | seconds |");
        System.out.println("|---|---|---|---|");
        for (AudienceMemory.Row r : rows) {
            System.out.printf("| %s | %.1f MB | %.1f MB | %.2f |%n", r.sdk(), r.allocatedBytes() / 1e6, r.bodyBytes() / 1e6, r.seconds());
        }
        double wx = rows.stream().filter(r -> r.sdk().equals("wxmass")).mapToLong(AudienceMemory.Row::allocatedBytes).min().orElseThrow();
        double wj = rows.stream().filter(r -> r.sdk().equals("WxJava")).mapToLong(AudienceMemory.Row::allocatedBytes).min().orElseThrow();
        System.out.printf("%nallocation wxmass/WxJava %.2fx — target <= 1.0x %s%n", wx / wj, wx <= wj ? "PASS" : "MISS");
        return wx <= wj;
    }

    private static long[] jobs(WxMass wx) {
        List<String> followers = wx.audience().followers().limit(2L * MAX_CALLERS).toList();
        long[] jobs = new long[MAX_CALLERS];
        for (int i = 0; i < MAX_CALLERS; i++) {
            jobs[i] = wx.mass().send(MassMessage.text("one call probe " + i),
                    Audience.openIds(followers.subList(2 * i, 2 * i + 2)), SendOptions.generated()).msgId();
        }
        return jobs;
    }

    private static LoadResult measure(int round, int callers, String sdk, StatusLoad.Call call, Duration measure)
            throws InterruptedException {
        StatusLoad.run(callers, Duration.ofSeconds(2), Duration.ofMillis(1), call);
        long cpuBefore = OS.getProcessCpuTime();
        LoadResult r = StatusLoad.run(callers, Duration.ofMillis(1), measure, call);
        long cpu = OS.getProcessCpuTime() - cpuBefore;
        if (r.errors() > 0) {
            throw new IllegalStateException(sdk + ": " + r.errors() + " failed calls");
        }
        System.out.printf("| %d | %d | %s | %,.0f | %.0f | %.2f / %.2f |%n", round, callers, sdk, r.perSecond(),
                cpu / 1e3 / r.calls(), r.p50Millis(), r.p99Millis());
        return r;
    }
}
