package io.wxmass.cli.command.doctor;

import io.wxmass.core.callback.Signatures;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The platform's server-URL verification, played against the callback URL: a GET with
 * {@code signature}, {@code timestamp}, {@code nonce} and {@code echostr}, signed with the configured
 * token; a correct receiver answers 200 with the echostr and nothing else.
 */
final class CallbackHandshake {
    /** The platform gives a receiver 5 seconds to answer. */
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private CallbackHandshake() {
    }

    static Check check(String url, String token, Clock clock) {
        String name = "callback";
        URI base;
        try {
            base = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Check.fail(name, "--callback-url is not a URL", "pass the URL configured on the platform");
        }
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
            return Check.fail(name, "--callback-url must be http or https", "pass the URL configured on the platform");
        }
        if (token == null || token.isBlank()) {
            return Check.fail(name, "no callback token configured to sign the handshake",
                    "pass --token, set WXMASS_TOKEN or put token in the --config file (the Token set on the platform)");
        }
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        String nonce = String.valueOf(RANDOM.nextInt(1_000_000_000));
        String echostr = HexFormat.of().formatHex(RANDOM.generateSeed(8));
        String query = "signature=" + Signatures.sign(token, timestamp, nonce) + "&timestamp=" + timestamp
                + "&nonce=" + nonce + "&echostr=" + URLEncoder.encode(echostr, StandardCharsets.UTF_8);
        URI uri = URI.create(url + (base.getRawQuery() == null ? "?" : "&") + query);
        HttpResponse<String> response;
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
            response = client.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Check.fail(name, "no answer from the callback URL within " + TIMEOUT.toSeconds() + " s ("
                    + e.getClass().getSimpleName() + ")", "start the receiver (wxmass serve) and make the URL reachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Check.fail(name, "interrupted", "run doctor again");
        }
        if (response.statusCode() != 200) {
            return Check.fail(name, "the signed handshake got HTTP " + response.statusCode(),
                    "the receiver must answer the platform's GET with 200 and the echostr; check the token matches the platform's");
        }
        if (!response.body().strip().equals(echostr)) {
            return Check.fail(name, "the signed handshake was answered, but not with the echostr",
                    "answer the GET with exactly the echostr (no JSON, no quotes); check the token matches the platform's");
        }
        return Check.pass(name, "the URL answered the handshake signed with the configured token");
    }
}
