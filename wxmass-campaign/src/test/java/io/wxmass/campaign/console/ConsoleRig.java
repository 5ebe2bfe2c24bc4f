package io.wxmass.campaign.console;

import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.auth.ApiKeys;
import io.wxmass.campaign.auth.Scope;
import io.wxmass.campaign.schedule.CampaignScheduler;
import io.wxmass.campaign.serve.CallbackHandlers;
import io.wxmass.campaign.serve.ReceiverServer;
import io.wxmass.campaign.store.Database;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.media.MediaFile;
import io.wxmass.core.media.MediaType;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.CallbackSettings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code serve} as it runs for the console: a real sandbox pushing safe-mode events to the callback door, a
 * SQLite store, the key store, the resident scheduler sending in the background, and both doors.
 */
final class ConsoleRig implements AutoCloseable {
    static final String TOKEN = "consoleRigToken";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    final Path folder;
    final Sandbox sandbox;
    final WxMass wx;
    final Database database;
    final CampaignService service;
    final ApiKeys keys;
    final CampaignScheduler scheduler;
    final ReceiverServer server;

    private ConsoleRig(int followers, Duration tick) throws IOException {
        folder = Files.createTempDirectory("wxmass-console-test");
        sandbox = Sandbox.builder().followers(followers).instant(true).start();
        wx = WxMass.create(WxMassConfig.builder().appId(sandbox.appId()).appSecret(sandbox.appSecret())
                .baseUrl(sandbox.baseUrl()).build());
        database = Database.sqlite(folder.resolve("console.db")).migrate();
        service = CampaignService.builder(database, wx).batchSize(10).build();
        keys = new ApiKeys(database, Clock.systemUTC());
        scheduler = CampaignScheduler.builder(service).tick(tick).build().start();
        server = ReceiverServer.builder().port(0).apiPort(0).callbackHandler(CallbackHandlers.forReconciler(
                service.reconciler(), sandbox.appId(), TOKEN, Optional.of(AES_KEY), true)).campaigns(service, keys).build().start();
        sandbox.account().callback(new CallbackSettings(server.callbackUrl(), TOKEN, AES_KEY, "safe"));
    }

    static ConsoleRig start(int followers) throws IOException {
        return new ConsoleRig(followers, Duration.ofMillis(100));
    }

    /**
     * With a scheduler that looks for due batches only when woken ({@code tick} long): an approved campaign then
     * waits until Send wakes the sender, so a test sees that Send is what sends it.
     */
    static ConsoleRig startIdle(int followers) throws IOException {
        return new ConsoleRig(followers, Duration.ofHours(1));
    }

    /** A new key of this name and scopes; its secret. */
    String key(String name, Scope... scopes) {
        return keys.create(name, EnumSet.copyOf(Arrays.asList(scopes))).secret();
    }

    /** A cover uploaded to the sandbox (a thumb media_id), for article campaigns, whose first draft is made at create. */
    String thumb() throws IOException {
        try (InputStream in = ConsoleRig.class.getResourceAsStream("/media/tiny.jpg")) {
            return wx.media().upload(MediaType.THUMB, MediaFile.of("cover.jpg", in.readAllBytes())).mediaId();
        }
    }

    String follower(int i) {
        return sandbox.account().followers().openId(i);
    }

    /** The console's base URL, without the trailing slash. */
    String url() {
        return server.consoleUrl().substring(0, server.consoleUrl().length() - 1);
    }

    /** Mass requests the sandbox received (sendall, send, preview): zero means nothing was sent. */
    long massRequests() {
        return sandbox.admin().requests(Endpoints.MASS_SENDALL.path()) + sandbox.admin().requests(Endpoints.MASS_SEND.path())
                + sandbox.admin().requests(Endpoints.MASS_PREVIEW.path());
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
            scheduler.close();
        } finally {
            sandbox.close();
            database.close();
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
