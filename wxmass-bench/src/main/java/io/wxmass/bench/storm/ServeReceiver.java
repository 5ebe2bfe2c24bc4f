package io.wxmass.bench.storm;

import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.inbox.Inbox;
import io.wxmass.campaign.serve.CallbackHandlers;
import io.wxmass.campaign.serve.ReceiverServer;
import io.wxmass.campaign.store.Database;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;

import java.sql.Statement;
import java.util.Optional;

/**
 * {@code wxmass serve}'s callback door as the CLI builds it: core's handler in safe mode, MASSSENDJOBFINISH
 * to the reconciler, every other push to the inbox's group commit. The connection caps are raised (the
 * generator is one client address, like a reverse proxy).
 */
final class ServeReceiver implements AutoCloseable {
    private final Database database;
    private final Inbox inbox;
    private final ReceiverServer server;

    ServeReceiver(Database database) {
        this.database = database;
        // The reconciler's client is never called during a storm (no poll runs); it needs a URL all the same.
        WxMass wx = WxMass.create(WxMassConfig.builder().appId(StormPushes.APP_ID).appSecret("unused-secret")
                .baseUrl("http://127.0.0.1:9").build());
        CampaignService service = CampaignService.builder(database, wx).build();
        inbox = Inbox.builder(database, StormPushes.APP_ID, StormPushes.TOKEN).aesKey(Optional.of(StormPushes.AES_KEY)).build().start();
        server = ReceiverServer.builder().port(0).maxConnections(1024, 1024)
                .callbackHandler(CallbackHandlers.forReconciler(service.reconciler(), StormPushes.APP_ID, StormPushes.TOKEN,
                        Optional.of(StormPushes.AES_KEY), true))
                .inbox(inbox).build().start();
    }

    int port() {
        return server.port();
    }

    String path() {
        return ReceiverServer.DEFAULT_CALLBACK_PATH;
    }

    /** Messages in the inbox plus MASSSENDJOBFINISH events in the campaign store. */
    long stored() {
        return database.read(c -> {
            try (Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM inbox_message) + (SELECT COUNT(*) FROM mass_event)")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void close() {
        server.close();
        inbox.close();
    }
}
