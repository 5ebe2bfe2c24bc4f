package io.wxmass.cli.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.CallbackSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sandbox, a SQLite store and {@code wxmass serve} from the real jar as its own process (the receiver the
 * sandbox pushes to, in safe mode); CLI runs share the store, as an operator's would.
 */
final class ServeFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "itCallbackToken";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    final Sandbox sandbox;
    final Path db;
    final JarRunner.Background serve;
    final String callbackUrl;
    final String apiUrl;
    /** An admin key for the REST API, made with {@code wxmass keys create} before serve starts. */
    final String apiKey;

    private ServeFixture(Sandbox sandbox, Path db, String... serveArgs) throws Exception {
        this.sandbox = sandbox;
        this.db = db;
        this.apiKey = json("keys", "create", "--name", "it-admin", "--scopes", "admin", "--json").get("key").asText();
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0", "--api-port", "0", "--poll-every", "PT1S"));
        args.addAll(List.of(serveArgs));
        this.serve = runner().start(args.toArray(String[]::new));
        this.callbackUrl = serve.awaitLine("callbackUrl: ").substring("callbackUrl: ".length());
        this.apiUrl = serve.awaitLine("apiUrl: ").substring("apiUrl: ".length());
        sandbox.account().callback(new CallbackSettings(callbackUrl, TOKEN, AES_KEY, "safe"));
    }

    static ServeFixture start(int followers) throws Exception {
        return new ServeFixture(SandboxFixture.start(followers), Files.createTempFile("wxmass-serve-it", ".db"));
    }

    /** serve with further flags, e.g. {@code --forward-to URL --forward-key-file FILE}. */
    static ServeFixture startServing(int followers, String... serveArgs) throws Exception {
        return new ServeFixture(SandboxFixture.start(followers), Files.createTempFile("wxmass-serve-it", ".db"), serveArgs);
    }

    JarRunner runner() {
        return SandboxFixture.runnerFor(sandbox).env("WXMASS_DB_URL", "jdbc:sqlite:" + db)
                .env("WXMASS_TOKEN", TOKEN).env("WXMASS_AES_KEY", AES_KEY);
    }

    /** Runs the jar, expects exit 0, reads its --json document. */
    JsonNode json(String... args) throws IOException {
        JarRunner.Run run = runner().run(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return JSON.readTree(run.stdout());
    }

    @Override
    public void close() throws Exception {
        serve.close();
        sandbox.close();
        Files.deleteIfExists(db);
    }
}
