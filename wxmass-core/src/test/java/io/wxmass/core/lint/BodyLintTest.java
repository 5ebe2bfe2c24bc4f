package io.wxmass.core.lint;

import static io.wxmass.core.mass.WireFixtures.json;
import static io.wxmass.core.mass.WireFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Raw bodies against their endpoint: the wire fixtures are clean, the classic mistakes are not. */
class BodyLintTest {
    private static final String SENDALL = "/cgi-bin/message/mass/sendall";
    private static final String SEND = "/cgi-bin/message/mass/send";
    private static final String PREVIEW = "/cgi-bin/message/mass/preview";

    @Test
    void documentedBodies_haveNoFindings() {
        for (String fixture : List.of("mass/sendall-images-tag.json", "mass/sendall-mpnews-tag.json",
                "mass/sendall-mpvideo-tag.json", "mass/sendall-text-tag.json", "mass/sendall-voice-tag.json")) {
            assertThat(BodyLint.check(SENDALL, json(fixture))).as(fixture).isEmpty();
        }
        assertThat(BodyLint.check(SEND, json("mass/send-mpvideo-openids.json"))).isEmpty();
        assertThat(BodyLint.check(PREVIEW, json("mass/preview-image-openid.json"))).isEmpty();
        assertThat(BodyLint.check(PREVIEW, json("mass/preview-mpnews-openid.json"))).isEmpty();
    }

    @Test
    void singularImageOnSendall_isAnErrorNamingImages() {
        List<Finding> findings = BodyLint.check(SENDALL,
                parse("{\"filter\":{\"is_to_all\":false,\"tag_id\":2},\"image\":{\"media_id\":\"M\"},\"msgtype\":\"image\"}"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.field()).isEqualTo("images");
            assertThat(f.message()).contains("not image{media_id}");
        });
    }

    @Test
    void pluralImagesOnPreview_isAnErrorNamingImage() {
        List<Finding> findings = BodyLint.check(PREVIEW,
                parse("{\"touser\":\"o1\",\"images\":{\"media_ids\":[\"M\"]},\"msgtype\":\"image\"}"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("image");
            assertThat(f.message()).contains("not images{media_ids}");
        });
    }

    @Test
    void videoMsgtype_isAWarningOnSend_andAnErrorOnSendall() {
        String body = "{\"touser\":[\"o1\",\"o2\"],\"video\":{\"media_id\":\"M\"},\"msgtype\":\"video\"}";

        assertThat(BodyLint.check(SEND, parse(body))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(BodyLint.check(SENDALL, parse(body))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void msgtypeWithoutItsPayload_orMissing_isAnError() {
        assertThat(BodyLint.check(SENDALL, parse("{\"filter\":{\"is_to_all\":true},\"text\":{\"content\":\"x\"},\"msgtype\":\"mpnews\",\"send_ignore_reprint\":0}")))
                .singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("mpnews"));
        assertThat(BodyLint.check(SENDALL, parse("{\"text\":{\"content\":\"x\"}}")))
                .singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("msgtype"));
    }

    @Test
    void mpnewsWithoutSendIgnoreReprint_isAWarning() {
        List<Finding> findings = BodyLint.check(SENDALL,
                parse("{\"filter\":{\"is_to_all\":false,\"tag_id\":2},\"mpnews\":{\"media_id\":\"M\"},\"msgtype\":\"mpnews\"}"));

        assertThat(findings).extracting(Finding::rule).containsExactly(Rule.IGNORE_REPRINT_CHOICE);
    }

    @Test
    void otherEndpoint_isAnError() {
        assertThat(BodyLint.check("/cgi-bin/draft/add", parse("{}"))).singleElement()
                .satisfies(f -> assertThat(f.field()).isEqualTo("endpoint"));
    }
}
