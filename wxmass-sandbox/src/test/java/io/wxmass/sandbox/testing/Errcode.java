package io.wxmass.sandbox.testing;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on platform answers. */
public final class Errcode {
    private Errcode() {
    }

    /** The answer carries {@code code} and an errmsg with the platform's " rid: " suffix. */
    public static void assertError(JsonNode answer, int code) {
        assertThat(answer.path("errcode").asInt()).as("errcode of %s", answer).isEqualTo(code);
        assertThat(answer.path("errmsg").asText()).contains(" rid: ");
    }

    /** A success answer: errcode absent or 0. */
    public static void assertOk(JsonNode answer) {
        assertThat(answer.path("errcode").asInt(0)).as("errcode of %s", answer).isZero();
    }
}
