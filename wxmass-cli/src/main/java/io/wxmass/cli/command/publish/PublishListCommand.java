package io.wxmass.cli.command.publish;

import io.wxmass.cli.command.WxCommand;
import io.wxmass.cli.command.draft.DraftResults;
import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.core.publish.PublishedItem;
import io.wxmass.core.publish.PublishedPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code wxmass publish list}: freepublish/batchget, the successful publishes. */
@Command(name = "list", description = "List published articles, one page.")
public final class PublishListCommand extends WxCommand {
    @Option(names = "--offset", defaultValue = "0", description = "First item to show (default 0).")
    int offset;

    @Option(names = "--count", defaultValue = "20", description = "Items per page, 1 to 20 (default 20).")
    int count;

    @Option(names = "--with-content", description = "Include each article's content in the answer (left out by default).")
    boolean withContent;

    @Override
    protected int execute(ResolvedConfig config) {
        PublishedPage page = connect(config).publishing().list(offset, count, !withContent);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("totalCount", page.totalCount());
        out.put("items", page.items().stream().map(PublishListCommand::item).toList());
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
