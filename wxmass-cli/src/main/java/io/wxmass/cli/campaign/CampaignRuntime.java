package io.wxmass.cli.campaign;

import io.wxmass.campaign.Actor;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.store.CampaignStore;
import io.wxmass.campaign.store.Database;
import io.wxmass.campaign.store.LegacyRows;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.cli.config.Setting;
import io.wxmass.cli.platform.Connector;
import io.wxmass.core.WxMass;
import io.wxmass.core.error.InvalidRequestException;

import java.time.Duration;
import java.time.Instant;

/** Opens the campaign store (migrated) and, for commands that talk to the platform, the campaign service. */
public final class CampaignRuntime {
    private CampaignRuntime() {
    }

    /** Who runs the command, for the audit log: the operating-system user. */
    public static Actor actor() {
        String user = System.getProperty("user.name", "");
        return Actor.cli(user.isBlank() ? "unknown" : user);
    }

    /** The store alone: enough for list and show, which need no credentials. */
    public static Database database(ResolvedConfig config) {
        String url = config.require(Setting.DB_URL);
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new InvalidRequestException(Setting.DB_URL.flag(), "must be a jdbc:sqlite: or jdbc:postgresql: URL");
        }
        return Database.open(url).migrate();
    }

    /** The configured account's campaigns (its app id, no secret needed); adopts rows from before accounts. */
    /** Stores a new campaign created by {@link #actor()} (no credentials needed). */
    public static Campaign create(ResolvedConfig config, CampaignSpec spec) {
        return store(config).create(spec, actor(), Instant.now());
    }

    public static CampaignStore store(ResolvedConfig config) {
        String appId = config.require(Setting.APP_ID);
        Database database = database(config);
        LegacyRows.adopt(database, appId);
        return new CampaignStore(database, appId);
    }

    /**
     * @param eventTimeout how long a submitted batch waits for its MASSSENDJOBFINISH before mass/get is asked
     */
    public static CampaignService service(ResolvedConfig config, Duration eventTimeout) {
        WxMass wx = Connector.connect(config);
        return service(database(config), wx, eventTimeout);
    }

    public static CampaignService service(Database database, WxMass wx, Duration eventTimeout) {
        return CampaignService.builder(database, wx).eventTimeout(eventTimeout).build();
    }
}
