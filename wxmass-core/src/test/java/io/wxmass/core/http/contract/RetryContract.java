package io.wxmass.core.http.contract;

import static io.wxmass.core.http.contract.TransportContract.msgIdBody;
import static io.wxmass.core.http.contract.TransportContract.textBody;
import static io.wxmass.core.testing.ScriptedPlatform.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.http.ApiRequest;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.http.Endpoint;
import io.wxmass.core.http.HttpCaller;
import io.wxmass.core.http.JdkHttpTransport;
import io.wxmass.core.http.RequestBody;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.testing.ManualClock;
import io.wxmass.core.testing.ScriptedPlatform;
import io.wxmass.core.testing.ScriptedPlatform.Recorded;
import io.wxmass.core.testing.TestSecrets;
import io.wxmass.core.testing.TestTransports;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The retry policy, token refresh and rate limiter over a real round trip; subclassed once per {@link HttpCaller}. */
public abstract class RetryContract {
    private static final String SEND_OK = "{\"errcode\":0,\"errmsg\":\"send job submission success\",\"msg_id\":34182,\"msg_data_id\":206227730}";
    private static final String GET_OK = "{\"msg_id\":201053012,\"msg_status\":\"SEND_SUCCESS\"}";

    private final ScriptedPlatform platform = ScriptedPlatform.start();
    private final ManualClock clock = ManualClock.start();
    private final List<String> acquired = new ArrayList<>();
    private final JdkHttpTransport transport = TestTransports.authenticated(platform, clock).caller(caller(platform.baseUrl()))
            .rateLimiter(acquired::add)
            .requestTimeout(Duration.ofMillis(300))
            .build();

