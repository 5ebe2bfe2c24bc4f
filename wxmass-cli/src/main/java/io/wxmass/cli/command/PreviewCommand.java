package io.wxmass.cli.command;

import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.cli.input.OpenIdInput;
import io.wxmass.core.message.PreviewTarget;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.OptionalLong;

/** {@code wxmass preview}: the message to one user, to check it before the real send. */
@Command(name = "preview", description = "Send the message to one user (by openid or WeChat id) to check it.")
public final class PreviewCommand extends WxCommand {
    static final class Target {
        @Option(names = "--openid", paramLabel = "OPENID", required = true, description = "Preview to this openid (touser).")
        String openId;

        @Option(names = "--wxname", paramLabel = "WXID", required = true, description = "Preview to this WeChat id (towxname; 100/day).")
        String wxName;
    }

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Recipient (one of):%n")
    Target target;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Message (one of):%n")
    MessageOptions message;

    @Override
    protected int execute(ResolvedConfig config) {
        var msg = message.toMessage();
        PreviewTarget to = target.openId != null ? PreviewTarget.openId(OpenIdInput.one(target.openId, "--openid")) : PreviewTarget.wxName(target.wxName);
        OptionalLong msgId = connect(config).mass().preview(msg, to);
        Map<String, Object> result = Results.of("previewed", true);
        msgId.ifPresent(id -> result.put("msgId", id));
        output().result(result);
        return ok();
    }
}
