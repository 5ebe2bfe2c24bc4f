package io.wxmass.cli.command;

import io.wxmass.campaign.serve.CampaignJson;
import io.wxmass.cli.output.ExitCode;
import io.wxmass.cli.output.Output;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.internal.http.JsonCodec;
import io.wxmass.core.lint.Finding;
import io.wxmass.core.internal.mass.MassRequestJson;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code send --dry-run}: the lint's findings and the request that would go, with no call at all. */
final class DryRun {
    private DryRun() {
    }

    /** @return 0 when nothing blocks the send, 2 when a finding is an error */
    static int print(Output output, MassMessage message, Audience audience, SendOptions options, List<Finding> findings) {
        boolean toOpenIds = audience instanceof Audience.OpenIds;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dryRun", true);
        out.put("endpoint", (toOpenIds ? Endpoints.MASS_SEND : Endpoints.MASS_SENDALL).path());
        Object body = toOpenIds
                ? MassRequestJson.sendToOpenIds(message, (Audience.OpenIds) audience, options)
                : MassRequestJson.sendAll(message, audience, options);
        out.put("body", JsonCodec.mapper().convertValue(body, Map.class));
        out.put("findings", findings.stream().map(CampaignJson::finding).toList());
        boolean blocked = Finding.anyError(findings);
        out.put("verdict", blocked ? "blocked" : findings.isEmpty() ? "clean" : "warnings");
        output.result(out);
        return blocked ? ExitCode.USAGE : ExitCode.OK;
    }
}