    /** The round trip under test, for a server at {@code baseUrl}; made once per test instance, so keep it cheap. */
    protected abstract HttpCaller caller(String baseUrl);

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void otherCall_afterSystemError_isRetriedWithCappedExponentialBackoff() {
        platform.enqueue(Endpoints.MASS_GET.path(), Reply.error(-1, "system error"), Reply.error(-1, "system error"),
                Reply.json(GET_OK));

        JsonNode answer = transport.execute(ApiRequest.post(Endpoints.MASS_GET, msgIdBody()));

        assertThat(answer.get("msg_status").asText()).isEqualTo("SEND_SUCCESS");
        assertThat(platform.count(Endpoints.MASS_GET.path())).isEqualTo(3);
        assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void otherCall_whenSystemErrorPersists_givesUpAfterMaxAttempts() {
        platform.always(Endpoints.USER_GET.path(), Reply.error(-1, "system error"));

        assertThatThrownBy(() -> transport.execute(ApiRequest.get(Endpoints.USER_GET, Map.of())))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(-1));
        assertThat(platform.count(Endpoints.USER_GET.path())).isEqualTo(4);
        assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000));
    }

    @Test
    void otherCall_afterTimeout_isNotRetried() {
        platform.enqueue(Endpoints.MASS_GET.path(), Reply.hang());
        platform.always(Endpoints.MASS_GET.path(), Reply.json(GET_OK));

        assertThatThrownBy(() -> transport.execute(ApiRequest.post(Endpoints.MASS_GET, msgIdBody())))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
        assertThat(platform.count(Endpoints.MASS_GET.path())).isEqualTo(1);
    }

    @Test
    void preview_afterConnectionDrop_isNotRetried() {
        platform.enqueue(Endpoints.MASS_PREVIEW.path(), Reply.drop());
        platform.always(Endpoints.MASS_PREVIEW.path(), Reply.json("{\"errcode\":0,\"errmsg\":\"ok\"}"));

        assertThatThrownBy(() -> transport.execute(ApiRequest.post(Endpoints.MASS_PREVIEW, textBody())))
                .isInstanceOf(TransportException.class);
        assertThat(platform.count(Endpoints.MASS_PREVIEW.path())).isEqualTo(1);
    }

    @Test
    void otherCall_afterDocumentedNonRetryableError_isNotRetried() {
        platform.always(Endpoints.MASS_DELETE.path(), Reply.error(45009, "api freq out of limit"));

        assertThatThrownBy(() -> transport.execute(ApiRequest.post(Endpoints.MASS_DELETE, msgIdBody())))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(45009));
        assertThat(platform.count(Endpoints.MASS_DELETE.path())).isEqualTo(1);
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void send_afterSystemError_isRepostedWithIdenticalBodyAndClientMsgId() {
        platform.enqueue(Endpoints.MASS_SENDALL.path(), Reply.error(-1, "system error"), Reply.json(SEND_OK));

        JsonNode answer = transport.execute(send(Endpoints.MASS_SENDALL, "cm-retry-1"));

        assertThat(answer.get("msg_id").asLong()).isEqualTo(34182);
        assertIdenticalReposts(Endpoints.MASS_SENDALL, 2);
    }

    @Test
    void send_afterTimeout_isRepostedWithSameClientMsgId() {
        platform.enqueue(Endpoints.MASS_SEND.path(), Reply.hang(), Reply.json(SEND_OK));

        JsonNode answer = transport.execute(send(Endpoints.MASS_SEND, "cm-timeout"));

        assertThat(answer.get("msg_id").asLong()).isEqualTo(34182);
        assertIdenticalReposts(Endpoints.MASS_SEND, 2);
    }

    @Test
    void send_refusedAfterATimeout_carriesTheLostAttempt_soTheRefusalProvesNothing() {
        platform.enqueue(Endpoints.MASS_SEND.path(), Reply.hang(), Reply.error(45009, "reach max api daily quota limit"));

        assertThatThrownBy(() -> transport.execute(send(Endpoints.MASS_SEND, "cm-maybe")))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(45009);
                    assertThat(e.followsUnknownOutcome()).isTrue();
                });
    }

    @Test
    void send_refusedOnTheFirstPost_followsNoUnknownOutcome() {
        platform.enqueue(Endpoints.MASS_SEND.path(), Reply.error(40003, "invalid openid"));

        assertThatThrownBy(() -> transport.execute(send(Endpoints.MASS_SEND, "cm-certain")))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.followsUnknownOutcome()).isFalse());
    }

    @Test
    void send_afterConnectionDrop_isRepostedWithSameClientMsgId() {
        platform.enqueue(Endpoints.MASS_SENDALL.path(), Reply.drop(), Reply.json(SEND_OK));

        transport.execute(send(Endpoints.MASS_SENDALL, "cm-reset"));

        assertIdenticalReposts(Endpoints.MASS_SENDALL, 2);
    }

    @Test
    void send_whenEveryAttemptTimesOut_givesUpWithOutcomeUnknown() {
        platform.always(Endpoints.MASS_SENDALL.path(), Reply.hang());

        assertThatThrownBy(() -> transport.execute(send(Endpoints.MASS_SENDALL, "cm-lost")))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.outcomeUnknown()).isTrue();
                    assertThat(e.clientMsgId()).contains("cm-lost");
                });
        assertIdenticalReposts(Endpoints.MASS_SENDALL, 4);
    }

    @Test
    void send_afterRetryTooFast_isLeftToTheSendPath() {
        platform.always(Endpoints.MASS_SENDALL.path(), Reply.error(45066, "same clientmsgid retry too fast"));

        assertThatThrownBy(() -> transport.execute(send(Endpoints.MASS_SENDALL, "cm-fast")))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(45066));
        assertThat(platform.count(Endpoints.MASS_SENDALL.path())).isEqualTo(1);
    }

    @Test
    void rateLimitedEndpoints_takeAPermitPerAttempt_othersNone() {
        platform.enqueue(Endpoints.MASS_SENDALL.path(), Reply.error(-1, "system error"), Reply.json(SEND_OK));
        platform.always(Endpoints.MASS_GET.path(), Reply.json(GET_OK));

        transport.execute(send(Endpoints.MASS_SENDALL, "cm-rate"));
        transport.execute(ApiRequest.post(Endpoints.MASS_GET, msgIdBody()));

        assertThat(acquired).containsExactly(TestSecrets.APP_ID, TestSecrets.APP_ID);
    }

    @Test
    void interruptedWhileWaitingForThePermit_throwsTransportException_beforeAnyPost_andKeepsTheFlag() {
        JdkHttpTransport interrupted = TestTransports.authenticated(platform, clock).caller(caller(platform.baseUrl()))
                .rateLimiter(appId -> {
                    throw new InterruptedException("shutdown");
                }).build();

        assertThatThrownBy(() -> interrupted.execute(send(Endpoints.MASS_SENDALL, "cm-int")))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.outcomeUnknown()).isFalse());
        assertThat(Thread.interrupted()).isTrue();
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void tokenInvalid_expiresFailedToken_fetchesFreshOne_andRetriesOnce() {
        platform.enqueue("/cgi-bin/stable_token", Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)),
                Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN_2)));
        platform.enqueue(Endpoints.MASS_GET.path(),
                Reply.error(40001, "invalid credential, access_token is invalid or not latest"), Reply.json(GET_OK));

        JsonNode answer = transport.execute(ApiRequest.post(Endpoints.MASS_GET, msgIdBody()));

        assertThat(answer.get("msg_id").asLong()).isEqualTo(201053012L);
        assertThat(platform.requests(Endpoints.MASS_GET.path())).extracting(r -> r.query().get("access_token"))
                .containsExactly(TestSecrets.ACCESS_TOKEN, TestSecrets.ACCESS_TOKEN_2);
        assertThat(platform.count("/cgi-bin/stable_token")).isEqualTo(2);
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void tokenInvalid_twice_isThrownAfterOneRefresh() {
        platform.enqueue("/cgi-bin/stable_token", Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)),
                Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN_2)));
        platform.always(Endpoints.USER_GET.path(), Reply.error(42001, "access_token expired"));

        assertThatThrownBy(() -> transport.execute(ApiRequest.get(Endpoints.USER_GET, Map.of())))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(42001));
        assertThat(platform.count(Endpoints.USER_GET.path())).isEqualTo(2);
        assertThat(platform.count("/cgi-bin/stable_token")).isEqualTo(2);
    }

    @Test
    void send_afterTokenInvalid_isRepostedWithSameBodyAndFreshToken() {
        platform.enqueue("/cgi-bin/stable_token", Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)),
                Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN_3)));
        platform.enqueue(Endpoints.MASS_SENDALL.path(), Reply.error(40014, "invalid access_token"), Reply.json(SEND_OK));

        transport.execute(send(Endpoints.MASS_SENDALL, "cm-token"));

        assertIdenticalReposts(Endpoints.MASS_SENDALL, 2);
        assertThat(platform.requests(Endpoints.MASS_SENDALL.path()).get(1).query().get("access_token"))
                .isEqualTo(TestSecrets.ACCESS_TOKEN_3);
    }

    private static ApiRequest send(Endpoint endpoint, String clientMsgId) {
        ObjectNode body = ((RequestBody.Json) textBody()).node().put("clientmsgid", clientMsgId);
        return ApiRequest.send(endpoint, RequestBody.json(body), clientMsgId);
    }

    private void assertIdenticalReposts(Endpoint endpoint, int expected) {
        List<Recorded> posts = platform.requests(endpoint.path());
        assertThat(posts).hasSize(expected);
        for (Recorded post : posts) {
            assertThat(post.body()).isEqualTo(posts.get(0).body());
        }
        assertThat(posts.get(0).json().get("clientmsgid").asText()).startsWith("cm-");
    }
}
