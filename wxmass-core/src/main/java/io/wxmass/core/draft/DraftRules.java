package io.wxmass.core.draft;

import io.wxmass.core.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every documented limit of a draft article and of a draft (docs/platform.md §7.2), in one place. Each
 * broken rule is an {@link InvalidRequestException} naming the wire field and the rule, thrown before any
 * request. Lengths in characters count Unicode code points, as the platform's "字" does.
 */
public final class DraftRules {
    public static final int TITLE_MAX_CHARS = 32;
    public static final int AUTHOR_MAX_CHARS = 16;
    public static final int DIGEST_MAX_CHARS = 128;
    /**
     * Content stays under 20,000 characters; that also keeps it under the platform's 1 MB (4 bytes a
     * character at most). The 2025-12 page's "2 kb" contradicts both and is not applied.
     */
    public static final int CONTENT_LIMIT_CHARS = 20_000;
    public static final int CONTENT_SOURCE_URL_MAX_BYTES = 1024;
    public static final int MAX_IMAGES = 20;
    /**
     * The new pages state no limit of articles per draft; secondary sources and uploadnews say 8, and the
     * sandbox enforces 8, so wxmass refuses more rather than find out from the platform.
     */
    public static final int MAX_ARTICLES = 8;
    /** batchget's page size. */
    public static final int MAX_PAGE = 20;

    /** A literal backslash-u escape typed into text: the platform answers 40033 instead of decoding it. */
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u[0-9a-fA-F]{4}");

    private DraftRules() {
    }

    static void check(ArticleType type, String title, Optional<String> author, Optional<String> digest, String content,
                      Optional<String> contentSourceUrl, Optional<String> thumbMediaId,
                      Optional<Crop> picCrop235, Optional<Crop> picCrop11,
                      List<String> images, List<CoverCrop> coverCrops, Optional<String> productKey) {
        text("articles.title", required("articles.title", title), TITLE_MAX_CHARS);
        author.ifPresent(a -> text("articles.author", a, AUTHOR_MAX_CHARS));
        digest.ifPresent(d -> maxChars("articles.digest", blankRefused("articles.digest", d), DIGEST_MAX_CHARS));
        content("articles.content", required("articles.content", content));
        contentSourceUrl.ifPresent(url -> maxBytes("articles.content_source_url",
                blankRefused("articles.content_source_url", url), CONTENT_SOURCE_URL_MAX_BYTES));
        thumbMediaId.ifPresent(id -> blankRefused("articles.thumb_media_id", id));
        productKey.ifPresent(key -> blankRefused("articles.product_info.footer_product_info.product_key", key));
        if (type == ArticleType.NEWS) {
            news(thumbMediaId, images, coverCrops);
        } else {
            imagePost(picCrop235, picCrop11, images, coverCrops);
        }
    }

    /** The draft as a whole: 1 to {@link #MAX_ARTICLES} articles; a digest only on a single-article draft. */
    public static void checkDraft(List<DraftArticle> articles) {
        if (articles == null || articles.isEmpty() || articles.size() > MAX_ARTICLES) {
            throw new InvalidRequestException("articles", "needs 1 to " + MAX_ARTICLES + " articles, got "
                    + (articles == null ? 0 : articles.size()));
        }
        if (articles.size() > 1) {
            for (int i = 0; i < articles.size(); i++) {
                if (articles.get(i).digest().isPresent()) {
                    throw new InvalidRequestException("articles[" + i + "].digest",
                            "only a single-article draft takes a digest; leave it out with " + articles.size() + " articles");
                }
            }
        }
    }

    /** draft/update's article index: 0-based, below {@link #MAX_ARTICLES}. */
    public static int checkIndex(int index) {
        if (index < 0 || index >= MAX_ARTICLES) {
            throw new InvalidRequestException("index", "is 0-based: 0 to " + (MAX_ARTICLES - 1) + ", got " + index);
        }
        return index;
    }

    /** A batchget page: offset ≥ 0, count 1 to {@link #MAX_PAGE}. */
    public static void checkPage(int offset, int count) {
        if (offset < 0) {
            throw new InvalidRequestException("offset", "must be 0 or more, got " + offset);
        }
        if (count < 1 || count > MAX_PAGE) {
            throw new InvalidRequestException("count", "must be 1 to " + MAX_PAGE + ", got " + count);
        }
    }

    private static void news(Optional<String> thumbMediaId, List<String> images, List<CoverCrop> coverCrops) {
        if (thumbMediaId.isEmpty()) {
            throw new InvalidRequestException("articles.thumb_media_id",
                    "required for a news article: a permanent image material's media_id");
        }
        if (!images.isEmpty()) {
            throw new InvalidRequestException("articles.image_info", "only image posts (newspic) take images");
        }
        if (!coverCrops.isEmpty()) {
            throw new InvalidRequestException("articles.cover_info", "only image posts (newspic) take cover_info; "
                    + "news articles use pic_crop_235_1 and pic_crop_1_1");
        }
    }

    private static void imagePost(Optional<Crop> picCrop235, Optional<Crop> picCrop11, List<String> images,
                                  List<CoverCrop> coverCrops) {
        String field = "articles.image_info.image_list";
        if (images.isEmpty() || images.size() > MAX_IMAGES) {
            throw new InvalidRequestException(field, "an image post needs 1 to " + MAX_IMAGES + " images, got " + images.size());
        }
        for (int i = 0; i < images.size(); i++) {
            blankRefused(field + "[" + i + "].image_media_id", images.get(i));
        }
        if (picCrop235.isPresent() || picCrop11.isPresent()) {
            throw new InvalidRequestException(picCrop235.isPresent() ? "articles.pic_crop_235_1" : "articles.pic_crop_1_1",
                    "only news articles take pic_crop; image posts use cover_info");
        }
        Set<CoverCrop.Ratio> seen = EnumSet.noneOf(CoverCrop.Ratio.class);
        for (CoverCrop crop : coverCrops) {
            if (!seen.add(crop.ratio())) {
                throw new InvalidRequestException("articles.cover_info.crop_percent_list",
                        "ratio " + crop.ratio().wireName() + " given twice");
            }
        }
    }

    private static void content(String field, String content) {
        int chars = content.codePointCount(0, content.length());
        if (chars >= CONTENT_LIMIT_CHARS) {
            throw new InvalidRequestException(field, "must be under " + CONTENT_LIMIT_CHARS + " characters, got " + chars);
        }
    }

    private static void text(String field, String value, int maxChars) {
        blankRefused(field, value);
        maxChars(field, value, maxChars);
        if (UNICODE_ESCAPE.matcher(value).find()) {
            throw new InvalidRequestException(field, "holds a literal \\uXXXX escape: write the character itself "
                    + "(the platform refuses escapes with 40033)");
        }
    }

    private static String maxChars(String field, String value, int max) {
        int chars = value.codePointCount(0, value.length());
        if (chars > max) {
            throw new InvalidRequestException(field, "at most " + max + " characters, got " + chars);
        }
        return value;
    }

    private static void maxBytes(String field, String value, int max) {
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > max) {
            throw new InvalidRequestException(field, "at most " + max + " bytes, got " + bytes);
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, "required, must not be blank");
        }
        return value;
    }

    private static String blankRefused(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, "must not be blank when given");
        }
        return value;
    }
}
