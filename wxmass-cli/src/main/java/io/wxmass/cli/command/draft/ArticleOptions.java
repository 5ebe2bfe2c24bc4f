package io.wxmass.cli.command.draft;

import io.wxmass.cli.command.ArticleTextOptions;
import io.wxmass.core.draft.ArticleType;
import io.wxmass.core.draft.Crop;
import io.wxmass.core.draft.DraftArticle;
import io.wxmass.core.error.InvalidRequestException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** The flags of one draft article, shared by {@code draft add} and {@code draft update} (the text ones with upload-news). */
final class ArticleOptions {
    @Option(names = "--type", defaultValue = "news", paramLabel = "news|newspic",
            description = "news (HTML with a cover thumb, default) or newspic (an image post of up to 20 images).")
    String type;

    @Mixin
    ArticleTextOptions text;

    @Option(names = "--thumb-media-id", paramLabel = "MEDIA_ID", description = "news: the cover, a permanent image material.")
    String thumbMediaId;

    @Option(names = "--image", paramLabel = "MEDIA_ID", description = "newspic: an image (permanent material); repeat, the first is the cover.")
    List<String> images = new ArrayList<>();

    @Option(names = "--open-comment", description = "Open comments on the article.")
    boolean openComment;

    @Option(names = "--fans-only-comment", description = "Only followers may comment.")
    boolean fansOnlyComment;

    @Option(names = "--crop-235", paramLabel = "X1_Y1_X2_Y2", description = "news: the cover cut to 2.35:1 (0..1 coordinates).")
    String crop235;

    @Option(names = "--crop-1-1", paramLabel = "X1_Y1_X2_Y2", description = "news: the cover cut to 1:1.")
    String crop11;

    @Option(names = "--product-key", paramLabel = "KEY", description = "A product card at the end of the article.")
    String productKey;

    DraftArticle toArticle() {
        ArticleType articleType = ArticleType.parse(type).filter(t -> !type.isBlank())
                .orElseThrow(() -> new InvalidRequestException("--type", "must be news or newspic, got " + type));
        DraftArticle.Builder b = articleType == ArticleType.NEWS ? DraftArticle.news() : DraftArticle.imagePost();
        b.title(text.title()).content(text.content()).thumbMediaId(thumbMediaId)
                .images(images).author(text.author()).digest(text.digest()).contentSourceUrl(text.sourceUrl())
                .needOpenComment(openComment).onlyFansCanComment(fansOnlyComment).productKey(productKey);
        if (crop235 != null) {
            b.picCrop235(Crop.parse(crop235));
        }
        if (crop11 != null) {
            b.picCrop11(Crop.parse(crop11));
        }
        return b.build();
    }
}
