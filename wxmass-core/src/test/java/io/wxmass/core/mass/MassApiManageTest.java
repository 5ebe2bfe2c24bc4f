package io.wxmass.core.mass;

import static io.wxmass.core.mass.WireFixtures.json;
import static io.wxmass.core.mass.WireFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.PreviewTarget;
import io.wxmass.core.testing.ScriptedPlatform;
import io.wxmass.core.testing.ScriptedPlatform.Reply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Preview, delete, status and speed through the real transport to a scripted platform. */
class MassApiManageTest {
    private static final String PREVIEW = "/cgi-bin/message/mass/preview";
    private static final String DELETE = "/cgi-bin/message/mass/delete";
    private static final String GET = "/cgi-bin/message/mass/get";
    private static final String SPEED_GET = "/cgi-bin/message/mass/speed/get";
    private static final String SPEED_SET = "/cgi-bin/message/mass/speed/set";

    private final ScriptedAccount account = ScriptedAccount.start();
    private final ScriptedPlatform platform = account.platform();
    private final MassApi mass = account.mass();

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void preview_toOpenId_postsSingularImage_andReturnsNoMsgId() {
        platform.always(PREVIEW, Reply.json(text("mass/answer-ok.json")));

        assertThat(mass.preview(MassMessage.image("123dsdajkasd231jhksad"), PreviewTarget.openId("OPENID"))).isEmpty();

        assertThat(platform.requests(PREVIEW).get(0).json()).isEqualTo(json("mass/preview-image-openid.json"));
    }

    @Test
    void preview_toWxName_postsTowxname_andKeepsAMsgIdIfAnswered() {
        platform.always(PREVIEW, Reply.json(text("mass/answer-send-text.json")));

        assertThat(mass.preview(MassMessage.mpNews("123dsdajkasd231jhksad"), PreviewTarget.wxName("示例的微信号")))
                .hasValue(1000000001L);

        assertThat(platform.requests(PREVIEW).get(0).json()).isEqualTo(json("mass/preview-mpnews-wxname.json"));
    }

    @Test
    void delete_oneArticle_postsMsgIdAndIndex() {
        platform.always(DELETE, Reply.json(text("mass/answer-ok.json")));

        mass.delete(30124, 2);
        mass.delete(30124);
        mass.deleteByUrl("https://mp.weixin.qq.com/s?__biz=MjM5&mid=1&idx=1");

        var posts = platform.requests(DELETE);
        assertThat(posts.get(0).json()).isEqualTo(json("mass/delete-article.json"));
        assertThat(posts.get(1).json()).isEqualTo(json("mass/delete-all-articles.json"));
        assertThat(posts.get(2).json()).isEqualTo(json("mass/delete-by-url.json"));
    }

    @Test
    void delete_whenIndexNegativeOrUrlBlank_isRefusedWithoutAnyRequest() {
        assertThatThrownBy(() -> mass.delete(30124, -1))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("article_idx"));
        assertThatThrownBy(() -> mass.deleteByUrl(" "))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("url"));
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void delete_whenPlatformRefusesMsgId_surfacesErrcodeAndEndpoint() {
        platform.always(DELETE, Reply.json(text("mass/error-40059.json")));

        assertThatThrownBy(() -> mass.delete(1))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(40059);
                    assertThat(e.errmsg()).startsWith("invalid msg id");
                    assertThat(e.endpoint()).isEqualTo(DELETE);
                });
        assertThat(platform.count(DELETE)).isEqualTo(1);
    }

    @Test
    void status_postsNumericMsgId_andReadsTypedStatus() {
        platform.enqueue(GET, Reply.json(text("mass/answer-get.json")), Reply.json(text("mass/answer-get-unknown-status.json")));

        assertThat(mass.status(201053012)).isEqualTo(new StatusReport(201053012, MassStatus.SEND_SUCCESS, "SEND_SUCCESS"));
        assertThat(mass.status(201053012)).isEqualTo(new StatusReport(201053012, MassStatus.UNKNOWN, "AUDITING"));

        assertThat(platform.requests(GET).get(0).json()).isEqualTo(json("mass/get.json"));
    }

    @Test
    void speed_postsEmptyObject_andReadsLevelAndRealSpeed() {
        platform.always(SPEED_GET, Reply.json(text("mass/answer-speed-get.json")));

        assertThat(mass.speed()).isEqualTo(new Speed(3, 15));

        assertThat(platform.requests(SPEED_GET).get(0).method()).isEqualTo("POST");
        assertThat(platform.requests(SPEED_GET).get(0).json()).isEqualTo(json("mass/speed-get.json"));
    }

    @Test
    void setSpeed_postsLevel_andAcceptsTheEmptyErrmsgAnswer() {
        platform.always(SPEED_SET, Reply.json(text("mass/answer-speed-set.json")));

        mass.setSpeed(1);

        assertThat(platform.requests(SPEED_SET).get(0).json()).isEqualTo(json("mass/speed-set.json"));
    }

    @Test
    void setSpeed_outsideZeroToFour_isRefusedWithoutAnyRequest() {
        for (int level : List.of(-1, 5)) {
            assertThatThrownBy(() -> mass.setSpeed(level))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.field()).isEqualTo("speed");
                        assertThat(e.rule()).contains("0 to 4");
                    });
        }
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void setSpeed_whenPlatformRefuses_surfacesErrcodeWithoutRetry() {
        platform.always(SPEED_SET, Reply.json(text("mass/error-45083.json")));

        assertThatThrownBy(() -> mass.setSpeed(4))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(45083));
        assertThat(platform.count(SPEED_SET)).isEqualTo(1);
    }
}
