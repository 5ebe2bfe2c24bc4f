package io.wxmass.cli.command.keys;

import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wxmass keys revoke NAME}: the key's next request is refused (401), also by a serve already running. */
@Command(name = "revoke", description = "Revoke an API key at once; its name stays in the list and the audit log.")
final class KeysRevokeCommand extends WxCommand {
    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    protected int execute(ResolvedConfig config) {
        output().result(KeyRows.row(KeyRows.store(config).revoke(name)));
        return ok();
    }
}
