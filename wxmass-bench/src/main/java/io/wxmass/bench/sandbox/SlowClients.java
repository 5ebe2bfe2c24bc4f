package io.wxmass.bench.sandbox;

import io.wxmass.sandbox.embed.Sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The figure behind keeping the sandbox on the JDK server: N sockets that never finish their headers (or send 1
 * byte of a 1,000-byte body) are held while a fresh client makes 20 calls; prints the median and worst answer time
 * (target: each within 1 s), then waits for the JDK's request timer to close the held sockets and prints when it did.
 * Args: {@code [sockets=64]}. Run with {@code -Dsun.net.httpserver.maxReqTime=5} to see the timer without a 30 s wait.
 */
public final class SlowClients {
    private SlowClients() {
    }

    public static void main(String[] args) throws Exception {
        int sockets = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        try (Sandbox sandbox = Sandbox.builder().followers(10).instant(true).start()) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            call(http, sandbox); // warm-up: the client's and the server's first call pay for class loading, not for slow sockets
            List<Socket> held = new ArrayList<>();
            InetAddress host = InetAddress.getByName(sandbox.baseUri().getHost());
            for (int i = 0; i < sockets; i++) {
                Socket s = new Socket(host, sandbox.port());
                s.getOutputStream().write((i % 2 == 0 ? "GET /cgi-bin/token HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Never: ends"
                        : "POST /admin/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                held.add(s);
            }
            long start = System.nanoTime();
            long[] millis = new long[20];
            for (int i = 0; i < millis.length; i++) {
                long t0 = System.nanoTime();
                call(http, sandbox);
                millis[i] = (System.nanoTime() - t0) / 1_000_000;
            }
            Arrays.sort(millis);
            System.out.printf("%d slow sockets held: a normal call answered in median %d ms, worst %d ms (target <= 1000 ms)%n",
                    sockets, millis[millis.length / 2], millis[millis.length - 1]);
            while (held.stream().anyMatch(SlowClients::open) && System.nanoTime() - start < 120_000_000_000L) {
                Thread.sleep(250);
            }
            System.out.printf("held sockets closed by the server after %.1f s (sun.net.httpserver.maxReqTime=%s s)%n",
                    (System.nanoTime() - start) / 1e9, System.getProperty("sun.net.httpserver.maxReqTime"));
            for (Socket s : held) {
                s.close();
            }
            boolean ok = millis[millis.length - 1] <= 1000;
            System.out.println(ok ? "PASS" : "FAIL");
            System.exit(ok ? 0 : 1);
        }
    }

    private static void call(HttpClient http, Sandbox sandbox) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/admin/clock"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("answer " + r.statusCode());
        }
    }

    private static boolean open(Socket s) {
        try {
            s.setSoTimeout(1);
            InputStream in = s.getInputStream();
            return in.read() >= 0;
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
