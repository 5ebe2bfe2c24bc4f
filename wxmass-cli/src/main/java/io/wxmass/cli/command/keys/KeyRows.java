package io.wxmass.cli.command.keys;

import io.wxmass.campaign.auth.ApiKey;
import io.wxmass.campaign.auth.ApiKeys;
import io.wxmass.campaign.auth.Scope;
import io.wxmass.cli.campaign.CampaignRuntime;
import io.wxmass.cli.config.ResolvedConfig;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** The key store of the configured database, and how a key is shown: never its secret, which is not stored. */
final class KeyRows {
    private KeyRows() {
    }

    static ApiKeys store(ResolvedConfig config) {
        return new ApiKeys(CampaignRuntime.database(config), Clock.systemUTC());
    }

    static Map<String, Object> row(ApiKey key) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", key.name());
        row.put("scopes", Scope.format(key.scopes()));
        row.put("createdAt", key.createdAt().toString());
        row.put("revokedAt", key.revokedAt().map(Object::toString).orElse(null));
        return row;
    }
}
