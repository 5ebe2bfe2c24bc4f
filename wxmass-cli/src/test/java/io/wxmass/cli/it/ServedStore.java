package io.wxmass.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.CallbackSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign store on a fresh SQLite file with {@code wxmass serve} running on it as its own process,
 * and the sandbox pushing to that receiver in safe mode: what campaign tests through the jar share.
 */
final class ServedStore implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "itCallbackToken";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private final Sandbox sandbox;
    private final Path db;
    private final JarRunner.Background serve;
    final String callbackUrl;
    final String apiUrl;

    private ServedStore(Sandbox sandbox) throws IOException, InterruptedException {
        this.sandbox = sandbox;
        this.db = Files.createTempFile("wxmass-campaign-it", ".db");
        this.serve = runner().start("serve", "--port", "0", "--poll-every", "PT1S");
        this.callbackUrl = serve.awaitLine("callbackUrl: ").substring("callbackUrl: ".length());
        this.apiUrl = serve.awaitLine("apiUrl: ").substring("apiUrl: ".length());
        sandbox.account().callback(new CallbackSettings(callbackUrl, TOKEN, AES_KEY, "safe"));
    }

    static ServedStore start(Sandbox sandbox) throws IOException, InterruptedException {
        return new ServedStore(sandbox);
    }

    /** A runner of the jar on this store and the sandbox's account. */
    JarRunner runner() {
        return SandboxFixture.runnerFor(sandbox).env("WXMASS_DB_URL", "jdbc:sqlite:" + db)
                .env("WXMASS_TOKEN", TOKEN).env("WXMASS_AES_KEY", AES_KEY);
    }

    /** Runs a {@code --json} command that must exit 0; its document. */
    JsonNode json(String... args) throws IOException {
        JarRunner.Run run = runner().run(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return JSON.readTree(run.stdout());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        serve.close();
        Files.deleteIfExists(db);
    }
}
