package io.wxmass.core.callback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void parse_decodesPercentAndPlusAndKeepsFirstOfRepeatedNames() {
        assertThat(QueryString.parse("signature=abc&echostr=a%2Bb+c&nonce=1&nonce=2"))
                .containsEntry("signature", "abc")
                .containsEntry("echostr", "a+b c")
                .containsEntry("nonce", "1")
                .hasSize(3);
    }

    @Test
    void parse_nameWithoutValueOrEmptyPairs_readsAsEmptyValue() {
        assertThat(QueryString.parse("encrypt_type&&timestamp=")).containsEntry("encrypt_type", "")
                .containsEntry("timestamp", "").hasSize(2);
    }

    @Test
    void parse_brokenEscape_keepsRawTextSoSignatureCheckRefusesIt() {
        assertThat(QueryString.parse("nonce=%zz1")).containsEntry("nonce", "%zz1");
    }

    @Test
    void parse_nullOrEmpty_isEmpty() {
        assertThat(QueryString.parse(null)).isEmpty();
        assertThat(QueryString.parse("")).isEmpty();
    }
}
