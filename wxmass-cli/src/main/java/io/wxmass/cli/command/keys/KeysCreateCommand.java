package io.wxmass.cli.command.keys;

import io.wxmass.campaign.auth.IssuedKey;
import io.wxmass.campaign.auth.Scope;
import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

/**
 * {@code wxmass keys create --name N --scopes read,create}: a new random key, printed this once; the store
 * keeps only its SHA-256, so a lost key is revoked and replaced, never recovered.
 */
@Command(name = "create", description = "Create an API key and print it once (only its hash is stored).")
final class KeysCreateCommand extends WxCommand {
    @Option(names = "--name", required = true, description = "Who or what uses the key; named in the audit log (letters, digits, . _ -).")
    String name;

    @Option(names = "--scopes", required = true, paramLabel = "SCOPES",
            description = "Comma-separated: read, create (and preview), approve, send, retract, admin (all of them).")
    String scopes;

    @Override
    protected int execute(ResolvedConfig config) {
        IssuedKey issued = KeyRows.store(config).create(name, Scope.parse(scopes, "--scopes"));
        Map<String, Object> result = KeyRows.row(issued.key());
        result.remove("revokedAt");
        result.put("key", issued.secret());
        output().result(result);
        output().note("wxmass: note: the key is shown only now; send it as 'Authorization: Bearer <key>'");
        return ok();
    }
}
