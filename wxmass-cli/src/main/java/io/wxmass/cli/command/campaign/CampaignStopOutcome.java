package io.wxmass.cli.command.campaign;

import io.wxmass.campaign.RetractResult;
import io.wxmass.campaign.serve.CampaignJson;
import io.wxmass.cli.output.ExitCode;
import io.wxmass.cli.output.Output;

/** How cancel and retract report: the result, the warning, what is left to resolve, and the exit code. */
final class CampaignStopOutcome {
    private CampaignStopOutcome() {
    }

    static int report(Output output, String id, RetractResult result) {
        result.warning().ifPresent(w -> output.note("warning: " + w));
        if (result.parked() > 0) {
            output.note(result.parked() + " batches may have gone out and are PARKED: see wxmass campaign batches " + id
                    + ", then wxmass campaign resolve " + id + " BATCH");
        }
        output.result(CampaignJson.retracted(id, result));
        boolean clean = result.failed().isEmpty() && result.inFlight() == 0 && result.parked() == 0;
        return clean ? ExitCode.OK : ExitCode.INCOMPLETE;
    }
}
