package io.wxmass.campaign.inbox;

import io.wxmass.core.xml.XmlException;
import io.wxmass.core.xml.XmlReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Posts one stored message to the operator's application, signed ({@link ForwardSignature}), within the
 * deadline. A 2xx answer delivers it; a body that is XML other than {@code success} is the application's
 * passive reply. Anything else (refused connection, timeout, non-2xx, an oversized answer) fails the future.
 */
final class Forwarder {
    static final String DEDUPE_HEADER = "X-Wxmass-Dedupe-Key";
    static final String ATTEMPT_HEADER = "X-Wxmass-Attempt";
    /** A passive reply is one message to one user; the platform's own push limit is as generous. */
    static final int MAX_REPLY_BYTES = 64 * 1024;
    private static final XmlReader REPLY_READER = XmlReader.forCallbacks();

    private final ForwardSettings settings;
    private final ForwardSignature signature;
    private final Clock clock;
    private final HttpClient http;

    Forwarder(ForwardSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.signature = new ForwardSignature(settings.key());
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.deadline())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The application's passive reply (plain XML), empty when it has none; fails when not delivered. */
    CompletableFuture<Optional<String>> forward(InboxMessage message, int attempt) {
        byte[] body = settings.format().body(message.xml()).getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(clock.millis() / 1000);
        HttpRequest request = HttpRequest.newBuilder(settings.target())
                .timeout(settings.deadline())
                .header("Content-Type", settings.format().contentType())
                .header(ForwardSignature.TIMESTAMP_HEADER, timestamp)
                .header(ForwardSignature.SIGNATURE_HEADER, signature.sign(timestamp, body))
                .header(DEDUPE_HEADER, message.dedupeKey())
                .header(ATTEMPT_HEADER, Integer.toString(attempt))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.sendAsync(request, LimitedBody.handler(MAX_REPLY_BYTES))
                .orTimeout(settings.deadline().toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(Forwarder::reply);
    }

    private static Optional<String> reply(HttpResponse<byte[]> response) {
        if (response.statusCode() / 100 != 2) {
            throw new UncheckedIOException(new IOException("the application answered " + response.statusCode()));
        }
        String text = new String(response.body(), StandardCharsets.UTF_8).strip();
        if (text.isEmpty() || text.equals("success")) {
            return Optional.empty();
        }
        try {
            // Only a well-formed document goes to the platform; an HTML error page sent with 200 is no reply.
            REPLY_READER.read(text);
            return Optional.of(text);
        } catch (XmlException notXml) {
            return Optional.empty();
        }
    }

    URI target() {
        return settings.target();
    }
}
