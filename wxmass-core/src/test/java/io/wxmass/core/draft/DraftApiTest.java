package io.wxmass.core.draft;

import static io.wxmass.core.mass.WireFixtures.json;
import static io.wxmass.core.mass.WireFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.mass.ScriptedAccount;
import io.wxmass.core.testing.ScriptedPlatform;
import io.wxmass.core.testing.ScriptedPlatform.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The draft box through the real transport to a scripted platform: request and answer shapes. */
class DraftApiTest {
    private static final String ADD = "/cgi-bin/draft/add";
    private static final String GET = "/cgi-bin/draft/get";
    private static final String UPDATE = "/cgi-bin/draft/update";
    private static final String DELETE = "/cgi-bin/draft/delete";
    private static final String BATCHGET = "/cgi-bin/draft/batchget";
    private static final String COUNT = "/cgi-bin/draft/count";

    private final ScriptedAccount account = ScriptedAccount.start();
    private final ScriptedPlatform platform = account.platform();
    private final DraftApi drafts = new DraftApi(account.transport());

    @AfterEach
    void stop() {
        account.close();
    }

    static DraftArticle fullNews() {
        return DraftArticle.news().title("TITLE").author("AUTHOR").digest("DIGEST").content("<p>CONTENT</p>")
                .contentSourceUrl("https://example.com/source").thumbMediaId("THUMB_MEDIA_ID").needOpenComment(true)
                .picCrop235(Crop.parse("0.1945_0_1_0.5236")).picCrop11(Crop.of(0.166454, 0, 0.833545, 1))
                .productKey("PRODUCT_KEY").build();
    }

    @Test
    void add_news_writesEveryField_andReturnsMediaId() {
        platform.always(ADD, Reply.json(text("draft/answer-add.json")));

        assertThat(drafts.add(fullNews())).isEqualTo("MEDIA_ID");

        assertThat(platform.requests(ADD).get(0).json()).isEqualTo(json("draft/add-news.json"));
    }

    @Test
    void add_imagePost_writesImageListAndCoverCropsAsStrings() {
        platform.always(ADD, Reply.json(text("draft/answer-add.json")));
        DraftArticle post = DraftArticle.imagePost().title("TITLE").content("CONTENT")
                .image("IMAGE_MEDIA_ID_1").image("IMAGE_MEDIA_ID_2")
                .coverCrop(CoverCrop.Ratio.SQUARE, Crop.of(0.166454, 0, 0.833545, 1))
                .coverCrop(CoverCrop.Ratio.WIDE, Crop.of(0, 0.1, 1, 0.6625)).build();

        drafts.add(post);

        assertThat(platform.requests(ADD).get(0).json()).isEqualTo(json("draft/add-newspic.json"));
    }

    @Test
    void add_ofNineArticles_isRefusedWithoutAnyRequest() {
        List<DraftArticle> nine = IntStream.range(0, 9).mapToObj(i -> DraftArticleTest.news().build()).toList();

        assertThatThrownBy(() -> drafts.add(nine)).isInstanceOf(InvalidRequestException.class);
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void add_whenPlatformRefusesProduct_surfaces53405() {
        platform.always(ADD, Reply.json(text("draft/error-53405.json")));

        assertThatThrownBy(() -> drafts.add(fullNews())).isInstanceOfSatisfying(WeChatApiException.class, e -> {
            assertThat(e.errcode()).isEqualTo(53405);
            assertThat(e.code()).isPresent();
        });
    }

    @Test
    void get_readsEveryArticleField_andTheTimesSentBesideNewsItem() {
        platform.always(GET, Reply.json(text("draft/answer-get.json")));

        Draft draft = drafts.get("MEDIA_ID");

        assertThat(platform.requests(GET).get(0).json()).isEqualTo(json("draft/get.json"));
        assertThat(draft.mediaId()).isEqualTo("MEDIA_ID");
        assertThat(draft.createTime()).contains(Instant.ofEpochSecond(1725000000));
        assertThat(draft.updateTime()).contains(Instant.ofEpochSecond(1725000100));
        assertThat(draft.articles()).containsExactly(
                new StoredArticle(ArticleType.NEWS, "TITLE", "AUTHOR", "DIGEST", "CONTENT", "CONTENT_SOURCE_URL",
                        "THUMB_MEDIA_ID", "THUMB_URL", "URL", false, false, List.of(), "", false),
                new StoredArticle(ArticleType.NEWSPIC, "TITLE2", "", "", "CONTENT2", "", "", "", "URL2", true, true,
                        List.of("IMAGE_MEDIA_ID"), "PRODUCT_KEY", false));
    }

    @Test
    void get_ofAConsumedDraft_surfaces40007() {
        platform.always(GET, Reply.json(text("draft/error-40007.json")));

        assertThatThrownBy(() -> drafts.get("MEDIA_ID"))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(40007));
    }

