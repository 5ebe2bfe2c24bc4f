package io.wxmass.spring;

import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.store.Database;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * Campaigns of every account on the application's {@code DataSource}: one store (wxmass's schema, migrated with
 * wxmass's own Flyway history table at startup), a {@link CampaignService} per account. Each service is also a bean,
 * {@code <account>CampaignService}; with one account it is the primary {@code CampaignService}.
 */
public final class WxMassCampaigns {
    private final Database database;
    private final Map<String, CampaignService> services = new LinkedHashMap<>();

    WxMassCampaigns(Database database, WxMassAccounts accounts) {
        this.database = database.migrate();
        for (String name : accounts.names()) {
            services.put(name, CampaignService.builder(database, accounts.get(name)).build());
        }
    }

    public Set<String> names() {
        return services.keySet();
    }

    /** The campaigns of account {@code name}; throws naming the configured accounts when there is none. */
    public CampaignService get(String name) {
        CampaignService service = services.get(Objects.requireNonNull(name, "name"));
        if (service == null) {
            throw new NoSuchElementException("no account '" + name + "' under wxmass.accounts; configured: " + names());
        }
        return service;
    }

    public Database database() {
        return database;
    }

    @Override
    public String toString() {
        return "WxMassCampaigns" + names();
    }
}
