package io.wxmass.core.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article of draft/add or draft/update (docs/platform.md §7.2): a {@link ArticleType#NEWS news}
 * article (HTML and a cover thumb) or an {@link ArticleType#NEWSPIC image post} (up to 20 images).
 * Every field rule is checked when it is built ({@link DraftRules}), so an article that exists is one the
 * platform's documented limits accept. Build one with {@link #news()} or {@link #imagePost()}.
 *
 * @param thumbMediaId  the cover, a permanent material media_id; required for news
 * @param picCrop235    news only: the cover cut to 2.35:1
 * @param picCrop11     news only: the cover cut to 1:1
 * @param imageMediaIds image posts only: 1 to 20 permanent image media_ids, the first is the cover
 * @param coverCrops    image posts only: the cover cut per ratio, each ratio at most once
 * @param productKey    a product card at the end of the article (from the platform's getcardinfo)
 */
public record DraftArticle(ArticleType articleType, String title, Optional<String> author, Optional<String> digest,
                           String content, Optional<String> contentSourceUrl, Optional<String> thumbMediaId,
                           boolean needOpenComment, boolean onlyFansCanComment,
                           Optional<Crop> picCrop235, Optional<Crop> picCrop11,
                           List<String> imageMediaIds, List<CoverCrop> coverCrops, Optional<String> productKey) {

    public DraftArticle {
        Objects.requireNonNull(articleType, "articleType");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(contentSourceUrl, "contentSourceUrl");
        Objects.requireNonNull(thumbMediaId, "thumbMediaId");
        Objects.requireNonNull(picCrop235, "picCrop235");
        Objects.requireNonNull(picCrop11, "picCrop11");
        Objects.requireNonNull(productKey, "productKey");
        DraftRules.check(articleType, title, author, digest, content, contentSourceUrl, thumbMediaId,
                picCrop235, picCrop11, imageMediaIds, coverCrops, productKey);
        imageMediaIds = List.copyOf(imageMediaIds);
        coverCrops = List.copyOf(coverCrops);
    }

    /** A news article (图文): title, content and thumb_media_id are required. */
    public static Builder news() {
        return new Builder(ArticleType.NEWS);
    }

    /** An image post (图片消息): title, content (plain text) and 1 to 20 images are required. */
    public static Builder imagePost() {
        return new Builder(ArticleType.NEWSPIC);
    }

    /** A builder holding this article's fields, to change some and build again. */
    public Builder toBuilder() {
        Builder b = new Builder(articleType).title(title).content(content)
                .needOpenComment(needOpenComment).onlyFansCanComment(onlyFansCanComment);
        b.author = author.orElse(null);
        b.digest = digest.orElse(null);
        b.contentSourceUrl = contentSourceUrl.orElse(null);
        b.thumbMediaId = thumbMediaId.orElse(null);
        b.picCrop235 = picCrop235.orElse(null);
        b.picCrop11 = picCrop11.orElse(null);
        b.images.addAll(imageMediaIds);
        b.coverCrops.addAll(coverCrops);
        b.productKey = productKey.orElse(null);
        return b;
    }

    /** Collects the fields; {@link #build()} checks them all. Null means "not given" for optional fields. */
    public static final class Builder {
        private final ArticleType articleType;
        private String title;
        private String author;
        private String digest;
        private String content;
        private String contentSourceUrl;
        private String thumbMediaId;
        private boolean needOpenComment;
        private boolean onlyFansCanComment;
        private Crop picCrop235;
        private Crop picCrop11;
        private final List<String> images = new ArrayList<>();
        private final List<CoverCrop> coverCrops = new ArrayList<>();
        private String productKey;

        private Builder(ArticleType articleType) {
            this.articleType = articleType;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder author(String author) {
            this.author = author;
            return this;
        }

        public Builder digest(String digest) {
            this.digest = digest;
            return this;
        }

        public Builder content(String content) {
            this.content = content;
            return this;
        }

        public Builder contentSourceUrl(String contentSourceUrl) {
            this.contentSourceUrl = contentSourceUrl;
            return this;
        }

        public Builder thumbMediaId(String thumbMediaId) {
            this.thumbMediaId = thumbMediaId;
            return this;
        }

        public Builder needOpenComment(boolean needOpenComment) {
            this.needOpenComment = needOpenComment;
            return this;
        }

        public Builder onlyFansCanComment(boolean onlyFansCanComment) {
            this.onlyFansCanComment = onlyFansCanComment;
            return this;
        }

        public Builder picCrop235(Crop crop) {
            this.picCrop235 = crop;
            return this;
        }

        public Builder picCrop11(Crop crop) {
            this.picCrop11 = crop;
            return this;
        }

        /** Appends one image (a permanent image media_id) to an image post; the first is the cover. */
        public Builder image(String imageMediaId) {
            images.add(imageMediaId);
            return this;
        }

        public Builder images(List<String> imageMediaIds) {
            images.clear();
            images.addAll(imageMediaIds);
            return this;
        }

        public Builder coverCrop(CoverCrop.Ratio ratio, Crop crop) {
            coverCrops.add(new CoverCrop(ratio, crop));
            return this;
        }

        public Builder productKey(String productKey) {
            this.productKey = productKey;
            return this;
        }

        public DraftArticle build() {
            return new DraftArticle(articleType, title, Optional.ofNullable(author), Optional.ofNullable(digest),
                    content, Optional.ofNullable(contentSourceUrl), Optional.ofNullable(thumbMediaId),
                    needOpenComment, onlyFansCanComment, Optional.ofNullable(picCrop235), Optional.ofNullable(picCrop11),
                    images, coverCrops, Optional.ofNullable(productKey));
        }
    }
}
