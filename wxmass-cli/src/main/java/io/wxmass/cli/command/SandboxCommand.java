package io.wxmass.cli.command;

import io.wxmass.cli.output.Output;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.sandbox.SandboxMain;
import io.wxmass.sandbox.config.ConfigReader;
import io.wxmass.sandbox.config.SandboxConfig;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.embed.SandboxBuilder;
import io.wxmass.sandbox.platform.Followers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code wxmass sandbox}: the platform emulator in this process, with the flags of the sandbox's own
 * jar. picocli parses them (and serves --help); the sandbox is built from the parsed fields, and any
 * refusal propagates like every other command's, so {@code --json} and the exit codes hold here too.
 */
@Command(name = "sandbox", description = "Run the WeChat platform sandbox in this process (same flags as the wxmass-sandbox jar)."
        + " Prints its base URL and credentials; stops on Ctrl-C.")
public final class SandboxCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "0", description = "Port (0 = any free port, printed; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to bind (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "Base URL clients use when it is not the bound address (bound to 0.0.0.0, or behind a proxy).")
    String publicUrl;

    @Option(names = "--app-id", description = "The default account's appId (default: generated).")
    String appId;

    @Option(names = "--app-secret", description = "The default account's secret (default: generated and printed).")
    String appSecret;

    @Option(names = "--followers", defaultValue = "1000", description = "Followers of the default account (default ${DEFAULT-VALUE}).")
    int followers;

    @Option(names = "--callback-url", description = "Where MASSSENDJOBFINISH is pushed (e.g. wxmass serve's callback URL).")
    String callbackUrl;

    @Option(names = "--token", description = "The callback token (required with --callback-url).")
    String token;

    @Option(names = "--aes-key", description = "The 43-character EncodingAESKey (compatible and safe modes).")
    String aesKey;

    @Option(names = "--encrypt-mode", defaultValue = "plain", description = "plain | compatible | safe (default ${DEFAULT-VALUE}).")
    String encryptMode;

    @Option(names = "--instant", description = "Deliver without the speed delay.")
    boolean instant;

    @Option(names = "--config", description = "JSON: accounts, tags, followers, speed, moderation and reprint rules.")
    Path config;

    @Option(names = "--admin-token", description = "Require 'Authorization: Bearer <token>' on /admin/ (or set "
            + SandboxMain.ADMIN_TOKEN_ENV + "); without it the admin API is open.")
    String adminToken;

    @Option(names = "--json", description = "Print one JSON document on stdout (errors too), for scripts.")
    boolean json;

    /** Where this command's result and failures go: one JSON document with --json, lines otherwise. */
    public Output output() {
        return Output.system(json);
    }

    @Override
    public Integer call() throws Exception {
        SandboxBuilder builder = builder(System.getenv());
        boolean generated = builder.generatesSecret();
        Sandbox sandbox = builder.start();
        if (json) {
            output().result(ready(sandbox, generated));
            SandboxMain.adminNotice(builder, System.err);
        } else {
            SandboxMain.banner(sandbox, generated, System.out);
            SandboxMain.adminNotice(builder, System.out);
        }
        SandboxMain.awaitShutdown(sandbox);
        return 0;
    }

    /** The sandbox the flags describe; refuses bad flags before anything starts. */
    SandboxBuilder builder(Map<String, String> environment) {
        if (port < 0 || port > 65_535) {
            throw new InvalidRequestException("--port", "must be 0 to 65535, was " + port);
        }
        if (followers < 0 || followers > Followers.MAX_SIZE) {
            throw new InvalidRequestException("--followers", "must be 0 to " + Followers.MAX_SIZE + ", was " + followers);
        }
        if (callbackUrl != null && token == null) {
            throw new InvalidRequestException("--token", "required with --callback-url");
        }
        if (callbackUrl == null && (token != null || aesKey != null)) {
            throw new InvalidRequestException("--callback-url", "required with --token / --aes-key");
        }
        if (!List.of("plain", "compatible", "safe").contains(encryptMode)) {
            throw new InvalidRequestException("--encrypt-mode", "must be plain, compatible or safe, was " + encryptMode);
        }
        if (!encryptMode.equals("plain") && (aesKey == null || aesKey.length() != 43)) {
            throw new InvalidRequestException("--aes-key", "43 characters are required in " + encryptMode + " mode");
        }
        SandboxBuilder b = Sandbox.builder().host(host).port(port).followers(followers).instant(instant);
        if (publicUrl != null) {
            try {
                b.publicUrl(publicUrl);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("--public-url", e.getMessage().replaceFirst("^--public-url: ", ""));
            }
        }
        if (appId != null) {
            b.appId(appId);
        }
        if (appSecret != null) {
            b.appSecret(appSecret);
        }
        if (config != null) {
            b.config(readConfig(config));
        }
        String admin = adminToken != null ? adminToken : environment.get(SandboxMain.ADMIN_TOKEN_ENV);
        if (admin != null && !admin.isBlank()) {
            b.adminToken(admin);
        }
        if (callbackUrl != null) {
            b.callback(callbackUrl, token, aesKey, encryptMode);
        }
        return b;
    }

    private static SandboxConfig readConfig(Path file) {
        try {
            return ConfigReader.read(file);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidRequestException("--config", "cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Map<String, Object> ready(Sandbox sandbox, boolean generatedSecret) {
        Map<String, Object> ready = new LinkedHashMap<>();
        ready.put("baseUrl", sandbox.baseUrl());
        ready.put("appId", sandbox.appId());
        if (generatedSecret) {
            ready.put("appSecret", sandbox.appSecret()); // generated: the user has no other way to learn it
        }
        ready.put("adminUrl", sandbox.baseUrl() + "/admin/accounts");
        return ready;
    }
}
