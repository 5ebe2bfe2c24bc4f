package io.wxmass.core.quota;

import static io.wxmass.core.mass.WireFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotaWindowTest {
    private static Optional<QuotaWindow> of(String fixture) {
        JsonNode answer = json(fixture);
        return QuotaWindow.of(answer.path("errcode").asInt(), answer.path("errmsg").asText());
    }

    @Test
    void of_45009DailyText_isTheDay() {
        assertThat(of("quota/error-45009-day.json")).contains(QuotaWindow.DAY);
    }

    @Test
    void of_45009FreqText_isTheMinute() {
        assertThat(of("quota/error-45009-minute.json")).contains(QuotaWindow.MINUTE);
    }

    @Test
    void of_45009UnknownText_isTheDay() {
        assertThat(QuotaWindow.of(45009, "")).contains(QuotaWindow.DAY);
    }

    @Test
    void of_45011_isTheMinute_andOtherCodesAreNoQuota() {
        assertThat(QuotaWindow.of(45011, "api minute-quota reach limit mustslower retry next minute")).contains(QuotaWindow.MINUTE);
        assertThat(QuotaWindow.of(45028, "has no masssend quota")).isEmpty();
        assertThat(QuotaWindow.of(40003, "invalid openid")).isEmpty();
    }

    @Test
    void requestIds_fromErrmsg_readsTheTrailingRid() {
        assertThat(RequestIds.fromErrmsg(json("quota/error-45009-day.json").path("errmsg").asText()))
                .contains("617682e0-09059ac5-34a8e2ea");
        assertThat(RequestIds.fromErrmsg("api freq out of limit")).isEmpty();
    }
}
