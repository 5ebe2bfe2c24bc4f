package io.wxmass.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.callback.Signatures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishingListenerTest {
    private static final String TOKEN = "tok";

    @Test
    void push_whenRetriedWithFreshNonce_isPublishedOnce() throws IOException {
        List<Object> published = new ArrayList<>();
        CallbackHandler handler = handler(published::add);
        String body = fixture();

        assertThat(handler.handle("POST", signed("n1"), body).status()).isEqualTo(200);
        assertThat(handler.handle("POST", signed("n2"), body).status()).isEqualTo(200);

        assertThat(published).hasSize(1);
        assertThat(((WxMassCallbackEvent<?>) published.get(0)).account()).isEqualTo("main");
    }

    @Test
    void push_whenPublishingFailed_isPublishedAgainOnRetry() throws IOException {
        List<Object> published = new ArrayList<>();
        CallbackHandler handler = handler(event -> {
            published.add(event);
            if (published.size() == 1) {
                throw new IllegalStateException("listener down");
            }
        });
        String body = fixture();

        assertThat(handler.handle("POST", signed("n1"), body).status()).isEqualTo(500);
        assertThat(handler.handle("POST", signed("n2"), body).status()).isEqualTo(200);
        assertThat(handler.handle("POST", signed("n3"), body).status()).isEqualTo(200);

        assertThat(published).hasSize(2);
    }

    private static CallbackHandler handler(org.springframework.context.ApplicationEventPublisher publisher) {
        PublishingListener listener = new PublishingListener("main", "wxapp", new PushDeduper(10), publisher);
        return CallbackHandler.builder().token(TOKEN).listener(listener).build();
    }

    private static Map<String, String> signed(String nonce) {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        return Map.of("timestamp", timestamp, "nonce", nonce, "signature", Signatures.sign(TOKEN, timestamp, nonce));
    }

    private static String fixture() throws IOException {
        try (InputStream in = PublishingListenerTest.class.getResourceAsStream("/callback/mass-send-job-finish.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
