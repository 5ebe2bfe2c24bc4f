package io.wxmass.bench.storm;

import io.wxmass.bench.storm.StormPushes.Push;
import io.wxmass.campaign.store.Database;
import io.wxmass.core.callback.Signatures;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reply storm (issue #17): signed safe-mode pushes, 90 % user text messages and 10 % MASSSENDJOBFINISH,
 * over loopback HTTP to {@code serve} and to a WxJava receiver ({@link WxJavaReceiver}), each on SQLite and
 * on PostgreSQL, one after the other in the same JVM. Per receiver: a warm-up, the peak (closed loop,
 * {@code connections} in flight), then a paced run at 80 % of that peak for p50/p99 (latency counted from
 * when each push was due), and at the end the rows stored against the pushes acknowledged. Printed beside
 * it: the crypto-alone bound, msg_signature + AES of one push, in µs and in pushes per second on every core.
 *
 * <pre>java -cp wxmass-bench/target/benchmarks.jar io.wxmass.bench.storm.ReplyStorm [seconds per phase, default 10] [connections, default 64]</pre>
 */
public final class ReplyStorm {
    private record Row(String receiver, String store, double peak, Load.Result paced, long acknowledged, long stored,
                       long refused, long errors) {
    }

    private interface Receiver extends AutoCloseable {
        int port();

        String path();

        long stored();

        @Override
        void close();
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        quietLogs();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "reply storm: %d cores, %.0f s per phase, %d connections, %s%n", cores, seconds, connections,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        double[] crypto = cryptoMicros();
        System.out.printf(Locale.ROOT, "crypto alone (msg_signature + AES-256-CBC open, one thread): wxmass %.1f µs, WxJava %.1f µs"
                + " -> bound %.0f pushes/s on %d cores%n", crypto[0], crypto[1], cores * 1e6 / crypto[0], cores);
        List<Row> rows = new ArrayList<>();
        Path folder = Files.createTempDirectory("wxmass-storm");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            int n = 0;
            for (String store : new String[] {"SQLite", "PostgreSQL"}) {
                for (String receiver : new String[] {"wxmass serve", "WxJava"}) {
                    n++;
                    Database database = store.equals("SQLite") ? Database.sqlite(folder.resolve("storm-" + n + ".db"))
                            : postgresDatabase(postgres, "storm_" + n);
                    database.migrate();
                    try (Receiver target = receiver.equals("WxJava") ? wxJava(database) : serve(database)) {
                        rows.add(storm(receiver, store, target, seconds, connections));
                    } finally {
                        database.close();
                    }
                }
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        print(rows, crypto[0], cores);
    }

    private static Row storm(String name, String store, Receiver target, double seconds, int connections) throws Exception {
        System.out.printf(Locale.ROOT, "%s on %s: warm-up%n", name, store);
        long acknowledged = 0;
        long refused = 0;
        long errors = 0;
        Load.Result warm = Load.closed(target.port(), StormPushes.seal(target.path(), 15_000), connections, Math.min(5, seconds));
        acknowledged += warm.acknowledged();
        refused += warm.refused();
        errors += warm.errors();
        Load.Result peak = Load.closed(target.port(), StormPushes.seal(target.path(), (int) (12_000 * seconds)), connections, seconds);
        acknowledged += peak.acknowledged();
        refused += peak.refused();
        errors += peak.errors();
        double rate = 0.8 * peak.perSecond();
        System.out.printf(Locale.ROOT, "%s on %s: peak %.0f/s (%d refused, %d errors); paced at %.0f/s%n", name, store,
                peak.perSecond(), peak.refused(), peak.errors(), rate);
        Load.Result paced = Load.paced(target.port(), StormPushes.seal(target.path(), (int) Math.max(100, rate * seconds)),
                connections, rate);
        acknowledged += paced.acknowledged();
        refused += paced.refused();
        errors += paced.errors();
        long stored = target.stored();
        System.out.printf(Locale.ROOT, "%s on %s: p50 %.1f ms, p99 %.1f ms at %.0f/s; acknowledged %d, stored %d%n", name, store,
                paced.percentileMillis(50), paced.percentileMillis(99), paced.perSecond(), acknowledged, stored);
        return new Row(name, store, peak.perSecond(), paced, acknowledged, stored, refused, errors);
    }

    private static void print(List<Row> rows, double cryptoMicros, int cores) {
        System.out.println();
        System.out.println("| receiver | store | peak accepted/s | p50 / p99 at 80 % of peak | acknowledged = stored | refused / errors |");
        System.out.println("|---|---|---|---|---|---|");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "| %s | %s | %.0f | %.1f / %.1f ms (at %.0f/s) | %d = %d %s | %d / %d |%n", r.receiver(), r.store(),
                    r.peak(), r.paced().percentileMillis(50), r.paced().percentileMillis(99), r.paced().perSecond(), r.acknowledged(),
                    r.stored(), r.acknowledged() == r.stored() ? "yes" : "NO", r.refused(), r.errors());
        }
        for (int i = 0; i + 1 < rows.size(); i += 2) {
            System.out.printf(Locale.ROOT, "%s: serve / WxJava = %.2fx%n", rows.get(i).store(), rows.get(i).peak() / rows.get(i + 1).peak());
        }
        System.out.printf(Locale.ROOT, "crypto-alone bound: %.1f µs per push x %d cores = %.0f pushes/s%n", cryptoMicros, cores,
                cores * 1e6 / cryptoMicros);
    }

    /** One thread: msg_signature check and AES open of a text push, wxmass's and WxJava's; µs each. */
    private static double[] cryptoMicros() {
        int count = 20_000;
        Push[] pushes = StormPushes.seal("/", count);
        String[] encrypts = new String[count];
        String[][] params = new String[count][];
        for (int i = 0; i < count; i++) {
            String body = new String(pushes[i].body(), java.nio.charset.StandardCharsets.UTF_8);
            encrypts[i] = body.substring(body.indexOf("<Encrypt><![CDATA[") + 18, body.indexOf("]]></Encrypt>"));
            String q = pushes[i].pathAndQuery();
            params[i] = new String[] {param(q, "timestamp"), param(q, "nonce"), param(q, "msg_signature")};
        }
        WxCryptUtil wxJava = new WxCryptUtil(StormPushes.TOKEN, StormPushes.AES_KEY, StormPushes.APP_ID);
        double[] result = new double[2];
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                if (!Signatures.matches(params[i][2], StormPushes.TOKEN, params[i][0], params[i][1], encrypts[i])) {
                    throw new IllegalStateException("signature");
                }
                StormPushes.CRYPTO.open(encrypts[i]);
            }
            result[0] = (System.nanoTime() - start) / 1e3 / count;
            start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                wxJava.decrypt(params[i][2], params[i][0], params[i][1], new String(pushes[i].body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            result[1] = (System.nanoTime() - start) / 1e3 / count;
        }
        return result;
    }

    private static String param(String query, String name) {
        int at = query.indexOf(name + "=");
        int end = query.indexOf('&', at);
        return query.substring(at + name.length() + 1, end < 0 ? query.length() : end);
    }

    private static Receiver serve(Database database) {
        ServeReceiver serve = new ServeReceiver(database);
        return new Receiver() {
            public int port() {
                return serve.port();
            }

            public String path() {
                return serve.path();
            }

            public long stored() {
                return serve.stored();
            }

            public void close() {
                serve.close();
            }
        };
    }

    private static Receiver wxJava(Database database) {
        WxJavaReceiver wx = new WxJavaReceiver(database);
        return new Receiver() {
            public int port() {
                return wx.port();
            }

            public String path() {
                return WxJavaReceiver.PATH;
            }

            public long stored() {
                return wx.stored();
            }

            public void close() {
                wx.close();
            }
        };
    }

    /** WARN and above: WxJava logs every message at DEBUG, which would measure the console. */
    private static void quietLogs() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("me.chanjar")).setLevel(ch.qos.logback.classic.Level.ERROR);
    }

    private static Database postgresDatabase(EmbeddedPostgres postgres, String name) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return Database.open(postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
    }
}
