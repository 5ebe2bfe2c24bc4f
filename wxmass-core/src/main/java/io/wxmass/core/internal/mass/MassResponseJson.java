package io.wxmass.core.internal.mass;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.core.mass.MassStatus;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.mass.Speed;
import io.wxmass.core.mass.StatusReport;
import java.util.OptionalLong;

/** The answers of the mass endpoints, read tolerantly (docs/platform.md, Decisions: strict out, tolerant in). */
public final class MassResponseJson {
    private MassResponseJson() {
    }

    /** A send/sendall answer: msg_id required, msg_data_id only for some message types. */
    public static SendReceipt receipt(JsonNode answer, String endpoint, String clientMsgId) {
        AnswerReader reader = AnswerReader.ofSend(answer, endpoint, clientMsgId);
        return new SendReceipt(reader.requiredLong("msg_id"), reader.optionalLong("msg_data_id"), clientMsgId, false);
    }

    /** A preview answer: errcode/errmsg only today; a msg_id, if the platform sends one, is kept. */
    public static OptionalLong previewMsgId(JsonNode answer, String endpoint) {
        return AnswerReader.of(answer, endpoint).optionalLong("msg_id");
    }

    /** A /mass/get answer; a missing msg_id falls back to the one asked about. */
    public static StatusReport status(JsonNode answer, String endpoint, long requestedMsgId) {
        AnswerReader reader = AnswerReader.of(answer, endpoint);
        String raw = reader.requiredText("msg_status");
        long msgId = reader.optionalLong("msg_id").orElse(requestedMsgId);
        return new StatusReport(msgId, MassStatus.fromWire(raw), raw);
    }

    public static Speed speed(JsonNode answer, String endpoint) {
        AnswerReader reader = AnswerReader.of(answer, endpoint);
        return new Speed(Math.toIntExact(reader.requiredLong("speed")), reader.requiredLong("realspeed"));
    }
}
