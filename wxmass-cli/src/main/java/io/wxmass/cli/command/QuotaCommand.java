package io.wxmass.cli.command;

import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.quota.ApiQuota;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.Map;

/**
 * {@code wxmass quota [PATH]}: today's quota of an API from the platform's own counter (quota/get). Without a
 * path it reports the mass sends, the quota a campaign spends. {@code quota clear} resets (see {@link QuotaClearCommand}).
 */
@Command(name = "quota", description = "Today's quota of an API (default /cgi-bin/message/mass/sendall, which"
        + " sendall and send share): daily limit, used, remain, per-minute rate.",
        subcommands = QuotaClearCommand.class)
public final class QuotaCommand extends WxCommand {
    @Parameters(paramLabel = "PATH", arity = "0..1",
            description = "The API path, with a leading / and no host, e.g. /cgi-bin/draft/add.")
    String cgiPath;

    @Override
    protected int execute(ResolvedConfig config) {
        ApiQuota quota = connect(config).quota().get(cgiPath == null ? Endpoints.MASS_SENDALL.path() : cgiPath);
        Map<String, Object> result = Results.of("cgiPath", quota.cgiPath());
        result.put("dailyLimit", quota.dailyLimit());
        result.put("used", quota.used());
        result.put("remain", quota.remain());
        quota.rateLimit().ifPresent(r -> {
            result.put("rateLimitCalls", r.callCount());
            result.put("rateLimitSeconds", r.refreshSeconds());
        });
        output().result(result);
        return ok();
    }
}
