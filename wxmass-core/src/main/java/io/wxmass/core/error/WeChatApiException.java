package io.wxmass.core.error;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The platform answered with a non-zero errcode. Carries the errcode and errmsg exactly as sent,
 * the endpoint path (never the query, which holds the access token) and, for sends, the clientmsgid.
 * Unknown codes keep their number and text; {@link #code()} is then empty.
 */
public final class WeChatApiException extends WxMassException {
    private final int errcode;
    private final String errmsg;
    private final String endpoint;
    private final String clientMsgId;
    private final Long msgId;
    private final transient JsonNode answer;

    public WeChatApiException(int errcode, String errmsg, String endpoint, String clientMsgId, Long msgId) {
        this(errcode, errmsg, endpoint, clientMsgId, msgId, null);
    }

    /** @param answer the whole error body, for codes whose body carries more (a tag call's fail_openid_list) */
    public WeChatApiException(int errcode, String errmsg, String endpoint, String clientMsgId, Long msgId,
                              JsonNode answer) {
        super(describe(errcode, errmsg, endpoint, clientMsgId), null, ErrorKind.PLATFORM);
        this.answer = answer;
        this.errcode = errcode;
        this.errmsg = errmsg == null ? "" : errmsg;
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.clientMsgId = clientMsgId;
        this.msgId = msgId;
    }

    public WeChatApiException(int errcode, String errmsg, String endpoint) {
        this(errcode, errmsg, endpoint, null, null);
    }

    private static String describe(int errcode, String errmsg, String endpoint, String clientMsgId) {
        StringBuilder sb = new StringBuilder().append(endpoint).append(" failed: errcode=").append(errcode)
                .append(", errmsg=").append(errmsg);
        ErrorCatalogue.lookup(errcode).ifPresent(c -> sb.append(" (").append(c.meaning()).append(')'));
        if (clientMsgId != null) {
            sb.append(", clientmsgid=").append(clientMsgId);
        }
        return sb.toString();
    }

    public int errcode() {
        return errcode;
    }

    public String errmsg() {
        return errmsg;
    }

    /** Path of the endpoint that failed, e.g. {@code /cgi-bin/message/mass/send}. */
    public String endpoint() {
        return endpoint;
    }

    public Optional<String> clientMsgId() {
        return Optional.ofNullable(clientMsgId);
    }

    /** The msg_id the platform returned alongside the error (45065 carries the existing job's id). */
    public OptionalLong msgId() {
        return msgId == null ? OptionalLong.empty() : OptionalLong.of(msgId);
    }

    /** The error body as the platform sent it, when the transport kept it. */
    public Optional<JsonNode> answer() {
        return Optional.ofNullable(answer);
    }

    /** The catalogue entry for this code, empty when the code is not documented. */
    public Optional<ErrorCode> code() {
        return ErrorCatalogue.lookup(errcode);
    }

    /**
     * Whether this refusal answered a re-post made after an earlier post of the same call lost its answer
     * (a timeout or reset, kept as a suppressed {@link TransportException}): that earlier post may have been
     * accepted, so the refusal does not prove the send did not happen.
     */
    public boolean followsUnknownOutcome() {
        for (Throwable t : getSuppressed()) {
            if (t instanceof TransportException transport && transport.outcomeUnknown()
                    || t instanceof WeChatApiException wrapped && wrapped.followsUnknownOutcome()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The platform holds the call for the account administrator's confirmation (89501–89505, API mass-send
     * protection): wait for the admin (30 minutes at most for a send to all), then read mass/get or the
     * MASSSENDJOBFINISH push. Never re-post blindly.
     */
    public boolean awaitingAdminConfirmation() {
        return ErrorCodes.isAwaitingAdminConfirmation(errcode);
    }

    public boolean retryable() {
        return code().map(ErrorCode::retryable).orElse(false);
    }
}
