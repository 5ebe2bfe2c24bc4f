package io.wxmass.bench.followers;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floor of a follower export: a raw client that gets a token, then GETs the page chain and discards the
 * bytes, taking {@code next_openid} from the page's tail (the sandbox writes it last). No SDK, no parse, no
 * file: what is left is the sandbox building each page and the loopback transfer, which both SDKs pay.
 */
final class Floor {
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern NEXT = Pattern.compile("\"next_openid\"\\s*:\\s*\"([^\"]*)\"");
    private static final int TAIL = 128;

    private Floor() {
    }

    /** Pages fetched. */
    static int run(String baseUrl, String appId, String secret) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String tokenBody = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/cgi-bin/token?grant_type=client_credential&appid="
                + enc(appId) + "&secret=" + enc(secret))).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher t = TOKEN.matcher(tokenBody);
        if (!t.find()) {
            throw new IllegalStateException("no token: " + tokenBody);
        }
        String token = t.group(1);
        String next = "";
        int pages = 0;
        byte[] buffer = new byte[64 * 1024];
        byte[] tail = new byte[TAIL];
        while (true) {
            HttpResponse<InputStream> page = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/cgi-bin/user/get?access_token="
                    + enc(token) + (next.isEmpty() ? "" : "&next_openid=" + enc(next)))).build(), HttpResponse.BodyHandlers.ofInputStream());
            int kept = 0;
            try (InputStream in = page.body()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    // Keep only the last TAIL bytes: the rest is discarded, as the floor should.
                    if (n >= TAIL) {
                        System.arraycopy(buffer, n - TAIL, tail, 0, TAIL);
                        kept = TAIL;
                    } else {
                        int keep = Math.min(kept, TAIL - n);
                        System.arraycopy(tail, kept - keep, tail, 0, keep);
                        System.arraycopy(buffer, 0, tail, keep, n);
                        kept = keep + n;
                    }
                }
            }
            pages++;
            Matcher m = NEXT.matcher(new String(tail, 0, kept, StandardCharsets.US_ASCII));
            String following = m.find() ? m.group(1) : "";
            if (following.isEmpty() || following.equals(next)) {
                return pages;
            }
            next = following;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
