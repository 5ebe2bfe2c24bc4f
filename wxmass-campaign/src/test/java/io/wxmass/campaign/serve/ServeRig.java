package io.wxmass.campaign.serve;

import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.auth.ApiKeys;
import io.wxmass.campaign.auth.Scope;
import io.wxmass.campaign.store.Database;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.callback.Signatures;
import io.wxmass.core.http.Endpoints;
import io.wxmass.sandbox.embed.Sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code serve} as it runs: a real sandbox, a SQLite store, the key store and both doors of a
 * {@link ReceiverServer}, with helpers to call the API as a client would. A JUnit extension: register it
 * on a static field and it starts before the class's tests and stops after them.
 */
final class ServeRig implements BeforeAllCallback, AfterAllCallback {
    static final String TOKEN = "serveRigToken";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Consumer<ReceiverServer.Builder> settings;
    private Path folder;
    Sandbox sandbox;
    Path dbFile;
    Database database;
    CampaignService service;
    ApiKeys keys;
    ReceiverServer server;

    ServeRig(Consumer<ReceiverServer.Builder> settings) {
        this.settings = settings;
    }

    ServeRig() {
        this(b -> {
        });
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("wxmass-serve-test");
        sandbox = Sandbox.builder().followers(40).instant(true).start();
        WxMass wx = WxMass.create(WxMassConfig.builder().appId(sandbox.appId()).appSecret(sandbox.appSecret())
                .baseUrl(sandbox.baseUrl()).build());
        dbFile = folder.resolve("serve-" + System.nanoTime() + ".db");
        database = Database.sqlite(dbFile).migrate();
        service = CampaignService.builder(database, wx).build();
        keys = new ApiKeys(database, Clock.systemUTC());
        ReceiverServer.Builder builder = ReceiverServer.builder().port(0).apiPort(0)
                .callbackHandler(CallbackHandlers.forReconciler(service.reconciler(), sandbox.appId(), TOKEN, Optional.of(AES_KEY), false))
                .campaigns(service, keys);
        settings.accept(builder);
        server = builder.build().start();
    }

    /** A new key with these scopes; its secret. */
    String key(Scope... scopes) {
        return key("k" + System.nanoTime(), scopes);
    }

    /** A new key of this name (the audit log's actor is {@code key:<name>}); its secret. */
    String key(String name, Scope... scopes) {
        return keys.create(name, EnumSet.copyOf(Arrays.asList(scopes))).secret();
    }

    String follower(int i) {
        return sandbox.account().followers().openId(i);
    }

    /** An API request with a key (or none), JSON content type when there is a body, and any extra headers. */
    HttpResponse<String> api(String method, String path, String body, String key, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.apiUrl().replace(CampaignEndpoint.BASE, "") + path));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> api(String method, String path, String body, String key) throws Exception {
        return api(method, path, body, key, Map.of());
    }

    /** Mass requests the sandbox received (sendall, send, preview): zero means nothing was sent. */
    long massRequests() {
        return sandbox.admin().requests(Endpoints.MASS_SENDALL.path()) + sandbox.admin().requests(Endpoints.MASS_SEND.path())
                + sandbox.admin().requests(Endpoints.MASS_PREVIEW.path());
    }

    /** A plain-mode push signed with the rig's token, posted to the callback door. */
    HttpResponse<String> signedPush(String xml, String nonce) throws Exception {
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.callbackUrl() + "?signature=" + Signatures.sign(TOKEN, timestamp, nonce)
                + "&timestamp=" + timestamp + "&nonce=" + nonce)).POST(HttpRequest.BodyPublishers.ofString(xml)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The signed GET handshake on the callback door. */
    HttpResponse<String> handshake(String nonce, String echostr) throws Exception {
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.callbackUrl() + "?signature=" + Signatures.sign(TOKEN, timestamp, nonce)
                + "&timestamp=" + timestamp + "&nonce=" + nonce + "&echostr=" + echostr)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The database file and its write-ahead log, as text: what a copy of the database would give away. */
    String databaseBytes() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path file : new Path[] {dbFile, dbFile.resolveSibling(dbFile.getFileName() + "-wal")}) {
            if (Files.exists(file)) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = ServeRig.class.getResourceAsStream("/serve/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.close();
        sandbox.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
