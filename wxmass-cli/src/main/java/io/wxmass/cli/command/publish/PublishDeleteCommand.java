package io.wxmass.cli.command.publish;

import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code wxmass publish delete ARTICLE_ID [--index N]}: cannot be undone. */
@Command(name = "delete", description = "Delete a published article for good (all of its articles unless --index).")
final class PublishDeleteCommand extends WxCommand {
    @Parameters(paramLabel = "ARTICLE_ID", description = "The article_id from publish status.")
    String articleId;

    @Option(names = "--index", defaultValue = "0", description = "Which article, 1-based; 0 (default) deletes every article.")
    int index;

    @Override
    protected int execute(ResolvedConfig config) {
        connect(config).publishing().delete(articleId, index);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articleId", articleId);
        out.put("index", index);
        out.put("deleted", true);
        output().result(out);
        return ok();
    }
}
