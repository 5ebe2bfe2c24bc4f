package io.wxmass.cli.command.campaign;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wxmass campaign}: the durable, exactly-once campaigns stored in --db-url. */
@Command(name = "campaign", description = "Durable campaigns: any audience size, sent exactly once, outcome tracked.",
        subcommands = {CampaignCreateCommand.class, CampaignPlanCommand.class, CampaignRunCommand.class, CampaignListCommand.class,
                CampaignShowCommand.class, CampaignRetractCommand.class})
public final class CampaignCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a campaign command is required: create, plan, run, list, show or retract");
    }
}
