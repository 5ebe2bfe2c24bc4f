package io.wxmass.cli.command.campaign;

import io.wxmass.cli.config.ResolvedConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wxmass campaign retry ID [--batch N]}: FAILED batches (certainly not sent) back in the queue. */
@Command(name = "retry", description = "Queue FAILED batches that the platform never accepted (certainly not sent) again,"
        + " with their original clientmsgid; campaign run (or serve) sends them.")
final class CampaignRetryCommand extends CampaignVerbCommand {
    @Option(names = "--batch", paramLabel = "N", description = "Only this batch (default: every FAILED batch).")
    Integer batch;

    @Override
    protected int execute(ResolvedConfig config) {
        int requeued = service(config).retry(id, batch, actor());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("campaignId", id);
        result.put("requeued", requeued);
        output().result(result);
        output().note(requeued == 0 ? "no batch to retry" : "send them with: wxmass campaign run " + id);
        return ok();
    }
}
