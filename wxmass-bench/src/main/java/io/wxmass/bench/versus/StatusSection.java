package io.wxmass.bench.versus;

import io.wxmass.core.WxMass;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.embed.Sandbox;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.WxMpMassOpenIdsMessage;

/**
 * Section 2: mass/get, closed loop, one client per SDK shared by all callers, on two workloads:
 * <ul>
 *   <li>{@link Workload#ONE_JOB}: every caller polls the same job (the task's workload: many threads following
 *   one send). wxmass lets identical reads in flight together share one request that started after each caller
 *   arrived; WxJava sends one request per call.</li>
 *   <li>{@link Workload#OWN_JOB}: each caller polls a job of its own, so every call of both SDKs is a request on
 *   the wire: the transports side by side.</li>
 * </ul>
 * Both SDKs are warmed up equally before the first cell; then two rounds, the SDKs alternating within each, so
 * that load from elsewhere on the machine hits both.
 */
final class StatusSection {
    static final int ROUNDS = 2;
    static final int MAX_CALLERS = 16;
    static final Duration FIRST_WARMUP = Duration.ofSeconds(12);
    static final Duration WARMUP = Duration.ofSeconds(3);
    static final Duration MEASURE = Duration.ofSeconds(6);
    static final String PATH = "/cgi-bin/message/mass/get";

    enum Workload { ONE_JOB, OWN_JOB }

    record Cell(Workload workload, int callers) {
    }

    static final List<Cell> CELLS = List.of(new Cell(Workload.ONE_JOB, 1), new Cell(Workload.ONE_JOB, 16),
            new Cell(Workload.OWN_JOB, 16));

    record Row(int round, Cell cell, LoadResult wxmass, LoadResult wxJava) {
        double throughputRatio() {
            return wxmass.perSecond() / wxJava.perSecond();
        }
    }

    record Result(long wxmassMsgId, long wxJavaMsgId, List<Row> rows) {
        /** Calls per second over all rounds for {@code cell}, wxmass over WxJava. */
        double ratio(Workload workload, int callers) {
            double wx = 0;
            double wj = 0;
            for (Row r : rows) {
                if (r.cell.workload() == workload && r.cell.callers() == callers) {
                    wx += r.wxmass.perSecond();
                    wj += r.wxJava.perSecond();
                }
            }
            return wx / wj;
        }
    }

    private StatusSection() {
    }

    static Result run(Sandbox sandbox, Accounts accounts) throws Exception {
        WxMass wx = Sdks.wxmass(sandbox.baseUrl(), accounts.wxmassAppId(), accounts.wxmassSecret(), Clock.systemUTC());
        WxMpService wj = Sdks.wxJava(sandbox.baseUrl(), accounts.wxJavaAppId(), accounts.wxJavaSecret(),
                IngestFixture.TOKEN, IngestFixture.AES_KEY);
        long[] wxJobs = new long[MAX_CALLERS];
        long[] wjJobs = new long[MAX_CALLERS];
        for (int i = 0; i < MAX_CALLERS; i++) {
            wxJobs[i] = wx.mass().send(MassMessage.text("status probe " + i),
                    Audience.openIds(Accounts.pair(sandbox, accounts.wxmassAppId(), i)), SendOptions.generated()).msgId();
            WxMpMassOpenIdsMessage probe = new WxMpMassOpenIdsMessage();
            probe.setMsgType("text");
            probe.setContent("status probe " + i);
            probe.setToUsers(Accounts.pair(sandbox, accounts.wxJavaAppId(), i));
            wjJobs[i] = Long.parseLong(wj.getMassMessageService().massOpenIdsMessageSend(probe).getMsgId());
            // Both must read every job before any figure counts.
            if (wx.mass().status(wxJobs[i]).rawStatus() == null
                    || wj.getMassMessageService().messageMassGet(wjJobs[i]).getMsgstatus() == null) {
                throw new IllegalStateException("mass/get did not answer a status");
            }
        }
        StatusLoad.Call wxOwn = ownJob(wxJobs, id -> wx.mass().status(id));
        StatusLoad.Call wjOwn = ownJob(wjJobs, id -> wj.getMassMessageService().messageMassGet(id));
        // The JDK client and Apache's both take seconds of JIT to settle on 2 cores; both get the same warm-up.
        StatusLoad.run(MAX_CALLERS, FIRST_WARMUP, Duration.ofMillis(1), wxOwn);
        StatusLoad.run(MAX_CALLERS, FIRST_WARMUP, Duration.ofMillis(1), wjOwn);
        List<Row> rows = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            for (Cell cell : CELLS) {
                StatusLoad.Call a = cell.workload() == Workload.ONE_JOB ? () -> wx.mass().status(wxJobs[0]) : wxOwn;
                StatusLoad.Call b = cell.workload() == Workload.ONE_JOB
                        ? () -> wj.getMassMessageService().messageMassGet(wjJobs[0]) : wjOwn;
                LoadResult x = StatusLoad.run(cell.callers(), WARMUP, MEASURE, a, () -> sandbox.admin().requests(PATH));
                LoadResult y = StatusLoad.run(cell.callers(), WARMUP, MEASURE, b, () -> sandbox.admin().requests(PATH));
                rows.add(new Row(round, cell, x, y));
            }
        }
        return new Result(wxJobs[0], wjJobs[0], rows);
    }

    interface Status {
        void read(long msgId) throws Exception;
    }

    /** Each load thread polls the job of its own index (threads are named load-0 .. load-15). */
    static StatusLoad.Call ownJob(long[] jobs, Status status) {
        ThreadLocal<Long> mine = ThreadLocal.withInitial(() -> {
            String name = Thread.currentThread().getName();
            return jobs[Integer.parseInt(name.substring(name.indexOf('-') + 1)) % jobs.length];
        });
        return () -> status.read(mine.get());
    }
}
