package io.wxmass.core.callback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignaturesTest {

    @Test
    void sign_withOfficialHandshakeVector_matchesSpec51() {
        assertThat(Signatures.sign("AAAAA", "1714036504", "1514711492"))
                .isEqualTo("f464b24fc39322e44b38aa78f5edd27bd1441696");
    }

    @Test
    void sign_withOfficialPlainPostVector_matchesSpec52() {
        assertThat(Signatures.sign("AAAAA", "1714037059", "486452656"))
                .isEqualTo("899cf89e464efb63f54ddac96b0a0a235f53aa78");
    }

    @Test
    void sign_isIndependentOfArgumentOrder() {
        assertThat(Signatures.sign("1514711492", "AAAAA", "1714036504"))
                .isEqualTo(Signatures.sign("AAAAA", "1714036504", "1514711492"));
    }

    @Test
    void matches_whenSignatureIsRight_returnsTrue() {
        assertThat(Signatures.matches("f464b24fc39322e44b38aa78f5edd27bd1441696", "AAAAA", "1714036504", "1514711492"))
                .isTrue();
    }

    @Test
    void matches_whenOneCharacterDiffers_returnsFalse() {
        assertThat(Signatures.matches("f464b24fc39322e44b38aa78f5edd27bd1441697", "AAAAA", "1714036504", "1514711492"))
                .isFalse();
    }

    @Test
    void matches_whenExpectedIsNullOrTruncated_returnsFalse() {
        assertThat(Signatures.matches(null, "AAAAA", "1", "2")).isFalse();
        assertThat(Signatures.matches("f464b24fc3", "AAAAA", "1714036504", "1514711492")).isFalse();
    }
}
