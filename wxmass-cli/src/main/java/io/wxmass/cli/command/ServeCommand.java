package io.wxmass.cli.command;

import io.wxmass.campaign.CampaignService;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wxmass.campaign.auth.ApiKeys;
import io.wxmass.campaign.metrics.CampaignGauges;
import io.wxmass.campaign.inbox.DeadLetters;
import io.wxmass.campaign.inbox.ForwardKey;
import io.wxmass.campaign.inbox.ForwardSettings;
import io.wxmass.campaign.inbox.Inbox;
import io.wxmass.campaign.schedule.CampaignScheduler;
import io.wxmass.campaign.store.Database;
import io.wxmass.campaign.serve.CallbackHandlers;
import io.wxmass.campaign.serve.ReceiverServer;
import io.wxmass.campaign.serve.ServeReadiness;
import io.wxmass.cli.campaign.CampaignRuntime;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.cli.config.Setting;
import io.wxmass.cli.output.LogFormat;
import io.wxmass.cli.platform.Connector;
import io.wxmass.core.WxMass;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.micrometer.MicrometerEventListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * {@code wxmass serve}: the receiver service. The platform's pushes are verified (and decrypted in
 * safe mode), stored and deduplicated before the reply (campaign events settle their batches, every other
 * message and event goes to the inbox, and with {@code --forward-to} on to the operator's application); the campaign REST API (on its own listener, keys
 * required) shares the store, and the resident {@link CampaignScheduler} sends due batches on its own
 * threads. Runs until interrupted (Ctrl-C / SIGTERM).
 */
@Command(name = "serve", description = {"Run the receiver service: the callback endpoint (plain and safe mode) on one listener,",
        "the campaign REST API (API keys: wxmass keys) on another, loopback unless --api-host says otherwise."})
