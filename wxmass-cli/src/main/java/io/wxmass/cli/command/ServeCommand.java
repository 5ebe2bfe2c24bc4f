package io.wxmass.cli.command;

import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.schedule.CampaignScheduler;
import io.wxmass.campaign.serve.CallbackHandlers;
import io.wxmass.campaign.serve.ReceiverServer;
import io.wxmass.cli.campaign.CampaignRuntime;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.cli.config.Setting;
import io.wxmass.core.error.InvalidRequestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code wxmass serve}: the receiver service. The platform's pushes are verified (and decrypted in
 * safe mode), stored and deduplicated before the reply; the campaign REST API shares the store, and
 * the resident {@link CampaignScheduler} sends due batches on its own threads. Runs until interrupted
 * (Ctrl-C / SIGTERM).
 */
@Command(name = "serve", description = "Run the receiver service: the callback endpoint (plain and safe mode) and the campaign REST API.")
public final class ServeCommand extends WxCommand {
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--callback-path", defaultValue = ReceiverServer.DEFAULT_CALLBACK_PATH,
            description = "Path of the callback URL configured on the platform (default ${DEFAULT-VALUE}).")
    String callbackPath;

    @Option(names = "--require-encryption", description = "Refuse plain-mode pushes (safe mode only; needs --aes-key).")
    boolean requireEncryption;

    @Mixin
    EventTimeoutOption eventTimeout;

    @Option(names = "--poll-every", paramLabel = "DURATION", defaultValue = "PT1M",
            description = "How often overdue batches are polled (default ${DEFAULT-VALUE}).")
    Duration pollEvery;

    @Override
    protected int execute(ResolvedConfig config) throws InterruptedException {
        String token = config.require(Setting.TOKEN);
        if (port < 0 || port > 65_535) {
            throw new InvalidRequestException("--port", "must be 0 to 65535, was " + port);
        }
        CampaignService service = CampaignRuntime.service(config, eventTimeout.value());
        var handler = CallbackHandlers.forReconciler(service.reconciler(), config.require(Setting.APP_ID), token,
                config.optional(Setting.AES_KEY), requireEncryption);
        CountDownLatch stopped = new CountDownLatch(1);
        try (CampaignScheduler scheduler = CampaignScheduler.builder(service).pollEvery(pollEvery).build().start();
             ReceiverServer server = ReceiverServer.builder().host(host).port(port).callbackPath(callbackPath)
                .callbackHandler(handler).campaigns(service).build().start()) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "wxmass-serve-stop"));
            Map<String, Object> ready = new LinkedHashMap<>();
            ready.put("callbackUrl", server.callbackUrl());
            ready.put("apiUrl", server.apiUrl());
            output().result(ready);
            System.out.flush();
            stopped.await();
        }
        return ok();
    }
}
