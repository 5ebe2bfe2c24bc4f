package io.wxmass.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ErrorCatalogueTest {
    /**
     * Every code of docs/platform.md §3, the token codes of §6, clear_quota's 48006 (§2.3), 47002 (§1.1)
     * and the tag codes of §11.
     */
    private static final int[] SPEC_CODES = {
        -1, 0, 40001, 40002, 40003, 40004, 40005, 40007, 40008, 40009, 40013, 40014, 40031, 40032, 40033,
        40059, 40060, 40065, 40125, 40130, 40152, 40164, 40204, 40215, 40243, 41001, 41002, 41004, 41040,
        42001, 42010, 43002, 43004, 44002, 45009, 45011, 45027, 45028, 45052, 45062, 45065, 45066, 45067,
        45083, 45084, 45085, 45113, 45159, 45162, 47001, 47002, 48001, 48004, 48006, 48008, 48021, 48022, 50002,
        89503, 89504, 89505, 89506, 89507, 9500001, 9500002, 268488001, 64004,
        // The draft box, publishing, retired material and mass-send protection (docs/platform.md §7–§9, §12).
        40114, 41039, 44003, 45003, 45004, 45106, 45166, 53404, 53405, 53406, 53503, 53504, 53505, 53600, 88000,
        89501, 89502,
        45056, 45057, 45058, 45059, 45157, 45158, 45169, 45171, 49003,
    };

    @Test
    void catalogue_holdsEveryDocumentedCode_withAMeaning() {
        for (int code : SPEC_CODES) {
            assertThat(ErrorCatalogue.lookup(code)).as("code %d", code)
                    .hasValueSatisfying(c -> assertThat(c.meaning()).isNotBlank());
        }
        assertThat(ErrorCatalogue.all()).extracting(ErrorCode::code)
                .containsExactlyInAnyOrderElementsOf(IntStream.of(SPEC_CODES).boxed().toList());
    }

    @Test
    void onlySystemError_isRetryable() {
        assertThat(ErrorCatalogue.all()).filteredOn(ErrorCode::retryable).extracting(ErrorCode::code).containsExactly(-1);
    }

    @Test
    void serverTexts_matchTheSpec() {
        assertThat(ErrorCatalogue.errmsg(45065, "?")).isEqualTo("clientmsgid exist");
        assertThat(ErrorCatalogue.errmsg(45066, "?")).isEqualTo("same clientmsgid retry too fast");
        assertThat(ErrorCatalogue.errmsg(45067, "?")).isEqualTo("clientmsgid size out of limit");
        assertThat(ErrorCatalogue.errmsg(45028, "?")).isEqualTo("has no masssend quota");
        assertThat(ErrorCatalogue.errmsg(40130, "?")).isEqualTo("invalid openid list size, at least two openid");
        assertThat(ErrorCatalogue.errmsg(42001, "?")).isEqualTo("access_token expired");
    }

    @Test
    void codesWithoutKnownText_fallBack() {
        assertThat(ErrorCatalogue.errmsg(40060, "article_idx invalid")).isEqualTo("article_idx invalid");
        assertThat(ErrorCatalogue.errmsg(123, "not catalogued")).isEqualTo("not catalogued");
    }

    @Test
    void tokenInvalidCodes_areExactlyTheThreeTheTransportRefreshesOn() {
        assertThat(IntStream.of(SPEC_CODES).filter(ErrorCodes::isTokenInvalid).boxed().toList())
                .containsExactly(40001, 40014, 42001);
    }

    @Test
    void unknownCode_keepsNumberAndText_andIsNotRetryable() {
        WeChatApiException e = new WeChatApiException(9999999, "something new rid: 1-2-3", "/cgi-bin/message/mass/send",
                "cm-1", null);

        assertThat(e.errcode()).isEqualTo(9999999);
        assertThat(e.errmsg()).isEqualTo("something new rid: 1-2-3");
        assertThat(e.code()).isEmpty();
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage())
                .isEqualTo("/cgi-bin/message/mass/send failed: errcode=9999999, errmsg=something new rid: 1-2-3, clientmsgid=cm-1");
    }

    @Test
    void protectionCodes_89501To89505_areWaitingForAnAdmin_andNeverRetryable() {
        for (int code = 89501; code <= 89505; code++) {
            WeChatApiException e = new WeChatApiException(code, ErrorCatalogue.errmsg(code, ""), "/cgi-bin/message/mass/sendall");
            assertThat(e.awaitingAdminConfirmation()).as("code %d", code).isTrue();
            assertThat(e.retryable()).as("code %d", code).isFalse();
            assertThat(e.getMessage()).contains("waiting for an admin");
        }
        for (int code : new int[] {89506, 89507, 48001, -1, 45009}) {
            assertThat(new WeChatApiException(code, "", "/cgi-bin/message/mass/sendall").awaitingAdminConfirmation())
                    .as("code %d", code).isFalse();
        }
    }

    @Test
    void protectionCodes_carryThePlatformsTexts() {
        assertThat(ErrorCatalogue.errmsg(89504, "?")).isEqualTo("正在等管理员确认，请耐心等待");
        assertThat(ErrorCatalogue.errmsg(89505, "?")).isEqualTo("正在等管理员确认，请稍候重试");
        assertThat(ErrorCatalogue.errmsg(89501, "?")).isEqualTo("公众号有未处理的确认请求，请稍候重试");
    }

    @Test
    void draftAndPublishCodes_carryThePlatformsTexts() {
        assertThat(ErrorCatalogue.errmsg(40114, "?")).isEqualTo("invalid index value");
        assertThat(ErrorCatalogue.errmsg(53503, "?")).isEqualTo("该草稿未通过发布检查");
        assertThat(ErrorCatalogue.errmsg(53600, "?")).isEqualTo("Article ID 无效");
        assertThat(ErrorCatalogue.lookup(45106)).hasValueSatisfying(c -> assertThat(c.meaning()).contains("draft/add"));
    }

    @Test
    void knownCode_messageAddsTheMeaning() {
        WeChatApiException e = new WeChatApiException(45028, "has no masssend quota", "/cgi-bin/message/mass/sendall");

        assertThat(e.getMessage()).contains("errcode=45028", "no mass-send quota left");
        assertThat(e.msgId()).isEmpty();
    }
}
