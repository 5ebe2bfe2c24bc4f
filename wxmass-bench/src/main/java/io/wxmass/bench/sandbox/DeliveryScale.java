package io.wxmass.bench.sandbox;

import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.delivery.DeliveryEngine;
import io.wxmass.sandbox.delivery.JobSpec;
import io.wxmass.sandbox.delivery.JobStatus;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.delivery.Recipients;
import io.wxmass.sandbox.delivery.Verdict;
import io.wxmass.sandbox.faults.FaultPlan;
import io.wxmass.sandbox.platform.Followers;
import io.wxmass.sandbox.push.PushService;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.util.Arrays;

/**
 * Scale harness for the sandbox's delivery (issue #3): an is_to_all, instant send to 1,000,000 followers
 * must be delivered in at most 2 s; 10,000,000 followers must fit, with the job, in a 2 GB heap and be
 * delivered in at most 20 s. Run with {@code -Xmx2g}. Measures through {@link DeliveryEngine} (its own
 * background delivery thread, the real follower counters and monthly cap), from submit until the job
 * reads SEND_SUCCESS. Exit code 1 if a target is missed.
 */
public final class DeliveryScale {
    private static final long MB = 1024 * 1024;

    private DeliveryScale() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / MB);
        boolean ok = true;
        long[] oneMillion = new long[5];
        for (int warm = 0; warm < 3; warm++) {
            deliver("warm" + warm, 1_000_000);
        }
        for (int i = 0; i < oneMillion.length; i++) {
            oneMillion[i] = deliver("m" + i, 1_000_000).millis;
        }
        Arrays.sort(oneMillion);
        System.out.printf("1,000,000 followers, instant is_to_all: median %d ms, worst %d ms (target <= 2000 ms)%n",
                oneMillion[oneMillion.length / 2], oneMillion[oneMillion.length - 1]);
        ok &= oneMillion[oneMillion.length - 1] <= 2_000;

        Result tenMillion = deliver("big", 10_000_000);
        System.out.printf("10,000,000 followers, instant is_to_all: %d ms (target <= 20000 ms); heap in use with "
                        + "followers and finished job held: %d MB of %d MB max (target <= 2048 MB)%n",
                tenMillion.millis, tenMillion.heapUsedBytes / MB, Runtime.getRuntime().maxMemory() / MB);
        ok &= tenMillion.millis <= 20_000 && Runtime.getRuntime().maxMemory() <= 2048 * MB + 64 * MB;
        System.out.println(ok ? "PASS" : "FAIL");
        System.exit(ok ? 0 : 1);
    }

    private record Result(long millis, long heapUsedBytes) {
    }

    private static Result deliver(String name, int followerCount) throws InterruptedException {
        SandboxClock clock = SandboxClock.system();
        String appId = "wxbench" + name;
        Followers followers = Followers.of(appId, followerCount);
        try (PushService push = new PushService(clock, HttpClient.newHttpClient(), FaultPlan.none());
             DeliveryEngine engine = new DeliveryEngine(clock, push)) {
            long start = System.nanoTime();
            MassJob job = engine.submit(new JobSpec(1, appId, followers, Recipients.all(followerCount), "text", true,
                    0, 0, true, Verdict.clean(), null));
            while (job.status() == JobStatus.SENDING) {
                Thread.sleep(1);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            check(engine, job, followers, appId, followerCount);
            System.gc();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long used = memory.getHeapMemoryUsage().getUsed();
            // Keep both alive until after the measurement so the figure includes them.
            check(engine, job, followers, appId, followerCount);
            return new Result(millis, used);
        }
    }

    /** The figures count only if every follower got its copy. */
    private static void check(DeliveryEngine engine, MassJob job, Followers followers, String appId, int n) {
        if (job.status() != JobStatus.SEND_SUCCESS || job.sentCount() != n || job.filterCount() != n
                || engine.inbox(appId, followers.openId(n - 1)).size() != 1
                || engine.inbox(appId, followers.openId(n / 2)).size() != 1) {
            throw new IllegalStateException("delivery incomplete: " + job);
        }
    }
}
