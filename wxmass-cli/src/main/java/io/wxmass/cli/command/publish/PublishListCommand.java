package io.wxmass.cli.command.publish;

import io.wxmass.cli.command.PageOptions;
import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.command.draft.DraftResults;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.core.publish.PublishedItem;
import io.wxmass.core.publish.PublishedPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code wxmass publish list}: freepublish/batchget, the successful publishes. */
@Command(name = "list", description = "List published articles, one page.")
final class PublishListCommand extends WxCommand {
    @Mixin
    PageOptions page;

    @Override
    protected int execute(ResolvedConfig config) {
        PublishedPage published = connect(config).publishing().list(page.offset, page.count, page.noContent());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("totalCount", published.totalCount());
        out.put("items", published.items().stream().map(PublishListCommand::item).toList());
        output().result(out);
        return ok();
    }

    private static Map<String, Object> item(PublishedItem item) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articleId", item.articleId());
        item.updateTime().ifPresent(t -> out.put("updateTime", t.toString()));
        List<Map<String, Object>> articles = DraftResults.articles(item.articles());
        out.put("articles", articles);
        return out;
    }
}
