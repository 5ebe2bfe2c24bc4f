package io.wxmass.core.media;

import io.wxmass.core.internal.message.Require;
import java.util.Optional;

/**
 * One article of uploadnews or draft/add, with every field of docs/platform.md §1.3. Build it with
 * {@link #builder()}; title, thumb_media_id and content are required, the rest optional.
 *
 * @param content          HTML; images must come from uploadimg and mini programs from {@link ArticleHtml}
 * @param contentSourceUrl the "read more" link
 * @param digest           the summary; the platform uses the first 64 characters of the body when absent
 */
public record Article(String title, String thumbMediaId, String author, String content, String contentSourceUrl,
                      String digest, boolean showCoverPic, boolean needOpenComment, boolean onlyFansCanComment) {
    public Article {
        Require.nonBlank(title, "articles.title");
        Require.nonBlank(thumbMediaId, "articles.thumb_media_id");
        Require.nonBlank(content, "articles.content");
        Require.optionalNonBlank(author, "articles.author");
        Require.optionalNonBlank(contentSourceUrl, "articles.content_source_url");
        Require.optionalNonBlank(digest, "articles.digest");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> authorOptional() {
        return Optional.ofNullable(author);
    }

    public Optional<String> contentSourceUrlOptional() {
        return Optional.ofNullable(contentSourceUrl);
    }

    public Optional<String> digestOptional() {
        return Optional.ofNullable(digest);
    }

    /** Collects the fields; {@link #build()} validates them all at once. */
    public static final class Builder {
        private String title;
        private String thumbMediaId;
        private String author;
        private String content;
        private String contentSourceUrl;
        private String digest;
        private boolean showCoverPic;
        private boolean needOpenComment;
        private boolean onlyFansCanComment;

        private Builder() {
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder thumbMediaId(String thumbMediaId) {
            this.thumbMediaId = thumbMediaId;
            return this;
        }

        public Builder author(String author) {
            this.author = author;
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

        public Builder digest(String digest) {
            this.digest = digest;
            return this;
        }

        public Builder showCoverPic(boolean showCoverPic) {
            this.showCoverPic = showCoverPic;
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

        public Article build() {
            return new Article(title, thumbMediaId, author, content, contentSourceUrl, digest,
                    showCoverPic, needOpenComment, onlyFansCanComment);
        }
    }
}
