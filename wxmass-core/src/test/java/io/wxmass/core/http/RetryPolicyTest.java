package io.wxmass.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.error.WeChatApiException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final ApiRequest SEND = ApiRequest.send(Endpoints.MASS_SEND, RequestBody.NONE, "cm-1");
    private static final ApiRequest GET = ApiRequest.get(Endpoints.USER_GET, Map.of());
    private static final ApiRequest PREVIEW = ApiRequest.post(Endpoints.MASS_PREVIEW, RequestBody.NONE);

    private static WeChatApiException api(int code) {
        return new WeChatApiException(code, "x", "/p");
    }

    private static TransportException timeout() {
        return new TransportException("no answer", "/p", null, true, null);
    }

    @Test
    void systemError_isRetriedForEveryKindOfCall() {
        assertThat(RetryPolicy.isRetryable(SEND, api(-1))).isTrue();
        assertThat(RetryPolicy.isRetryable(GET, api(-1))).isTrue();
        assertThat(RetryPolicy.isRetryable(PREVIEW, api(-1))).isTrue();
    }

    @Test
    void transportFailure_isRetriedOnlyForMassSendWithClientMsgId() {
        assertThat(RetryPolicy.isRetryable(SEND, timeout())).isTrue();
        assertThat(RetryPolicy.isRetryable(GET, timeout())).isFalse();
        assertThat(RetryPolicy.isRetryable(PREVIEW, timeout())).isFalse();
        ApiRequest sendWithoutId = new ApiRequest(Endpoints.MASS_SENDALL, Map.of(), RequestBody.NONE, null);
        assertThat(RetryPolicy.isRetryable(sendWithoutId, timeout())).isFalse();
    }

    @Test
    void everyOtherErrcodeAndException_isNotRetried() {
        for (int code : new int[] {40001, 40014, 42001, 45009, 45011, 45028, 45065, 45066, 45067, 48001, 9500001}) {
            assertThat(RetryPolicy.isRetryable(SEND, api(code))).as("errcode %d", code).isFalse();
        }
        assertThat(RetryPolicy.isRetryable(SEND, new InvalidRequestException("f", "r"))).isFalse();
        assertThat(RetryPolicy.isRetryable(SEND, new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void waitingForAnAdmin_89501To89505_isNeverRetried_onSendsReadsOrSpeed() {
        ApiRequest speedSet = ApiRequest.post(Endpoints.MASS_SPEED_SET, RequestBody.NONE);
        ApiRequest massGet = ApiRequest.post(Endpoints.MASS_GET, RequestBody.NONE);
        for (int code = 89501; code <= 89505; code++) {
            for (ApiRequest request : new ApiRequest[] {SEND, speedSet, massGet}) {
                assertThat(RetryPolicy.isRetryable(request, api(code)))
                        .as("errcode %d on %s", code, request.endpoint().path()).isFalse();
            }
        }
    }

    @Test
    void backoff_doublesFromInitial_andIsCapped() {
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).initialBackoff(Duration.ofMillis(100))
                .maxBackoff(Duration.ofMillis(1000)).jitter(0).build();

        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofMillis(800));
        assertThat(policy.backoff(5)).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy.backoff(64)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void jitter_cutsUpToItsFractionUsingTheInjectedRandom() {
        RetryPolicy maxCut = RetryPolicy.builder().initialBackoff(Duration.ofMillis(1000)).jitter(0.5)
                .random(() -> -1L).build(); // nextDouble() of all ones is just below 1
        RetryPolicy noCut = RetryPolicy.builder().initialBackoff(Duration.ofMillis(1000)).jitter(0.5)
                .random(() -> 0L).build();

        assertThat(maxCut.backoff(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(501));
        assertThat(noCut.backoff(1)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void nextDelay_stopsAtMaxAttempts() {
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(3).jitter(0).build();

        assertThat(policy.nextDelay(GET, api(-1), 1)).contains(Duration.ofMillis(500));
        assertThat(policy.nextDelay(GET, api(-1), 2)).contains(Duration.ofMillis(1000));
        assertThat(policy.nextDelay(GET, api(-1), 3)).isEmpty();
        assertThat(policy.nextDelay(GET, api(45009), 1)).isEmpty();
    }

    @Test
    void builder_rejectsNonsense() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5)).hasMessageContaining("jitter");
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(10))
                .maxBackoff(Duration.ofSeconds(1)).build()).hasMessageContaining("maxBackoff");
    }
}
