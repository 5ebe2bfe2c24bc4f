package io.wxmass.bench.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.sandbox.embed.Sandbox;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The scale targets of issue #3 measured end to end over HTTP: an in-process sandbox ({@link Sandbox}) in
 * instant mode, a token from /cgi-bin/token, an is_to_all text sendall, then /mass/get polled until
 * SEND_SUCCESS. The time runs from the sendall request to the first SEND_SUCCESS answer. Run with
 * {@code -Xmx2g}; exit code 1 if a target is missed. A fresh sandbox per run, since a service account may
 * send to all only 4 times a month.
 */
public final class HttpDeliveryScale {
    private static final long MB = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpDeliveryScale() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / MB);
        for (int warm = 0; warm < 3; warm++) {
            run(1_000_000);
        }
        long[] oneMillion = new long[5];
        for (int i = 0; i < oneMillion.length; i++) {
            oneMillion[i] = run(1_000_000)[0];
        }
        Arrays.sort(oneMillion);
        System.out.printf("HTTP, 1,000,000 followers, instant is_to_all sendall -> SEND_SUCCESS: median %d ms, "
                + "worst %d ms (target <= 2000 ms)%n", oneMillion[2], oneMillion[4]);
        long[] big = run(10_000_000);
        System.out.printf("HTTP, 10,000,000 followers: %d ms (target <= 20000 ms); heap in use after GC with the "
                        + "sandbox holding them and the finished job: %d MB of %d MB max (target <= 2048 MB)%n",
                big[0], big[1] / MB, Runtime.getRuntime().maxMemory() / MB);
        boolean ok = oneMillion[4] <= 2_000 && big[0] <= 20_000 && Runtime.getRuntime().maxMemory() <= 2112 * MB;
        System.out.println(ok ? "PASS" : "FAIL");
        System.exit(ok ? 0 : 1);
    }

    /** Returns {millis from sendall to SEND_SUCCESS, heap bytes in use after GC with the sandbox alive}. */
    private static long[] run(int followers) throws IOException, InterruptedException {
        try (Sandbox sandbox = Sandbox.builder().followers(followers).instant(true).start()) {
            String base = sandbox.baseUrl();
            String token = call("GET", base + "/cgi-bin/token?grant_type=client_credential&appid="
                    + enc(sandbox.appId()) + "&secret=" + enc(sandbox.appSecret()), null).get("access_token").asText();
            long start = System.nanoTime();
            JsonNode sent = call("POST", base + "/cgi-bin/message/mass/sendall?access_token=" + token,
                    "{\"filter\":{\"is_to_all\":true},\"text\":{\"content\":\"scale\"},\"msgtype\":\"text\"}");
            if (sent.path("errcode").asInt() != 0) {
                throw new IllegalStateException("sendall refused: " + sent);
            }
            String get = "{\"msg_id\":" + sent.get("msg_id").asLong() + "}";
            while (true) {
                String status = call("POST", base + "/cgi-bin/message/mass/get?access_token=" + token, get)
                        .path("msg_status").asText();
                if (status.equals("SEND_SUCCESS")) {
                    break;
                }
                if (!status.equals("SENDING")) {
                    throw new IllegalStateException("job ended " + status);
                }
                Thread.sleep(1);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            var job = sandbox.admin().job(sandbox.appId(), sent.get("msg_id").asLong()).orElseThrow();
            if (job.sentCount() != followers) {
                throw new IllegalStateException("delivered " + job.sentCount() + " of " + followers);
            }
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (sandbox.admin().inbox(sandbox.appId(), sandbox.account().followers().openId(followers - 1)).size() != 1) {
                throw new IllegalStateException("last follower has no copy");
            }
            return new long[] {millis, used};
        }
    }

    private static JsonNode call(String method, String url, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
