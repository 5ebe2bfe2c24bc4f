package io.wxmass.sandbox.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.sandbox.embed.Sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A raw HTTP client for tests: posts JSON text and reads JSON back, exactly as on the wire. */
public final class PlatformClient {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private String accessToken;

    public PlatformClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static PlatformClient of(Sandbox sandbox) {
        return new PlatformClient(sandbox.baseUrl());
    }

    /** Fetches a /cgi-bin/token for the account and uses it from now on. */
    public PlatformClient login(String appId, String secret) {
        JsonNode t = get("/cgi-bin/token?grant_type=client_credential&appid=" + appId + "&secret=" + secret);
        if (!t.has("access_token")) {
            throw new IllegalStateException("no token: " + t);
        }
        accessToken = t.get("access_token").asText();
        return this;
    }

    public PlatformClient login(Sandbox sandbox) {
        return login(sandbox.appId(), sandbox.appSecret());
    }

    public String accessToken() {
        return accessToken;
    }

    public PlatformClient useToken(String token) {
        this.accessToken = token;
        return this;
    }

    /** POST {@code json} to a platform path with the current token. */
    public JsonNode call(String path, String json) {
        return post(withToken(path), json);
    }

    /** GET a platform path with the current token. */
    public JsonNode callGet(String path) {
        return get(withToken(path));
    }

    public JsonNode get(String pathAndQuery) {
        return JsonBody.parse(raw(HttpRequest.newBuilder(uri(pathAndQuery)).GET()).body());
    }

    public JsonNode post(String pathAndQuery, String json) {
        return JsonBody.parse(raw(HttpRequest.newBuilder(uri(pathAndQuery))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))).body());
    }

    public HttpResponse<byte[]> raw(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String pathAndQuery) {
        return URI.create(baseUrl + pathAndQuery);
    }

    private String withToken(String path) {
        return path + (path.contains("?") ? "&" : "?") + "access_token=" + accessToken;
    }

    /** JSON parsing that names the body when it is not JSON. */
    static final class JsonBody {
        private JsonBody() {
        }

        static JsonNode parse(byte[] body) {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
            }
        }
    }
}
