package io.wxmass.campaign.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The campaign console as a browser without JavaScript sees it: cookies kept, CSRF tokens read from pages. */
final class ConsoleClient {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    ConsoleClient(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A urlencoded form exactly as given (no CSRF token added), with extra headers such as Origin. */
    HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> headers) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded");
        headers.forEach(b::header);
        return send(b.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A form with the CSRF token of the page {@code from} added. */
    HttpResponse<String> submit(String from, String path, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", csrf(from));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return post(path, form, Map.of());
    }

    String csrf(String path) {
        Matcher m = CSRF.matcher(get(path).body());
        if (!m.find()) {
            throw new AssertionError("no CSRF field on " + path);
        }
        return m.group(1);
    }

    ConsoleClient login(String key) {
        HttpResponse<String> r = submit("/console/login", "/console/login", "key", key);
        if (r.statusCode() != 303) {
            throw new AssertionError("login answered " + r.statusCode() + ": " + r.body());
        }
        return this;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
