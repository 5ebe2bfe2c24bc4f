package io.wxmass.cli.command;

import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.core.mass.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.Map;

/** {@code wxmass status MSG_ID}: /mass/get. */
@Command(name = "status", description = "Show a mass job's status (SEND_SUCCESS, SENDING, SEND_FAIL, DELETE).")
public final class StatusCommand extends WxCommand {
    @Parameters(paramLabel = "MSG_ID", description = "The msg_id returned by send.")
    long msgId;

    @Override
    protected int execute(ResolvedConfig config) {
        StatusReport report = connect(config).mass().status(msgId);
        Map<String, Object> result = Results.of("msgId", report.msgId());
        result.put("status", report.status().name());
        result.put("rawStatus", report.rawStatus());
        output().result(result);
        return ok();
    }
}
