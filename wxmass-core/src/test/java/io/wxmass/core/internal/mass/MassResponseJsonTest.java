package io.wxmass.core.internal.mass;

import static io.wxmass.core.mass.WireFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.mass.MassStatus;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.mass.Speed;
import io.wxmass.core.mass.StatusReport;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Every mass answer of the spec read into its type. */
class MassResponseJsonTest {
    private static final String SENDALL = "/cgi-bin/message/mass/sendall";

    @Test
    void receipt_ofMpnewsSend_readsMsgIdAndMsgDataId() {
        SendReceipt receipt = MassResponseJson.receipt(json("mass/answer-sendall.json"), SENDALL, "cid");
        assertThat(receipt).isEqualTo(new SendReceipt(34182, OptionalLong.of(206227730), "cid", false));
    }

    @Test
    void receipt_ofTextSend_hasNoMsgDataId() {
        SendReceipt receipt = MassResponseJson.receipt(json("mass/answer-send-text.json"), SENDALL, "cid");
        assertThat(receipt.msgId()).isEqualTo(1000000001L);
        assertThat(receipt.msgDataId()).isEmpty();
    }

    @Test
    void receipt_whenMsgIdMissing_isOutcomeUnknownTransportFailureNamingClientMsgId() {
        assertThatThrownBy(() -> MassResponseJson.receipt(json("mass/answer-ok.json"), SENDALL, "cid"))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.outcomeUnknown()).isTrue();
                    assertThat(e.clientMsgId()).contains("cid");
                    assertThat(e.endpoint()).isEqualTo(SENDALL);
                });
    }

    @Test
    void receipt_whenMsgIdIsANumericString_readsIt() {
        var answer = JsonNodeFactory.instance.objectNode().put("msg_id", "3147494276");
        assertThat(MassResponseJson.receipt(answer, SENDALL, "cid").msgId()).isEqualTo(3147494276L);
    }

    @Test
    void status_readsEachDocumentedValue_andKeepsUnknownRaw() {
        assertThat(MassResponseJson.status(json("mass/answer-get.json"), "/get", 1))
                .isEqualTo(new StatusReport(201053012, MassStatus.SEND_SUCCESS, "SEND_SUCCESS"));
        assertThat(MassResponseJson.status(json("mass/answer-get-string-id.json"), "/get", 1))
                .isEqualTo(new StatusReport(201053012, MassStatus.SENDING, "SENDING"));
        assertThat(MassResponseJson.status(json("mass/answer-get-unknown-status.json"), "/get", 1))
                .isEqualTo(new StatusReport(201053012, MassStatus.UNKNOWN, "AUDITING"));
        assertThat(MassStatus.fromWire("SEND_FAIL")).isEqualTo(MassStatus.SEND_FAIL);
        assertThat(MassStatus.fromWire("DELETE")).isEqualTo(MassStatus.DELETE);
        assertThat(MassStatus.fromWire("UNKNOWN")).isEqualTo(MassStatus.UNKNOWN);
    }

    @Test
    void speed_readsLevelAndRealSpeedAsSent() {
        assertThat(MassResponseJson.speed(json("mass/answer-speed-get.json"), "/speed/get")).isEqualTo(new Speed(3, 15));
    }

    @Test
    void preview_keepsAMsgIdOnlyWhenPresent() {
        assertThat(MassResponseJson.previewMsgId(json("mass/answer-ok.json"), "/preview")).isEmpty();
        assertThat(MassResponseJson.previewMsgId(json("mass/answer-send-text.json"), "/preview")).hasValue(1000000001L);
    }
}
