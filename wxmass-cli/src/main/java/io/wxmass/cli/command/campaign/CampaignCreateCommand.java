package io.wxmass.cli.command.campaign;

import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.DeliveryStrategy;
import io.wxmass.campaign.serve.CampaignJson;
import io.wxmass.cli.campaign.CampaignRuntime;
import io.wxmass.cli.command.MessageOptions;
import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.cli.input.FileInput;
import io.wxmass.cli.input.OpenIdInput;
import io.wxmass.core.error.InvalidRequestException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code wxmass campaign create}: store a campaign (nothing is sent; {@code campaign run} sends). */
@Command(name = "create", description = "Store a new campaign: a message and an audience. Nothing is sent yet.")
final class CampaignCreateCommand extends WxCommand {
    @Option(names = "--name", required = true, description = "A name for people (1 to 200 characters).")
    String name;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Audience (one of):%n")
    CampaignAudienceOptions audience;

    @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "Message (one of, or --articles-file):%n")
    MessageOptions message;

    @Option(names = "--articles-file", paramLabel = "FILE", description = "mpnews from articles: a JSON array of "
            + "{\"title\",\"thumbMediaId\",\"content\",\"author\",\"digest\",\"contentSourceUrl\"}; the campaign "
            + "keeps them and sends every batch a draft of its own (a draft serves one send).")
    Path articlesFile;

    @Option(names = "--strategy", paramLabel = "auto|list|tag", defaultValue = "auto",
            description = "For openid audiences: list batches of 10,000, one sendall to a temporary tag, or the "
                    + "planner's choice (default: ${DEFAULT-VALUE}; a tag when the list batches exceed a day's sends).")
    String strategy;

    @Option(names = "--preview-to", paramLabel = "OPENID", split = ",", description = "Preview recipients (campaign run --preview).")
    List<String> previewTo;

    @Option(names = "--schedule", paramLabel = "INSTANT", description = "Send no batch before this ISO-8601 instant, e.g. 2026-01-01T08:00:00Z.")
    String schedule;

    @Option(names = "--ignore-reprint", description = "send_ignore_reprint=1.")
    boolean ignoreReprint;

    @Option(names = "--require-preview", description = "Refuse approval until the campaign was previewed (needs --preview-to).")
    boolean requirePreview;

    @Option(names = "--four-eyes", description = "Refuse approval by the campaign's creator: someone else must approve it.")
    boolean fourEyes;

    @Override
    protected int execute(ResolvedConfig config) {
        if ((message == null) == (articlesFile == null)) {
            throw new InvalidRequestException("--articles-file", "give exactly one message: --text, --mpnews, ... "
                    + "or --articles-file");
        }
        CampaignSpec.Builder spec = (articlesFile == null
                ? CampaignSpec.builder(name, message.toMessage(), audience.toSpec())
                : CampaignSpec.fromArticles(name, ArticlesFile.read(articlesFile), audience.toSpec()))
                .ignoreReprint(ignoreReprint).strategy(DeliveryStrategy.parse(strategy, "--strategy"))
                .requirePreview(requirePreview).fourEyes(fourEyes);
        if (previewTo != null) {
            spec.previewTo(OpenIdInput.list(previewTo, "--preview-to"));
        }
        if (schedule != null) {
            try {
                spec.scheduledAt(Instant.parse(schedule));
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("--schedule", "must be an ISO-8601 instant such as 2026-01-01T08:00:00Z");
            }
        }
        if (audience.openIdFile != null) {
            FileInput.regularFile(audience.openIdFile, "--openid-file"); // its lines are checked when the campaign is approved
        }
        // From articles the first draft is made now (draft/add), so that needs the account; otherwise the store alone.
        Campaign campaign = articlesFile == null ? CampaignRuntime.create(config, spec.build())
                : CampaignRuntime.service(config, Duration.ZERO).create(spec.build(), CampaignRuntime.actor());
        output().note("strategy " + campaign.strategy().wireName() + (campaign.draftPerBatch()
                ? "; a fresh draft per batch" : "") + " (the plan and its reason come with campaign run)");
        output().result(CampaignJson.campaign(campaign));
        return ok();
    }
}
