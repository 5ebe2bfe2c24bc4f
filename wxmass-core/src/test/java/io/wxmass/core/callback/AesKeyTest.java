package io.wxmass.core.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

class AesKeyTest {
    static final String SAMPLE_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    @Test
    void fromEncodingAesKey_withSpecSampleKey_decodesLenientlyToSpecBytes() {
        AesKey key = AesKey.fromEncodingAesKey(SAMPLE_KEY);

        assertThat(Signatures.hex(key.bytes()))
                .isEqualTo("69b71d79f8218a39259a7a29aabb2dbafc31cb3d35db7e39ebbf3d0010831051");
    }

    @Test
    void fromEncodingAesKey_whenTooShort_throwsInvalidRequestNamingField() {
        assertThatThrownBy(() -> AesKey.fromEncodingAesKey(SAMPLE_KEY.substring(1)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("encodingAesKey")
                .hasMessageContaining("43");
    }

    @Test
    void fromEncodingAesKey_whenCharacterOutsideAlphabet_throwsWithoutEchoingKey() {
        String bad = SAMPLE_KEY.substring(0, 42) + "+";

        assertThatThrownBy(() -> AesKey.fromEncodingAesKey(bad))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageNotContaining(bad);
    }

    @Test
    void toString_neverShowsKeyMaterial() {
        AesKey key = AesKey.fromEncodingAesKey(SAMPLE_KEY);

        assertThat(key.toString()).doesNotContain(SAMPLE_KEY).doesNotContain("69b71d79").contains("redacted");
    }
}
