package io.wxmass.core.callback.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobStatusTest {

    @ParameterizedTest
    @ValueSource(strings = {"send success", "sendsuccess", "Send Success", " send  success "})
    void parse_successSpellings_areSendSuccessKeepingRaw(String raw) {
        assertThat(JobStatus.parse(raw)).isEqualTo(new JobStatus.SendSuccess(raw));
    }

    @Test
    void parse_sendFail_isSendFail() {
        assertThat(JobStatus.parse("send fail")).isInstanceOf(JobStatus.SendFail.class);
    }

    @Test
    void parse_documentedErr_readsItsMeaning() {
        JobStatus status = JobStatus.parse("err(40002)");

        assertThat(status).isEqualTo(new JobStatus.Err(40002, "err(40002)"));
        assertThat(((JobStatus.Err) status).error()).contains(JobError.ADMIN_TIMEOUT);
        assertThat(JobError.ADMIN_TIMEOUT.meaning()).contains("30 minutes");
    }

    @Test
    void parse_undocumentedErr_keepsNumberWithoutMeaning() {
        JobStatus.Err err = (JobStatus.Err) JobStatus.parse("err(20431)");

        assertThat(err.code()).isEqualTo(20431);
        assertThat(err.error()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "queued", "err()", "err(abc)", "err(99999999999)"})
    void parse_unrecognisedText_isOtherKeepingRaw(String raw) {
        assertThat(JobStatus.parse(raw)).isEqualTo(new JobStatus.Other(raw));
    }
}
