package io.wxmass.cli.command;

import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.core.error.InvalidRequestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Map;

/** {@code wxmass delete}: retract a sent mpnews or mpvideo job (or one of its articles). */
@Command(name = "delete", description = "Retract a sent mpnews/mpvideo job, or one article of it.")
public final class DeleteCommand extends WxCommand {
    @Parameters(paramLabel = "MSG_ID", arity = "0..1", description = "The msg_id returned by send.")
    Long msgId;

    @Option(names = "--article-idx", paramLabel = "N", defaultValue = "0",
            description = "1-based article to delete; 0 (default) deletes all articles.")
    int articleIdx;

    @Option(names = "--url", paramLabel = "URL", description = "Delete by article URL instead of msg_id.")
    String url;

    @Override
    protected int execute(ResolvedConfig config) {
        if ((msgId == null) == (url == null)) {
            throw new InvalidRequestException("msg_id", "give exactly one of MSG_ID or --url");
        }
        Map<String, Object> result;
        if (msgId != null) {
            if (articleIdx < 0) {
                throw new InvalidRequestException("article_idx", "must be 0 (all) or a 1-based index, was " + articleIdx);
            }
            connect(config).mass().delete(msgId, articleIdx);
            result = Results.of("msgId", msgId);
            result.put("articleIdx", articleIdx);
        } else {
            connect(config).mass().deleteByUrl(url);
            result = Results.of("url", url);
        }
        result.put("deleted", true);
        output().result(result);
        return ok();
    }
}