public final class ServeCommand extends WxCommand {
    private static final Map<String, String> FLAGS = Map.of("apiHost", "--api-host", "publicName", "--public-name",
            "callbackPath", "--callback-path");

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Interface of the callback listener, the one the platform pushes to (default ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port of the callback listener (default ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--api-host", defaultValue = "127.0.0.1",
            description = "Interface of the REST API listener (default ${DEFAULT-VALUE}); another one only once an API key exists.")
    String apiHost;

    @Option(names = "--api-port", defaultValue = "8081", description = "Port of the REST API listener (default ${DEFAULT-VALUE}; 0 = any free port).")
    int apiPort;

    @Option(names = "--public-name", paramLabel = "HOST",
            description = "A name the API is reached by besides loopback and --api-host (the Host a reverse proxy sends); repeatable.")
    List<String> publicNames = new ArrayList<>();

    @Option(names = "--max-connections-per-client", paramLabel = "N", defaultValue = "32",
            description = "Open connections one client address may hold on each listener (default ${DEFAULT-VALUE}; raise it behind a reverse proxy).")
    int maxPerClient;

    @Option(names = "--callback-path", defaultValue = ReceiverServer.DEFAULT_CALLBACK_PATH,
            description = "Path of the callback URL configured on the platform (default ${DEFAULT-VALUE}).")
    String callbackPath;

    @Option(names = "--require-encryption", description = "Refuse plain-mode pushes (safe mode only; needs --aes-key).")
    boolean requireEncryption;

    @Mixin
    EventTimeoutOption eventTimeout;

    @Option(names = "--forward-to", paramLabel = "URL",
            description = "Forward every stored message and event (not campaign events) to your application at this http(s) URL, signed; "
                    + "its passive reply goes back to the platform (docs/callback-forwarding.md; env WXMASS_FORWARD_TO, config forwardTo).")
    URI forwardTo;

    @Option(names = "--forward-format", paramLabel = "xml|json",
            description = "Body of a forward: the plain XML or its JSON form (default xml; env WXMASS_FORWARD_FORMAT, config forwardFormat).")
    String forwardFormat;

    @Option(names = "--forward-key-file", paramLabel = "FILE",
            description = "File whose first line is the key that signs forwards (at least 32 characters; env WXMASS_FORWARD_KEY_FILE, "
                    + "config forwardKeyFile); else the key itself in env " + ForwardKey.ENV + ".")
    Path forwardKeyFile;

    @Option(names = "--forward-deadline", paramLabel = "DURATION",
            description = "How long the application may take to answer a forward, at most PT4S (default PT3S; env WXMASS_FORWARD_DEADLINE, "
                    + "config forwardDeadline); later, the platform is answered success and the message redelivered.")
    Duration forwardDeadline;

    @Option(names = "--poll-every", paramLabel = "DURATION", defaultValue = "PT1M",
            description = "How often overdue batches are polled (default ${DEFAULT-VALUE}).")
    Duration pollEvery;

    @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: one JSON object per log line on stderr, with the campaign and batch of each attempt.")
    String logFormat;

    @Override
    protected int execute(ResolvedConfig config) throws InterruptedException {
        LogFormat.parse(logFormat, "--log-format").apply();
        String token = config.require(Setting.TOKEN);
        Optional<ForwardSettings> forwarding = ServeForwarding.resolve(forwardTo, forwardFormat, forwardKeyFile, forwardDeadline, config);
        checkPort("--port", port);
        checkPort("--api-port", apiPort);
        if (maxPerClient < 1 || maxPerClient > 4096) {
            throw new InvalidRequestException("--max-connections-per-client", "must be 1 to 4096, was " + maxPerClient);
        }
        Database database = CampaignRuntime.database(config);
        ApiKeys keys = new ApiKeys(database, Clock.systemUTC());
        // GET /metrics on the API door: the SDK's calls, the callback door's pushes, the batches by state, the JVM.
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        MicrometerEventListener meters = MicrometerEventListener.create(registry);
        WxMass wx = Connector.connect(config, meters);
        CampaignService service = CampaignRuntime.service(database, wx, eventTimeout.value());
        CampaignGauges.of(service, Tags.empty()).bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        var handler = CallbackHandlers.forReconciler(service.reconciler(), config.require(Setting.APP_ID), token,
                config.optional(Setting.AES_KEY), requireEncryption, meters);
        Inbox.Builder inbox = Inbox.builder(database, config.require(Setting.APP_ID), token).aesKey(config.optional(Setting.AES_KEY));
        forwarding.ifPresent(inbox::forward);
        CountDownLatch stopped = new CountDownLatch(1);
        try (Inbox messages = inbox.build().start();
             CampaignScheduler scheduler = CampaignScheduler.builder(service).pollEvery(pollEvery).build().start();
             ReceiverServer server = start(() -> ReceiverServer.builder().host(host).port(port).apiHost(apiHost).apiPort(apiPort)
                .publicNames(publicNames).maxConnections(Math.max(512, maxPerClient), maxPerClient)
                .callbackPath(callbackPath).callbackHandler(handler).inbox(messages).campaigns(service, keys)
                .readiness(ServeReadiness.of(database, scheduler, wx.tokens())).metrics(registry::scrape).build().start())) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "wxmass-serve-stop"));
            Map<String, Object> ready = new LinkedHashMap<>();
            ready.put("callbackUrl", server.callbackUrl());
            ready.put("apiUrl", server.apiUrl());
            ready.put("consoleUrl", server.consoleUrl()); // the campaign console: log in with an API key
            forwarding.ifPresent(f -> ready.put("forwardTo", ServeForwarding.shown(f.target())));
            // The dead letters in the store (all serve processes'), and this process's give-ups since it started.
            Gauge.builder("wxmass.inbox.dead", messages.deadLetters(), DeadLetters::count).register(registry);
            FunctionCounter.builder("wxmass.inbox.given.up", messages, Inbox::givenUp).register(registry);
            output().result(ready);
            if (!keys.anyActive()) {
                output().note("wxmass: note: no API key yet, so the API refuses every call: wxmass keys create --name NAME --scopes read,...");
            }
            System.out.flush();
            stopped.await();
        }
        return ok();
    }

    /** The server's refusals of a setting, named by the flag that gave it. */
    private static ReceiverServer start(Supplier<ReceiverServer> server) {
        try {
            return server.get();
        } catch (InvalidRequestException e) {
            String flag = FLAGS.get(e.field());
            throw flag == null ? e : new InvalidRequestException(flag, e.rule());
        }
    }

    private static void checkPort(String flag, int port) {
        if (port < 0 || port > 65_535) {
            throw new InvalidRequestException(flag, "must be 0 to 65535, was " + port);
        }
    }
}
