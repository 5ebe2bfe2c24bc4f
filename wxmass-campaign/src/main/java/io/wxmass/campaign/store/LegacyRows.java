package io.wxmass.campaign.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;

/**
 * Rows written before stores held many accounts carry app_id '' (V4). The first account that opens the
 * upgraded store adopts them: a store was only ever used by one account before, so that is their account.
 */
public final class LegacyRows {
    private static final String[] TABLES = {"campaign", "campaign_batch", "mass_event"};

    private LegacyRows() {
    }

    /** Gives every unowned row to {@code appId}; returns how many campaigns it adopted (0 on every later start). */
    public static int adopt(Database database, String appId) {
        AppIds.require(appId);
        Objects.requireNonNull(database, "database");
        boolean any = database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM campaign WHERE app_id = '' LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
        if (!any) {
            return 0;
        }
        return database.inTransaction(c -> {
            int campaigns = 0;
            for (String table : TABLES) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET app_id = ? WHERE app_id = ''")) {
                    ps.setString(1, appId);
                    int rows = ps.executeUpdate();
                    if (table.equals("campaign")) {
                        campaigns = rows;
                    }
                }
            }
            return campaigns;
        });
    }
}
