package io.wxmass.cli.command.draft;

import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.core.draft.DraftArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code wxmass draft add}: one article → a draft media_id (what an mpnews send and publish submit take). */
@Command(name = "add", description = "Save one article as a draft and print its media_id (good for one send).")
final class DraftAddCommand extends WxCommand {
    @Mixin
    ArticleOptions article;

    @Override
    protected int execute(ResolvedConfig config) {
        DraftArticle built = article.toArticle(); // every rule checked before connecting
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mediaId", connect(config).drafts().add(built));
        output().result(out);
        return ok();
    }
}
