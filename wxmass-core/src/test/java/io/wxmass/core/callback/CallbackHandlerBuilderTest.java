package io.wxmass.core.callback;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

class CallbackHandlerBuilderTest {
    private final AesKey key = AesKey.fromEncodingAesKey(AesKeyTest.SAMPLE_KEY);

    @Test
    void build_withoutToken_namesTheField() {
        assertThatThrownBy(() -> CallbackHandler.builder().listener(e -> { }).build())
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("token");
    }

    @Test
    void build_withoutListener_namesTheField() {
        assertThatThrownBy(() -> CallbackHandler.builder().token("t").build())
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("listener");
    }

    @Test
    void build_withAesKeyButNoAppId_refusesBecauseAppIdCheckNeedsIt() {
        assertThatThrownBy(() -> CallbackHandler.builder().token("t").aesKey(key).listener(e -> { }).build())
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("appId");
    }

    @Test
    void build_requiringEncryptionWithoutKey_refuses() {
        assertThatThrownBy(() -> CallbackHandler.builder().token("t").requireEncryption(true).listener(e -> { })
                .build()).isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("aesKey");
    }

    @Test
    void token_whenEmpty_refusesWithoutEchoingAnything() {
        assertThatThrownBy(() -> CallbackHandler.builder().token(""))
                .isInstanceOf(InvalidRequestException.class).hasMessage("token: must not be empty");
    }
}
