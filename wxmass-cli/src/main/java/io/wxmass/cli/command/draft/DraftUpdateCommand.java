package io.wxmass.cli.command.draft;

import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.core.draft.DraftArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code wxmass draft update MEDIA_ID --index N ...}: replaces one article (0-based) of a draft. */
@Command(name = "update", description = "Replace one article of a draft (--index is 0-based).")
final class DraftUpdateCommand extends WxCommand {
    @Parameters(paramLabel = "MEDIA_ID", description = "The draft's media_id.")
    String mediaId;

    @Option(names = "--index", defaultValue = "0", description = "Which article, 0-based (default 0).")
    int index;

    @Mixin
    ArticleOptions article;

    @Override
    protected int execute(ResolvedConfig config) {
        DraftArticle built = article.toArticle();
        connect(config).drafts().update(mediaId, index, built);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mediaId", mediaId);
        out.put("index", index);
        out.put("updated", true);
        output().result(out);
        return ok();
    }
}
