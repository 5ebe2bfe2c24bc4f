package io.wxmass.bench.versus;

import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.transport.httpclient5.ApacheHttpCaller;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import me.chanjar.weixin.mp.api.WxMpService;

/**
 * What one mass/get costs the client, with the sandbox in a process of its own so that this JVM's CPU time is
 * the client's alone: calls/s and client CPU µs per call at 16 callers, each polling its own job (every call
 * on the wire; no read sharing). Variants: wxmass as shipped (JDK client, tasks inline), wxmass on a JDK client
 * with the JDK's default executor pool (the setting before 2026-11-22), wxmass over {@code
 * wxmass-transport-httpclient5}, and WxJava (Apache HttpClient 4).
 *
 * <pre>
 * ./mvnw -B -q -Pbench -DskipTests package -pl wxmass-bench -am
 * java -cp wxmass-bench/target/benchmarks.jar io.wxmass.bench.versus.ClientCost
 * </pre>
 */
public final class ClientCost {
    private static final String APP_ID = "wxc0s7c11e9c0s7a01";
    private static final String SECRET = "c11e9c0s7c11e9c0s7c11e9c0s7c11e9";
    private static final int CALLERS = 16;
    private static final int ROUNDS = 3;
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ClientCost() {
    }

    public static void main(String[] args) throws Exception {
        Sdks.quietLogs();
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process sandbox = new ProcessBuilder(SandboxProcess.javaBin(), "-cp", System.getProperty("java.class.path"),
                "io.wxmass.sandbox.SandboxMain", "--port", String.valueOf(port), "--app-id", APP_ID,
                "--app-secret", SECRET, "--instant", "--followers", "100")
                .redirectErrorStream(true).start();
        try {
            SandboxProcess.awaitListening(sandbox);
            String baseUrl = "http://127.0.0.1:" + port;
            WxMass wxmass = WxMass.create(config(baseUrl).build());
            WxMass wxmassPool = WxMass.create(config(baseUrl)
                    .httpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()).build());
            ApacheHttpCaller hc5 = ApacheHttpCaller.create();
            WxMass wxmassHc5 = WxMass.create(config(baseUrl).httpCaller(hc5).build());
            WxMpService wxJava = Sdks.wxJava(baseUrl, APP_ID, SECRET, IngestFixture.TOKEN, IngestFixture.AES_KEY);
            long[] jobs = jobs(wxmass);
            StatusLoad.Call a = StatusSection.ownJob(jobs, id -> wxmass.mass().status(id));
            StatusLoad.Call b = StatusSection.ownJob(jobs, id -> wxmassPool.mass().status(id));
            StatusLoad.Call h = StatusSection.ownJob(jobs, id -> wxmassHc5.mass().status(id));
            StatusLoad.Call c = StatusSection.ownJob(jobs, id -> wxJava.getMassMessageService().messageMassGet(id));
            for (StatusLoad.Call call : List.of(a, b, h, c)) {
                StatusLoad.run(CALLERS, Duration.ofSeconds(12), Duration.ofMillis(1), call);
            }
            System.out.println("| round | client | calls/s | client CPU µs per call | p99 ms |");
            System.out.println("|---|---|---|---|---|");
            for (int round = 1; round <= ROUNDS; round++) {
                measure(round, "wxmass (JDK client, tasks inline: the default)", a);
                measure(round, "wxmass on a JDK client with its default executor pool", b);
                measure(round, "wxmass over httpclient5 (ApacheHttpCaller)", h);
                measure(round, "WxJava (Apache HttpClient 4)", c);
            }
            hc5.close();
        } finally {
            sandbox.destroy();
        }
    }

    private static WxMassConfig.Builder config(String baseUrl) {
        return WxMassConfig.builder().appId(APP_ID).appSecret(SECRET).baseUrl(baseUrl).shareConcurrentReads(false)
                .clock(Clock.systemUTC());
    }

    private static long[] jobs(WxMass wx) {
        List<String> followers = wx.audience().followers().limit(2L * CALLERS).toList();
        long[] jobs = new long[CALLERS];
        for (int i = 0; i < CALLERS; i++) {
            jobs[i] = wx.mass().send(MassMessage.text("cost probe " + i),
                    Audience.openIds(followers.subList(2 * i, 2 * i + 2)), SendOptions.generated()).msgId();
        }
        return jobs;
    }

    private static void measure(int round, String client, StatusLoad.Call call) throws InterruptedException {
        StatusLoad.run(CALLERS, Duration.ofSeconds(2), Duration.ofMillis(1), call);
        long cpuBefore = OS.getProcessCpuTime();
        LoadResult r = StatusLoad.run(CALLERS, Duration.ofMillis(1), Duration.ofSeconds(6), call);
        long cpu = OS.getProcessCpuTime() - cpuBefore;
        if (r.errors() > 0) {
            throw new IllegalStateException(client + ": " + r.errors() + " failed calls");
        }
        System.out.printf("| %d | %s | %,.0f | %.0f | %.2f |%n", round, client, r.perSecond(), cpu / 1e3 / r.calls(),
                r.p99Millis());
    }
}
