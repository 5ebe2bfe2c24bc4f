package io.wxmass.core.error;

import java.util.Objects;
import java.util.Optional;

/**
 * The request did not get a readable answer: connection refused, timeout, reset, or a body that is
 * not JSON. {@link #outcomeUnknown()} is true when the request may have reached the platform, so a
 * send must only ever be re-posted with the same clientmsgid.
 */
public final class TransportException extends WxMassException {
    private final String endpoint;
    private final String clientMsgId;
    private final boolean outcomeUnknown;

    public TransportException(String message, String endpoint, String clientMsgId, boolean outcomeUnknown, Throwable cause) {
        super(Objects.requireNonNull(endpoint, "endpoint") + ": " + message
                + (clientMsgId == null ? "" : ", clientmsgid=" + clientMsgId), cause, ErrorKind.NETWORK);
        this.endpoint = endpoint;
        this.clientMsgId = clientMsgId;
        this.outcomeUnknown = outcomeUnknown;
    }

    public String endpoint() {
        return endpoint;
    }

    public Optional<String> clientMsgId() {
        return Optional.ofNullable(clientMsgId);
    }

    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
