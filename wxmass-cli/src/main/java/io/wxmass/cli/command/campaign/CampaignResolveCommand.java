package io.wxmass.cli.command.campaign;

import io.wxmass.campaign.BatchEvidence;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.serve.OperatorJson;
import io.wxmass.cli.config.ResolvedConfig;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wxmass campaign resolve ID BATCH [--as sent|not-sent]}: the evidence on a batch whose outcome is unknown,
 * and with {@code --as} the operator's verdict on it.
 */
@Command(name = "resolve", description = "Show what is known about a PARKED batch (its attempts, mass/get where it has a"
        + " msg_id); with --as, settle it as sent or not sent (not sent: campaign retry re-sends it).")
final class CampaignResolveCommand extends CampaignVerbCommand {
    /** The verdicts, as typed. */
    enum Verdict { sent, not_sent }

    @Parameters(index = "1", paramLabel = "BATCH")
    int batch;

    @Option(names = "--as", paramLabel = "sent|not-sent", converter = VerdictConverter.class,
            description = "Settle the batch: sent (FINISHED) or not-sent (FAILED, retryable). Without it, only show.")
    Verdict verdict;

    @Override
    protected int execute(ResolvedConfig config) {
        CampaignService service = service(config);
        BatchEvidence evidence = verdict == null ? service.evidence(id, batch)
                : service.resolve(id, batch, verdict == Verdict.sent, actor());
        Map<String, Object> json = OperatorJson.evidence(evidence);
        if (verdict != null) {
            json.put("resolvedAs", verdict == Verdict.sent ? "sent" : "not-sent");
        }
        output().result(json);
        return ok();
    }

    static final class VerdictConverter implements picocli.CommandLine.ITypeConverter<Verdict> {
        @Override
        public Verdict convert(String value) {
            return switch (value) {
                case "sent" -> Verdict.sent;
                case "not-sent" -> Verdict.not_sent;
                default -> throw new picocli.CommandLine.TypeConversionException("must be sent or not-sent, was " + value);
            };
        }
    }
}
