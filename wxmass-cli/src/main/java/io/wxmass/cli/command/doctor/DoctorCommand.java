package io.wxmass.cli.command.doctor;

import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.cli.config.Setting;
import io.wxmass.cli.output.ExitCode;
import io.wxmass.core.WxMass;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code wxmass doctor}: checks an account end to end, one line per check. Nothing is sent, published or
 * reset: only token, read and quota calls, and (with {@code --callback-url}) the platform's handshake.
 */
@Command(name = "doctor", description = "Check the account end to end: token, verification, mass-send and publishing "
        + "permission, speed, today's quota, clock, and the callback URL's handshake. Sends nothing; exit 1 when a check fails.")
public final class DoctorCommand extends WxCommand {
    @Option(names = "--callback-url", paramLabel = "URL",
            description = "Also play the platform's server-URL handshake against this URL, signed with the configured --token.")
    String callbackUrl;

    @Override
    protected int execute(ResolvedConfig config) {
        Clock clock = Clock.systemUTC();
        WxMass wx = connect(config);
        List<Check> checks = new ArrayList<>(new AccountChecks(wx, clock).run());
        checks.add(PlatformClock.check(config.require(Setting.BASE_URL), clock));
        if (callbackUrl != null) {
            checks.add(CallbackHandshake.check(callbackUrl, config.optional(Setting.TOKEN).orElse(null), clock));
        }
        boolean healthy = checks.stream().allMatch(Check::ok);
        if (output().json()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("ok", healthy);
            out.put("checks", checks.stream().map(Check::toJson).toList());
            output().result(out);
        } else {
            checks.forEach(c -> output().line(c.line()));
            long failed = checks.stream().filter(c -> !c.ok()).count();
            output().line(healthy ? "all " + checks.size() + " checks passed" : failed + " of " + checks.size() + " checks failed");
        }
        return healthy ? ok() : ExitCode.PLATFORM;
    }
}
