package io.wxmass.cli.command;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.sandbox.SandboxMain;
import io.wxmass.sandbox.platform.Followers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code wxmass sandbox}: the platform emulator in this process, with exactly the flags of the
 * sandbox's own jar. picocli checks the flags (and serves --help); {@link SandboxMain} runs it.
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

    @Option(names = "--admin-token", description = "Require 'Authorization: Bearer <token>' on /admin/ (or set WXMASS_SANDBOX_ADMIN_TOKEN); without it the admin API is open.")
    String adminToken;

    @Override
    public Integer call() throws Exception {
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
        if (followers < 0 || followers > Followers.MAX_SIZE) {
            throw new InvalidRequestException("--followers", "must be 0 to " + Followers.MAX_SIZE + ", was " + followers);
        }
        SandboxMain.main(arguments());
        return 0;
    }

    private String[] arguments() {
        List<String> args = new ArrayList<>(List.of("--port", String.valueOf(port), "--host", host,
                "--followers", String.valueOf(followers), "--encrypt-mode", encryptMode));
        add(args, "--public-url", publicUrl);
        add(args, "--app-id", appId);
        add(args, "--app-secret", appSecret);
        add(args, "--callback-url", callbackUrl);
        add(args, "--token", token);
        add(args, "--aes-key", aesKey);
        add(args, "--config", config == null ? null : config.toString());
        add(args, "--admin-token", adminToken);
        if (instant) {
            args.add("--instant");
        }
        return args.toArray(String[]::new);
    }

    private static void add(List<String> args, String flag, String value) {
        if (value != null) {
            args.add(flag);
            args.add(value);
        }
    }
}
