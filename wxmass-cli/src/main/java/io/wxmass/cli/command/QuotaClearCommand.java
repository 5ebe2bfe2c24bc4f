package io.wxmass.cli.command;

import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.quota.QuotaApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Map;

/**
 * {@code wxmass quota clear [PATH] [--with-secret] --confirm}: the operator's reset of the day's counters. Each
 * spends a monthly allowance (docs/platform.md §10.1), so it needs {@code --confirm} and nothing calls it by itself.
 */
@Command(name = "clear", description = "Reset today's API counters, spending a monthly allowance (needs --confirm):"
        + " without PATH every counter (clear_quota, 10 a month shared with clear_quota/v2 and the web console),"
        + " with PATH one API's (openapi/quota/clear, 50 a month).")
public final class QuotaClearCommand extends WxCommand {
    @Parameters(paramLabel = "PATH", arity = "0..1",
            description = "Reset only this API's day, e.g. /cgi-bin/message/mass/sendall (which send shares).")
    String cgiPath;

    @Option(names = "--with-secret", description = "Use clear_quota/v2: the AppSecret instead of an access_token,"
            + " for when the token endpoint's own quota is spent. Not with PATH.")
    boolean withSecret;

    @Option(names = "--confirm", description = "Spend the monthly allowance; without it nothing is called.")
    boolean confirm;

    @Override
    protected int execute(ResolvedConfig config) {
        if (withSecret && cgiPath != null) {
            throw new InvalidRequestException("--with-secret", "resets every counter (clear_quota/v2); not with a PATH");
        }
        String endpoint = cgiPath != null ? Endpoints.QUOTA_CLEAR.path()
                : withSecret ? Endpoints.CLEAR_QUOTA_V2.path() : Endpoints.CLEAR_QUOTA.path();
        int perMonth = cgiPath != null ? QuotaApi.API_CLEARS_PER_MONTH : QuotaApi.CLEARS_PER_MONTH;
        if (!confirm) {
            throw new InvalidRequestException("--confirm", endpoint + " spends one of the account's " + perMonth
                    + " resets this month; add --confirm to spend it");
        }
        QuotaApi quota = connect(config).quota();
        if (cgiPath != null) {
            quota.clearApiQuota(cgiPath);
        } else if (withSecret) {
            quota.clearQuotaWithSecret();
        } else {
            quota.clearQuota();
        }
        Map<String, Object> result = Results.of("cleared", cgiPath != null ? cgiPath : "all");
        result.put("endpoint", endpoint);
        result.put("monthlyAllowance", perMonth);
        output().result(result);
        return ok();
    }
}
