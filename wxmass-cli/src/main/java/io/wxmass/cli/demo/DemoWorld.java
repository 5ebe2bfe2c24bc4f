package io.wxmass.cli.demo;

import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.serve.CallbackHandlers;
import io.wxmass.campaign.serve.ReceiverServer;
import io.wxmass.campaign.store.Database;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.CallbackSettings;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything the demo runs on, in this process: the sandbox (the platform), the SDK client, the
 * campaign service on a SQLite file, and the receiver service the sandbox pushes its events to
 * in safe mode (AES). Credentials are random per run and never printed.
 */
final class DemoWorld implements AutoCloseable {
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    final Sandbox sandbox;
    final WxMass wx;
    final CampaignService campaigns;
    final ReceiverServer receiver;

    private DemoWorld(Sandbox sandbox, WxMass wx, CampaignService campaigns, ReceiverServer receiver) {
        this.sandbox = sandbox;
        this.wx = wx;
        this.campaigns = campaigns;
        this.receiver = receiver;
    }

    static DemoWorld start(int followers, Path dbFile, Duration eventTimeout) {
        String appId = "wxdemo" + random(10).toLowerCase();
        String token = random(24);
        String aesKey = random(43);
        Sandbox sandbox = Sandbox.builder().followers(followers).instant(true).appId(appId).appSecret(random(32)).start();
        ReceiverServer receiver = null;
        try {
            WxMass wx = WxMass.create(WxMassConfig.builder().appId(sandbox.appId()).appSecret(sandbox.appSecret())
                    .baseUrl(sandbox.baseUrl()).build());
            Database database = Database.sqlite(dbFile).migrate();
            CampaignService campaigns = CampaignService.builder(database, wx).eventTimeout(eventTimeout).build();
            receiver = ReceiverServer.builder().port(0)
                    .callbackHandler(CallbackHandlers.forReconciler(campaigns.reconciler(), appId, token, Optional.of(aesKey), true))
                    .build().start();
            // The platform's console setting: where pushes go, signed with the token and sealed with the AES key.
            sandbox.account().callback(new CallbackSettings(receiver.callbackUrl(), token, aesKey, "safe"));
            return new DemoWorld(sandbox, wx, campaigns, receiver);
        } catch (RuntimeException e) {
            if (receiver != null) {
                receiver.close();
            }
            sandbox.close();
            throw e;
        }
    }

    String appId() {
        return sandbox.appId();
    }

    @Override
    public void close() {
        receiver.close();
        sandbox.close();
    }

    private static String random(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return sb.toString();
    }
}
