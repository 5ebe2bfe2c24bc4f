package io.wxmass.cli.output;

import io.wxmass.campaign.CampaignState;
import io.wxmass.campaign.CampaignStateException;
import io.wxmass.campaign.store.StoreException;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.error.WeChatApiException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureTest {
    @Test
    void of_invalidRequest_isUsageNamingFieldAndRule() {
        Failure failure = Failure.of(new InvalidRequestException("touser", "needs 2 to 10000 distinct openids, got 1"));

        assertThat(failure.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(failure.line()).isEqualTo("wxmass: error: touser: needs 2 to 10000 distinct openids, got 1");
        assertThat(failure.field()).isEqualTo("touser");
    }

    @Test
    void of_platformError_isExit1WithErrcode() {
        Failure failure = Failure.of(new WeChatApiException(45028, "has no masssend quota", "/cgi-bin/message/mass/sendall"));

        assertThat(failure.exitCode()).isEqualTo(ExitCode.PLATFORM);
        assertThat(failure.line()).contains("errcode=45028").contains("/cgi-bin/message/mass/sendall");
    }

    @Test
    void of_transportError_isExit3NamingTheBaseUrl() {
        Failure failure = Failure.of(new TransportException("connection refused", "/cgi-bin/stable_token", null, false,
                new ConnectException("Connection refused")), "http://127.0.0.1:9");

        assertThat(failure.exitCode()).isEqualTo(ExitCode.NETWORK);
        assertThat(failure.line()).startsWith("wxmass: error: network: cannot reach http://127.0.0.1:9: /cgi-bin/stable_token");
    }

    @Test
    void of_unknownCampaign_isStateExit4_namingTheCampaign() {
        Failure failure = Failure.of(CampaignStateException.notFound("x"));

        assertThat(failure.exitCode()).isEqualTo(ExitCode.STATE);
        assertThat(failure.field()).isEqualTo("campaign");
        assertThat(failure.line()).isEqualTo("wxmass: error: campaign: no campaign with id x");
    }

    @Test
    void of_campaignInTheWrongState_isStateExit4_namingTheState() {
        Failure failure = Failure.of(CampaignStateException.wrongState("c1", CampaignState.DRAFT, "only a PLANNED campaign can run"));

        assertThat(failure.exitCode()).isEqualTo(ExitCode.STATE);
        assertThat(failure.line()).isEqualTo("wxmass: error: campaign: c1 is DRAFT, only a PLANNED campaign can run");
    }

    @Test
    void of_invalidField_isUsageExit2_evenWhenTheFieldIsNamedCampaign() {
        Failure failure = Failure.of(new InvalidRequestException("campaign", "must not be blank"));

        assertThat(failure.exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void of_storeError_isStateExit4() {
        assertThat(Failure.of(new StoreException("database locked")).exitCode()).isEqualTo(ExitCode.STATE);
    }

    @Test
    void of_multiLineMessage_staysOnOneLine() {
        Failure failure = Failure.of(new IllegalStateException("first\nsecond"));

        assertThat(failure.exitCode()).isEqualTo(ExitCode.INTERNAL);
        assertThat(failure.line().lines()).hasSize(1);
    }

    @Test
    void toJson_carriesKindFieldMessageAndExitCode() {
        var json = Failure.of(new InvalidRequestException("--app-id", "required")).toJson();

        assertThat(json.toString()).contains("kind=invalid").contains("field=--app-id").contains("exitCode=2");
    }
}
