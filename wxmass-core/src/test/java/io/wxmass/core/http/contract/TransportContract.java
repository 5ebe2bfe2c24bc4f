package io.wxmass.core.http.contract;

import static io.wxmass.core.testing.ScriptedPlatform.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.http.ApiRequest;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.http.HttpCaller;
import io.wxmass.core.http.JdkHttpTransport;
import io.wxmass.core.http.RequestBody;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.testing.ManualClock;
import io.wxmass.core.testing.ScriptedPlatform;
import io.wxmass.core.testing.ScriptedPlatform.Recorded;
import io.wxmass.core.testing.TestSecrets;
import io.wxmass.core.testing.TestTransports;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HttpCaller} must do under the transport: the request on the wire, the answer mapped, failures
 * typed. Subclassed once per caller (core's JDK one, wxmass-transport-httpclient5's).
 */
public abstract class TransportContract {
    private final ScriptedPlatform platform = ScriptedPlatform.start();
    private final ManualClock clock = ManualClock.start();
    private final JdkHttpTransport transport = TestTransports.authenticated(platform, clock).caller(caller(platform.baseUrl())).build();

    /** The round trip under test, for a server at {@code baseUrl}; made once per test instance, so keep it cheap. */
    protected abstract HttpCaller caller(String baseUrl);

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void post_addsAccessTokenToQuery_andSendsUtf8JsonWithoutUnicodeEscapes() {
        platform.always(Endpoints.MASS_PREVIEW.path(), Reply.json("{\"errcode\":0,\"errmsg\":\"preview success\"}"));
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("touser", "OPENID").put("msgtype", "text");
        body.putObject("text").put("content", "春节快乐 🎉 wxmass");

        JsonNode answer = transport.execute(ApiRequest.post(Endpoints.MASS_PREVIEW, RequestBody.json(body)));

        assertThat(answer.get("errmsg").asText()).isEqualTo("preview success");
        Recorded sent = platform.requests(Endpoints.MASS_PREVIEW.path()).get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.query()).containsExactly(Map.entry("access_token", TestSecrets.ACCESS_TOKEN));
        assertThat(sent.header("Content-Type")).isEqualTo("application/json; charset=UTF-8");
        assertThat(sent.bodyText()).contains("春节快乐 🎉 wxmass").doesNotContain("\\u");
        assertThat(sent.body()).containsSequence("春节快乐".getBytes(StandardCharsets.UTF_8));
        assertThat(sent.json()).isEqualTo(body);
    }

    @Test
    void get_sendsQueryParametersAndToken_withoutBody() {
        platform.always(Endpoints.USER_GET.path(), Reply.json("{\"total\":2,\"count\":0,\"next_openid\":\"\"}"));

        transport.execute(ApiRequest.get(Endpoints.USER_GET, Map.of("next_openid", "o+A/b=c&d")));

        Recorded sent = platform.requests(Endpoints.USER_GET.path()).get(0);
        assertThat(sent.method()).isEqualTo("GET");
        assertThat(sent.query()).containsOnly(
                Map.entry("next_openid", "o+A/b=c&d"), Map.entry("access_token", TestSecrets.ACCESS_TOKEN));
        assertThat(sent.body()).isEmpty();
    }

    @Test
    void multipart_sendsFormDataWithFilePartAndTextPart() {
        platform.always(Endpoints.MEDIA_UPLOADIMG.path(), Reply.json("{\"url\":\"http://mmbiz.qpic.cn/x\"}"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
        RequestBody form = RequestBody.multipart(List.of(
                RequestBody.Part.file("media", "封面.png", "image/png", png),
                RequestBody.Part.text("description", "{\"title\":\"标题\"}")));

        transport.execute(ApiRequest.post(Endpoints.MEDIA_UPLOADIMG, form));

        Recorded sent = platform.requests(Endpoints.MEDIA_UPLOADIMG.path()).get(0);
        String contentType = sent.header("Content-Type");
        assertThat(contentType).startsWith("multipart/form-data; boundary=");
        String boundary = contentType.substring(contentType.indexOf('=') + 1);
        byte[] expected = concat(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\"封面.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8),
                png,
                ("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n"
                        + "{\"title\":\"标题\"}\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(sent.body()).isEqualTo(expected);
    }

    @Test
    void baseUrlWithPathPrefix_isKeptInFrontOfEndpointPaths() {
        JdkHttpTransport viaGateway = TestTransports.authenticated(platform, clock).caller(caller(platform.baseUrl()))
                .baseUrl(platform.baseUrl() + "/gateway/wechat/").build();
        platform.always("/gateway/wechat/cgi-bin/stable_token", Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)));
        platform.always("/gateway/wechat" + Endpoints.TAGS_GET.path(), Reply.json("{\"tags\":[]}"));

        JsonNode answer = viaGateway.execute(ApiRequest.get(Endpoints.TAGS_GET, Map.of()));

        assertThat(answer.get("tags").isArray()).isTrue();
    }

    @Test
    void documentedErrcode_throwsWeChatApiException_withCodeTextEndpointAndMeaning() {
        platform.always(Endpoints.MASS_SEND.path(),
                Reply.error(40003, "invalid openid rid: 64ffdf3b-25c2606d-7d6d6392"));

        assertThatThrownBy(() -> transport.execute(ApiRequest.send(Endpoints.MASS_SEND, textBody(), "cm-40003")))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(40003);
                    assertThat(e.errmsg()).isEqualTo("invalid openid rid: 64ffdf3b-25c2606d-7d6d6392");
                    assertThat(e.endpoint()).isEqualTo("/cgi-bin/message/mass/send");
                    assertThat(e.clientMsgId()).contains("cm-40003");
                    assertThat(e.code()).hasValueSatisfying(c -> assertThat(c.errmsg()).isEqualTo("invalid openid"));
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("errcode=40003", "not a follower", "clientmsgid=cm-40003")
                            .doesNotContain(TestSecrets.ACCESS_TOKEN);
                });
        assertThat(platform.count(Endpoints.MASS_SEND.path())).isEqualTo(1);
    }

    @Test
    void unknownErrcode_keepsNumberAndText_andIsNotRetried() {
        platform.always(Endpoints.MASS_GET.path(), Reply.error(9876543, "brand new failure"));

        assertThatThrownBy(() -> transport.execute(ApiRequest.post(Endpoints.MASS_GET, msgIdBody())))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(9876543);
                    assertThat(e.errmsg()).isEqualTo("brand new failure");
                    assertThat(e.code()).isEmpty();
                    assertThat(e.getMessage()).contains("9876543", "brand new failure");
                });
        assertThat(platform.count(Endpoints.MASS_GET.path())).isEqualTo(1);
    }

    @Test
    void clientMsgIdExists_carriesExistingMsgId() {
        platform.always(Endpoints.MASS_SENDALL.path(),
                Reply.json("{\"errcode\":45065,\"errmsg\":\"clientmsgid exist\",\"msg_id\":3147494276}"));

        assertThatThrownBy(() -> transport.execute(ApiRequest.send(Endpoints.MASS_SENDALL, textBody(), "cm-dup")))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(45065);
                    assertThat(e.msgId()).hasValue(3147494276L);
                    assertThat(e.clientMsgId()).contains("cm-dup");
                });
    }

    @Test
    void answerThatIsNotJson_throwsTransportException_withOutcomeUnknown_andWithoutQuotingBody() {
        platform.always(Endpoints.MASS_GET.path(),
                Reply.raw(502, "text/html", ("<html>bad gateway " + TestSecrets.ACCESS_TOKEN + "</html>").getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> transport.execute(ApiRequest.post(Endpoints.MASS_GET, msgIdBody())))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.outcomeUnknown()).isTrue();
                    assertThat(e.endpoint()).isEqualTo(Endpoints.MASS_GET.path());
                    assertThat(e.getMessage()).contains("502").doesNotContain(TestSecrets.ACCESS_TOKEN);
                });
    }

    @Test
    void httpErrorStatusWithoutErrcode_throwsTransportException() {
        platform.always(Endpoints.MASS_GET.path(), Reply.json(503, "{\"message\":\"unavailable\"}"));

        assertThatThrownBy(() -> transport.execute(ApiRequest.post(Endpoints.MASS_GET, msgIdBody())))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("HTTP 503");
    }

    @Test
    void massSendWithoutClientMsgId_isRefusedBeforeAnyRequest() {
        ApiRequest bare = new ApiRequest(Endpoints.MASS_SENDALL, Map.of(), textBody(), null);

        assertThatThrownBy(() -> transport.execute(bare))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("clientmsgid"));
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void connectionRefused_throwsTransportException_withOutcomeKnown() {
        platform.close();

        assertThatThrownBy(() -> transport.execute(ApiRequest.post(Endpoints.MASS_GET, msgIdBody())))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.outcomeUnknown()).isFalse());
    }

    @Test
    void toString_showsBaseUrlButNoSecrets() {
        assertThat(transport.toString()).contains(platform.baseUrl())
                .doesNotContain(TestSecrets.APP_SECRET, TestSecrets.ACCESS_TOKEN);
    }

    protected static RequestBody textBody() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("filter").put("is_to_all", false).put("tag_id", 2);
        body.putObject("text").put("content", "CONTENT");
        return RequestBody.json(body.put("msgtype", "text"));
    }

    protected static RequestBody msgIdBody() {
        return RequestBody.json(JsonNodeFactory.instance.objectNode().put("msg_id", 201053012L));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