    @Test
    void update_sendsOneArticleObjectAtAZeroBasedIndex() {
        platform.always(UPDATE, Reply.json(text("draft/answer-ok.json")));
        DraftArticle article = DraftArticle.news().title("TITLE").author("AUTHOR").digest("DIGEST").content("CONTENT")
                .contentSourceUrl("CONTENT_SOURCE_URL").thumbMediaId("THUMB_MEDIA_ID").needOpenComment(true)
                .onlyFansCanComment(true).picCrop235(Crop.parse("0.1945_0_1_0.5236"))
                .picCrop11(Crop.parse("0.166454_0_0.833545_1")).build();

        drafts.update("MEDIA_ID", 1, article);

        assertThat(platform.requests(UPDATE).get(0).json()).isEqualTo(json("draft/update.json"));
    }

    @Test
    void update_withNegativeIndex_isRefusedWithoutAnyRequest() {
        assertThatThrownBy(() -> drafts.update("MEDIA_ID", -1, fullNews()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("index"));
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void update_whenPlatformRefusesIndex_surfaces40114() {
        platform.always(UPDATE, Reply.json(text("draft/error-40114.json")));

        assertThatThrownBy(() -> drafts.update("MEDIA_ID", 7, fullNews()))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(40114));
    }

    @Test
    void delete_postsMediaId() {
        platform.always(DELETE, Reply.json(text("draft/answer-ok.json")));

        drafts.delete("MEDIA_ID");

        assertThat(platform.requests(DELETE).get(0).json()).isEqualTo(json("draft/delete.json"));
    }

    @Test
    void count_isAGetWithoutBody() {
        platform.always(COUNT, Reply.json(text("draft/answer-count.json")));

        assertThat(drafts.count()).isEqualTo(7);
        assertThat(platform.requests(COUNT).get(0).method()).isEqualTo("GET");
    }

    @Test
    void list_writesPageRequest_andReadsItemsWithTheirTimes() {
        platform.always(BATCHGET, Reply.json(text("draft/answer-batchget.json")));

        DraftPage page = drafts.list(0, 20, true);

        assertThat(platform.requests(BATCHGET).get(0).json()).isEqualTo(json("draft/batchget.json"));
        assertThat(page.totalCount()).isEqualTo(2);
        assertThat(page.drafts()).extracting(Draft::mediaId).containsExactly("MEDIA_ID_1", "MEDIA_ID_2");
        assertThat(page.drafts().get(0).createTime()).contains(Instant.ofEpochSecond(1725000000));
        assertThat(page.drafts().get(1).updateTime()).contains(Instant.ofEpochSecond(1725000200));
        assertThat(page.drafts().get(1).createTime()).isEqualTo(Optional.empty());
        assertThat(page.drafts().get(1).articles().get(0).imageMediaIds()).containsExactly("IMAGE_MEDIA_ID");
    }

    @Test
    void all_pagesUntilAShortPage() {
        String full = pageOf(20, 0);
        platform.enqueue(BATCHGET, Reply.json(full), Reply.json(pageOf(3, 20)));

        assertThat(drafts.all(true).map(Draft::mediaId).toList()).hasSize(23).startsWith("M0").endsWith("M22");

        assertThat(platform.requests(BATCHGET)).extracting(r -> r.json().path("offset").asInt()).containsExactly(0, 20);
    }

    @Test
    void all_ofAnEmptyBox_makesOneRequest() {
        platform.always(BATCHGET, Reply.json(text("draft/answer-batchget-empty.json")));

        assertThat(drafts.all(false)).isEmpty();
        assertThat(platform.count(BATCHGET)).isEqualTo(1);
    }

    private static String pageOf(int size, int first) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < size; i++) {
            items.append(i == 0 ? "" : ",").append("{\"media_id\":\"M").append(first + i)
                    .append("\",\"content\":{\"news_item\":[{\"title\":\"T\"}]},\"update_time\":1}");
        }
        return "{\"total_count\":23,\"item_count\":" + size + ",\"item\":[" + items + "]}";
    }
}
