package io.wxmass.cli.command.campaign;

import io.wxmass.campaign.BatchLine;
import io.wxmass.campaign.serve.OperatorJson;
import io.wxmass.cli.config.ResolvedConfig;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code wxmass campaign batches ID}: one line per batch. */
@Command(name = "batches", description = "One line per batch: state, msg_id, errcode, attempts, not-before.")
final class CampaignBatchesCommand extends CampaignVerbCommand {
    private static final String FORMAT = "%5s %-10s %6s %20s %8s %8s  %s";

    @Override
    protected int execute(ResolvedConfig config) {
        List<BatchLine> lines = service(config).batchLines(id);
        if (output().json()) {
            output().result(Map.of("campaignId", id, "batches", lines.stream().map(OperatorJson::line).toList()));
            return ok();
        }
        output().line(String.format(FORMAT, "BATCH", "STATE", "OPENIDS", "MSG_ID", "ERRCODE", "ATTEMPTS", "NOT-BEFORE"));
        for (BatchLine b : lines) {
            output().line(String.format(FORMAT, b.batchNo(), b.state(), b.recipients(),
                    b.msgId().isPresent() ? Long.toString(b.msgId().getAsLong()) : "-",
                    b.errorCode().isPresent() ? Integer.toString(b.errorCode().getAsInt()) : "-", b.attempts(),
                    b.notBefore().map(Object::toString).orElse("-")));
        }
        return ok();
    }
}
