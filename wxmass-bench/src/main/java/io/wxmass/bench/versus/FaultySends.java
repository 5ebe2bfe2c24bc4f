package io.wxmass.bench.versus;

import io.wxmass.sandbox.embed.Sandbox;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Section 4: {@value #SENDS} intended sends, each a distinct text to a distinct pair of followers through
 * /mass/send, from {@value #THREADS} threads, while the sandbox answers -1 to a share of the send requests.
 * The figure is the jobs the sandbox created for the SDK's account per intended send; also how many sends
 * the application saw succeed with a msg_id, and whether those msg_ids name distinct jobs.
 */
final class FaultySends {
    static final int SENDS = 1000;
    /** Enough threads that wxmass's one-minute wait after 45066 (lost answers) overlaps instead of queueing. */
    static final int THREADS = 100;
    static final String SEND_PATH = "/cgi-bin/message/mass/send";

    /** One send as the application writes it; returns the msg_id the SDK handed back. */
    interface Sender {
        long send(int i) throws Exception;
    }

    record Row(String sdk, String fault, int intended, long jobs, int succeeded, int failed, int distinctMsgIds,
               long requests, double seconds, String firstFailure) {
        double jobsPerSend() {
            return (double) jobs / intended;
        }
    }

    private FaultySends() {
    }

    static Row run(Sandbox sandbox, String sdk, String fault, String appId, Sender sender) throws Exception {
        long jobsBefore = sandbox.admin().jobs(appId).size();
        long requestsBefore = sandbox.admin().requests(SEND_PATH);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<Long>> results = new ArrayList<>();
        try {
            for (int i = 0; i < SENDS; i++) {
                int n = i;
                results.add(pool.submit(() -> sender.send(n)));
            }
            Set<Long> msgIds = new HashSet<>();
            int ok = 0;
            int failed = 0;
            String firstFailure = "-";
            for (Future<Long> f : results) {
                try {
                    msgIds.add(f.get());
                    ok++;
                } catch (java.util.concurrent.ExecutionException e) {
                    if (failed++ == 0) {
                        firstFailure = e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long jobs = sandbox.admin().jobs(appId).size() - jobsBefore;
            return new Row(sdk, fault, SENDS, jobs, ok, failed, msgIds.size(),
                    sandbox.admin().requests(SEND_PATH) - requestsBefore, seconds, firstFailure);
        } finally {
            pool.shutdownNow();
        }
    }
}
