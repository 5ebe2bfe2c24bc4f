package io.wxmass.cli.command.campaign;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wxmass campaign}: the durable, exactly-once campaigns stored in --db-url. */
@Command(name = "campaign", description = "Durable campaigns: any audience size, sent exactly once, outcome tracked.",
        subcommands = {CampaignCreateCommand.class, CampaignPlanCommand.class, CampaignPreviewCommand.class, CampaignApproveCommand.class, CampaignRunCommand.class,
                CampaignListCommand.class, CampaignShowCommand.class, CampaignBatchesCommand.class,
                CampaignPauseCommand.class, CampaignResumeCommand.class, CampaignCancelCommand.class,
                CampaignRetractCommand.class, CampaignRetryCommand.class, CampaignResolveCommand.class,
                CampaignExportCommand.class, CampaignAuditCommand.class})
public final class CampaignCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a campaign command is required: create, plan, preview, approve, run, list, show, batches, pause, resume, cancel, "
                + "retract, retry, resolve, export or audit");
    }
}
