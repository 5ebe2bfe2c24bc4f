package io.wxmass.sandbox.rules;

import io.wxmass.sandbox.testing.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldsTest {
    @Test
    void optLong_ofANumberBeyondALong_isAbsent_notWrappedToAnotherId() {
        assertThat(Fields.optLong(Fixtures.json("{\"msg_id\":18446744073709551617}"), "msg_id")).isEmpty();
        assertThat(Fields.optLong(Fixtures.json("{\"msg_id\":\"99999999999999999999\"}"), "msg_id")).isEmpty();
        assertThat(Fields.optLong(Fixtures.json("{\"msg_id\":9223372036854775807}"), "msg_id")).contains(Long.MAX_VALUE);
    }
}
