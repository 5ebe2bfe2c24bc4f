package io.wxmass.sandbox;

import io.wxmass.sandbox.config.ConfigReader;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.embed.SandboxBuilder;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar wxmass-sandbox.jar [flags]}: starts the sandbox and prints its base URL (and the
 * default account's credentials when they were generated). Flags are parsed by hand to keep the jar small.
 */
public final class SandboxMain {
    /** Read when --admin-token is not given. */
    public static final String ADMIN_TOKEN_ENV = "WXMASS_SANDBOX_ADMIN_TOKEN";
    static final String USAGE = """
            usage: java -jar wxmass-sandbox.jar [options]
              --port N              port to listen on (0 = any free port, printed)   [0]
              --host HOST           interface to bind                                 [127.0.0.1]
              --public-url URL      base URL clients use, if not the bound address (0.0.0.0, a proxy)
              --app-id ID           the default account's appId                      [generated]
              --app-secret SECRET   the default account's secret                     [generated, printed]
              --followers N         followers of the default account                  [1000]
              --callback-url URL    where MASSSENDJOBFINISH is pushed
              --token TOKEN         the callback token (signature)
              --aes-key KEY         the 43-character EncodingAESKey
              --encrypt-mode MODE   plain | compatible | safe                          [plain]
              --instant             deliver without the speed delay
              --config FILE         JSON: accounts, tags, followers, speed, moderation and reprint rules
              --admin-token TOKEN   require "Authorization: Bearer TOKEN" on /admin/ (or set
                                    WXMASS_SANDBOX_ADMIN_TOKEN); without it the admin API is open
              --help                this text
            """;

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Sandbox sandbox;
        try {
            SandboxBuilder builder = parse(args, System.out);
            if (builder == null) {
                return;
            }
            boolean generated = builder.generatesSecret();
            sandbox = builder.start();
            banner(sandbox, generated, System.out);
            adminNotice(builder, System.out);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("wxmass-sandbox: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        awaitShutdown(sandbox);
    }

    /** Blocks until the process is asked to stop (Ctrl-C, SIGTERM), then closes {@code sandbox}. */
    public static void awaitShutdown(Sandbox sandbox) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        stopped.await();
    }

    /** The builder the flags describe, or null after --help. */
    static SandboxBuilder parse(String[] args, PrintStream out) throws IOException {
        return parse(args, out, System.getenv());
    }

    /** @param env where {@value #ADMIN_TOKEN_ENV} is read when --admin-token is not given */
    static SandboxBuilder parse(String[] args, PrintStream out, Map<String, String> env) throws IOException {
        SandboxBuilder b = Sandbox.builder();
        boolean adminToken = false;
        String url = null;
        String token = null;
        String aesKey = null;
        String mode = "plain";
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--help", "-h" -> {
                    out.print(USAGE);
                    return null;
                }
                case "--instant" -> b.instant(true);
                case "--port" -> b.port(number(flag, value(args, ++i, flag)));
                case "--host" -> b.host(value(args, ++i, flag));
                case "--public-url" -> b.publicUrl(value(args, ++i, flag));
                case "--app-id" -> b.appId(value(args, ++i, flag));
                case "--app-secret" -> b.appSecret(value(args, ++i, flag));
                case "--followers" -> b.followers(number(flag, value(args, ++i, flag)));
                case "--callback-url" -> url = value(args, ++i, flag);
                case "--token" -> token = value(args, ++i, flag);
                case "--aes-key" -> aesKey = value(args, ++i, flag);
                case "--encrypt-mode" -> mode = value(args, ++i, flag);
                case "--config" -> b.config(ConfigReader.read(Path.of(value(args, ++i, flag))));
                case "--admin-token" -> {
                    b.adminToken(value(args, ++i, flag));
                    adminToken = true;
                }
                // The name only: after a misspelt --app-secret=..., the rest is a secret.
                default -> throw new IllegalArgumentException("unknown option " + flag.replaceFirst("=.*", "")
                        + (flag.contains("=") ? " (its value not shown)" : ""));
            }
        }
        String envToken = env.get(ADMIN_TOKEN_ENV);
        if (!adminToken && envToken != null && !envToken.isBlank()) {
            b.adminToken(envToken);
        }
        if (url != null) {
            if (token == null) {
                throw new IllegalArgumentException("--token: required with --callback-url");
            }
            b.callback(url, token, aesKey, mode);
        } else if (token != null || aesKey != null) {
            throw new IllegalArgumentException("--callback-url: required with --token / --aes-key");
        }
        return b;
    }

    /** The lines a started sandbox prints: its base URL, the default account, the admin API and the console. */
    public static void banner(Sandbox sandbox, boolean generatedSecret, PrintStream out) {
        out.println("wxmass-sandbox listening on " + sandbox.baseUrl());
        out.println("  appId:     " + sandbox.appId());
        if (generatedSecret) {
            // Printed only when generated: the user has no other way to learn it.
            out.println("  appSecret: " + sandbox.appSecret());
        }
        out.println("  admin API: " + sandbox.baseUrl() + "/admin/accounts");
        out.println("  console:   " + sandbox.baseUrl() + "/");
        out.flush();
    }

    /** Says whether the admin API wants a token, and warns when it is open on a non-loopback interface. */
    public static void adminNotice(SandboxBuilder builder, PrintStream out) {
        if (builder.adminTokenSet()) {
            out.println("  admin API requires: Authorization: Bearer <admin token>; the console asks for it once");
        } else if (!isLoopback(builder.host())) {
            out.println("  warning: the admin API (accounts, secrets of created accounts, clock, faults) is open to anyone"
                    + " who can reach " + builder.host() + "; set --admin-token");
        }
        out.flush();
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(flag + ": a value is required");
        }
        return args[i];
    }

    private static int number(String flag, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + ": must be a number, was " + v);
        }
    }
}
