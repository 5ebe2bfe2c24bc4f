package io.wxmass.cli.command;

import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.core.draft.DraftArticle;
import io.wxmass.core.media.Article;
import io.wxmass.core.media.MediaApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code wxmass upload-news}: one article from flags → an mpnews media_id (uploadnews, or draft/add with --draft). */
@Command(name = "upload-news", description = "Upload one article for a mass send and print its mpnews media_id.")
public final class UploadNewsCommand extends WxCommand {
    @Mixin
    ArticleTextOptions text;

    @Option(names = "--thumb-media-id", required = true, paramLabel = "MEDIA_ID", description = "Cover, from upload-image --thumb.")
    String thumbMediaId;

    @Option(names = "--draft", description = "Use draft/add (the current platform path) instead of media/uploadnews.")
    boolean draft;

    @Override
    protected int execute(ResolvedConfig config) {
        Article article = Article.builder().title(text.title()).thumbMediaId(thumbMediaId).content(text.content())
                .author(text.author()).digest(text.digest()).contentSourceUrl(text.sourceUrl()).build();
        if (draft) {
            DraftArticle draftArticle = MediaApi.draftArticle(article); // the draft box's limits, before connecting
            output().result(Results.of("mediaId", connect(config).drafts().add(draftArticle)));
        } else {
            output().result(Results.uploaded(connect(config).media().uploadNews(List.of(article))));
            output().note("wxmass: note: media/uploadnews is superseded by the draft box; --draft (or wxmass draft add) "
                    + "makes the media_id the platform's docs point to");
        }
        return ok();
    }
}
