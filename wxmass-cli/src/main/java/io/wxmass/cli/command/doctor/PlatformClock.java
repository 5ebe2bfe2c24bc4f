package io.wxmass.cli.command.doctor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * This machine's clock against the platform's, read from the {@code Date} header of an answer to a
 * request that carries no credential ({@code /cgi-bin/token} without parameters). Pushes carry the
 * platform's time; the receiver refuses those outside its replay window, so a skewed clock loses events.
 */
final class PlatformClock {
    /** Well inside the receiver's 300 s replay window, and above the header's 1 s resolution. */
    static final Duration TOLERANCE = Duration.ofSeconds(30);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private PlatformClock() {
    }

    static Check check(String baseUrl, Clock clock) {
        String name = "clock";
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
            Instant sent = clock.instant();
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/cgi-bin/token"))
                    .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
            Instant received = clock.instant();
            Optional<Instant> platform = response.headers().firstValue("Date").flatMap(PlatformClock::parse);
            if (platform.isEmpty()) {
                return Check.fail(name, "the platform's answer carried no Date header", "check --base-url points at the platform");
            }
            Instant middle = sent.plus(Duration.between(sent, received).dividedBy(2));
            long offset = Duration.between(platform.get(), middle).getSeconds();
            String detail = (offset == 0 ? "in step with" : Math.abs(offset) + " s " + (offset > 0 ? "ahead of" : "behind"))
                    + " the platform's clock (Date header)";
            return Math.abs(offset) <= TOLERANCE.getSeconds() ? Check.pass(name, detail)
                    : Check.fail(name, detail, "synchronise this machine's clock (NTP): the receiver refuses pushes dated "
                            + "outside its 300 s window");
        } catch (IOException | IllegalArgumentException e) {
            return Check.fail(name, "no answer from the platform to read its clock", "check --base-url and the network");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Check.fail(name, "interrupted", "run doctor again");
        }
    }

    private static Optional<Instant> parse(String date) {
        try {
            return Optional.of(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
