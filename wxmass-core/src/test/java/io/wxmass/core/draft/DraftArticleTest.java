package io.wxmass.core.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** One test per documented article rule: each names the wire field and the rule it broke. */
class DraftArticleTest {

    static DraftArticle.Builder news() {
        return DraftArticle.news().title("TITLE").content("<p>CONTENT</p>").thumbMediaId("THUMB_MEDIA_ID");
    }

    static DraftArticle.Builder imagePost() {
        return DraftArticle.imagePost().title("TITLE").content("CONTENT").image("IMAGE_MEDIA_ID");
    }

    private static void refused(ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).contains(rule);
        });
    }

    @Test
    void title_whenMissing_isRefused() {
        refused(() -> news().title(null).build(), "articles.title", "required");
        refused(() -> news().title("  ").build(), "articles.title", "required");
    }

    @Test
    void title_of32Characters_isAccepted_and33AreRefused() {
        String han = "春".repeat(32);
        assertThat(news().title(han).build().title()).isEqualTo(han);
        refused(() -> news().title(han + "x").build(), "articles.title", "at most 32 characters, got 33");
    }

    @Test
    void title_countsEmojiAsOneCharacterEach() {
        assertThat(news().title("😀".repeat(32)).build().title()).hasSize(64);
        refused(() -> news().title("😀".repeat(33)).build(), "articles.title", "got 33");
    }

    @Test
    void title_withLiteralUnicodeEscape_isRefused() {
        refused(() -> news().title("Spring \\u6625").build(), "articles.title", "\\uXXXX");
    }

    @Test
    void author_over16Characters_isRefused() {
        assertThat(news().author("a".repeat(16)).build().author()).contains("a".repeat(16));
        refused(() -> news().author("a".repeat(17)).build(), "articles.author", "at most 16 characters");
        refused(() -> news().author("\\u0041").build(), "articles.author", "\\uXXXX");
    }

    @Test
    void digest_over128Characters_isRefused() {
        assertThat(news().digest("d".repeat(128)).build().digest()).isPresent();
        refused(() -> news().digest("d".repeat(129)).build(), "articles.digest", "at most 128 characters");
        refused(() -> news().digest(" ").build(), "articles.digest", "must not be blank");
    }

    @Test
    void content_whenMissing_isRefused() {
        refused(() -> news().content("").build(), "articles.content", "required");
    }

    @Test
    void content_of20000Characters_isRefused() {
        assertThat(news().content("x".repeat(19_999)).build().content()).hasSize(19_999);
        refused(() -> news().content("x".repeat(20_000)).build(), "articles.content", "under 20000 characters");
    }

    @Test
    void contentSourceUrl_over1024Bytes_isRefused() {
        String url = "https://example.com/" + "a".repeat(1024 - 20);
        assertThat(news().contentSourceUrl(url).build().contentSourceUrl()).contains(url);
        refused(() -> news().contentSourceUrl(url + "b").build(), "articles.content_source_url", "at most 1024 bytes");
    }

    @Test
    void news_withoutThumb_isRefused() {
        refused(() -> news().thumbMediaId(null).build(), "articles.thumb_media_id", "required for a news article");
    }

    @Test
    void news_withImages_isRefused() {
        refused(() -> news().image("IMAGE").build(), "articles.image_info", "only image posts");
    }

    @Test
    void news_withCoverInfo_isRefused() {
        refused(() -> news().coverCrop(CoverCrop.Ratio.SQUARE, Crop.of(0, 0, 1, 1)).build(),
                "articles.cover_info", "only image posts");
    }

    @Test
    void imagePost_withoutImages_isRefused() {
        refused(() -> DraftArticle.imagePost().title("T").content("C").build(),
                "articles.image_info.image_list", "1 to 20 images, got 0");
    }

    @Test
    void imagePost_of20Images_isAccepted_and21AreRefused() {
        List<String> twenty = Collections.nCopies(20, "IMAGE");
        assertThat(imagePost().images(twenty).build().imageMediaIds()).hasSize(20);
        refused(() -> imagePost().images(Collections.nCopies(21, "IMAGE")).build(),
                "articles.image_info.image_list", "got 21");
    }

    @Test
    void imagePost_withBlankImageId_isRefusedNamingItsPosition() {
        refused(() -> imagePost().image(" ").build(), "articles.image_info.image_list[1].image_media_id", "blank");
    }

    @Test
    void imagePost_withPicCrop_isRefused() {
        refused(() -> imagePost().picCrop11(Crop.of(0, 0, 1, 1)).build(), "articles.pic_crop_1_1", "only news");
    }

    @Test
    void imagePost_withTheSameCoverRatioTwice_isRefused() {
        refused(() -> imagePost().coverCrop(CoverCrop.Ratio.WIDE, Crop.of(0, 0, 1, 0.5))
                        .coverCrop(CoverCrop.Ratio.WIDE, Crop.of(0, 0.5, 1, 1)).build(),
                "articles.cover_info.crop_percent_list", "16_9 given twice");
    }

    @Test
    void productKey_whenBlank_isRefused() {
        refused(() -> news().productKey("").build(), "articles.product_info.footer_product_info.product_key", "blank");
    }

    @Test
    void crop_outsideTheUnitSquare_isRefused() {
        refused(() -> Crop.of(-0.1, 0, 1, 1), "crop.x1", "within 0..1");
        refused(() -> Crop.of(0, 0, 1, 1.5), "crop.y2", "within 0..1");
    }

    @Test
    void crop_withCornersInTheWrongOrder_isRefused() {
        refused(() -> Crop.of(0.5, 0, 0.5, 1), "crop", "x1 < x2");
    }

    @Test
    void crop_withMoreThanSixDecimals_isRefusedWhenParsed_andRoundedFromDoubles() {
        refused(() -> Crop.parse("0.1234567_0_1_1"), "crop.x1", "at most 6 decimals");
        refused(() -> Crop.parse("0_0_1"), "crop", "X1_Y1_X2_Y2");
        assertThat(Crop.of(0.1234567, 0, 1, 1).wire()).isEqualTo("0.123457_0_1_1");
        assertThat(Crop.parse("0.1945_0_1_0.5236").wire()).isEqualTo("0.1945_0_1_0.5236");
    }

    @Test
    void draft_ofNoneOrMoreThanEightArticles_isRefused() {
        refused(() -> DraftRules.checkDraft(List.of()), "articles", "1 to 8 articles, got 0");
        refused(() -> DraftRules.checkDraft(Collections.nCopies(9, news().build())), "articles", "got 9");
        DraftRules.checkDraft(Collections.nCopies(8, news().build()));
    }

    @Test
    void draft_ofSeveralArticles_refusesADigest() {
        refused(() -> DraftRules.checkDraft(List.of(news().build(), news().digest("D").build())),
                "articles[1].digest", "only a single-article draft");
        DraftRules.checkDraft(List.of(news().digest("D").build()));
    }

    @Test
    void updateIndex_isZeroBased_andBelowEight() {
        assertThat(DraftRules.checkIndex(0)).isZero();
        refused(() -> DraftRules.checkIndex(-1), "index", "0-based");
        refused(() -> DraftRules.checkIndex(8), "index", "0 to 7, got 8");
    }

    @Test
    void page_countIsOneToTwenty_andOffsetNotNegative() {
        refused(() -> DraftRules.checkPage(0, 0), "count", "1 to 20");
        refused(() -> DraftRules.checkPage(0, 21), "count", "got 21");
        refused(() -> DraftRules.checkPage(-1, 5), "offset", "0 or more");
    }

    @Test
    void toBuilder_keepsEveryField() {
        DraftArticle full = news().author("A").digest("D").contentSourceUrl("https://e.com").needOpenComment(true)
                .onlyFansCanComment(true).picCrop235(Crop.of(0, 0, 1, 0.5)).picCrop11(Crop.of(0, 0, 0.5, 1))
                .productKey("P").build();
        assertThat(full.toBuilder().build()).isEqualTo(full);
        DraftArticle post = imagePost().coverCrop(CoverCrop.Ratio.SQUARE, Crop.of(0, 0, 1, 1)).build();
        assertThat(post.toBuilder().build()).isEqualTo(post);
    }
}
