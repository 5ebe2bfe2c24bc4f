package io.wxmass.cli.command.inbox;

import io.wxmass.campaign.inbox.DeadLetter;
import io.wxmass.campaign.inbox.DeadLetters;
import io.wxmass.cli.campaign.CampaignRuntime;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.cli.config.Setting;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** The dead letters of the configured account and database, and how one is shown: never the message's words. */
final class InboxRows {
    private InboxRows() {
    }

    static DeadLetters deadLetters(ResolvedConfig config) {
        return DeadLetters.of(CampaignRuntime.database(config), config.require(Setting.APP_ID), Clock.systemUTC());
    }

    static Map<String, Object> row(DeadLetter d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", d.dedupeKey());
        row.put("msgType", d.msgType() + d.event().map(e -> "/" + e).orElse(""));
        row.put("fromUser", d.fromUser());
        row.put("receivedAt", d.receivedAt().toString());
        row.put("attempts", d.attempts());
        return row;
    }
}
