package io.wxmass.bench.followers;

import io.wxmass.cli.Main;
import io.wxmass.sandbox.embed.Sandbox;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.bean.result.WxMpUserList;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One export in its own JVM: {@code ExportChild wxmass|wxjava|floor FILE BASE_URL APP_ID APP_SECRET}; prints "seconds peakBytes". */
final class ExportChild {
    record Figures(double seconds, double peakHeapBytes) {
    }

    private ExportChild() {
    }

    static Figures run(String sdk, String xmx, Path file, Sandbox sandbox) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + xmx));
        // e.g. -Dbench.child.jvm=-XX:StartFlightRecording=filename=/tmp/%s.jfr to profile each child (%s: its SDK)
        String extra = System.getProperty("bench.child.jvm", "");
        for (String arg : extra.isBlank() ? new String[0] : extra.strip().split("\\s+")) {
            command.add(arg.replace("%s", sdk));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                ExportChild.class.getName(), sdk, file.toString(), sandbox.baseUrl(), sandbox.appId(), sandbox.appSecret()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(sdk + " export failed: " + out);
        }
        String[] last = out.lines().reduce((a, b) -> b).orElseThrow().split(" ");
        return new Figures(Double.parseDouble(last[0]), Double.parseDouble(last[1]));
    }

    public static void main(String[] args) throws Exception {
        String sdk = args[0];
        Path file = Path.of(args[1]);
        String baseUrl = args[2];
        String appId = args[3];
        String secret = args[4];
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        long start = System.nanoTime();
        if (sdk.equals("wxmass")) {
            int exit = Main.execute(new String[] {"followers", "export", file.toString(), "--json",
                    "--app-id", appId, "--app-secret", secret, "--base-url", baseUrl});
            if (exit != 0) {
                System.exit(exit);
            }
        } else if (sdk.equals("floor")) {
            Floor.run(baseUrl, appId, secret);
        } else {
            wxJava(file, baseUrl, appId, secret);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.println();
        System.out.println(seconds + " " + peak);
    }

    /** WxJava's documented setup and its userList loop, each page written as it arrives. */
    private static void wxJava(Path file, String baseUrl, String appId, String secret) throws Exception {
        WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
        config.setAppId(appId);
        config.setSecret(secret);
        config.setHostConfig(new WxMpHostConfig(baseUrl, baseUrl, baseUrl));
        WxMpService service = new WxMpServiceImpl();
        service.setWxMpConfigStorage(config);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String next = null;
            while (true) {
                WxMpUserList page = service.getUserService().userList(next);
                for (String openId : page.getOpenids() == null ? List.<String>of() : page.getOpenids()) {
                    out.write(openId);
                    out.write('\n');
                }
                next = page.getNextOpenid();
                if (page.getCount() == 0 || next == null || next.isEmpty()) {
                    break;
                }
            }
        }
    }
}
