package io.wxmass.core.mass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.error.ErrorCodes;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.http.ApiRequest;
import io.wxmass.core.http.ApiTransport;
import io.wxmass.core.http.Endpoint;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.http.RequestBody;
import io.wxmass.core.http.Sleeper;
import io.wxmass.core.internal.mass.MassRequestJson;
import io.wxmass.core.internal.mass.MassResponseJson;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.PreviewTarget;
import io.wxmass.core.internal.message.Require;
import io.wxmass.core.message.SendOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The mass endpoints: send (by tag, to all, or to an openid list), preview, delete, status, speed.
 *
 * <p>Sends cannot double-send. Each carries a clientmsgid; the transport re-posts it unchanged after
 * -1, a timeout or a reset. Above that, this class reads 45065 (the platform already has a job for
 * this clientmsgid) as success with that job's msg_id, and answers 45066 (same clientmsgid retried
 * too fast) by waiting out the platform's one-minute window and posting the same body again.
 * Nothing else is retried here.
 */
public final class MassApi {
    /** 40152 "invalid group id": the tag does not exist (not in ErrorCodes, which holds the transport's codes). */
    static final int UNKNOWN_TAG = 40152;
    /** The platform asks for one minute between attempts with the same clientmsgid; a second more for clock skew. */
    static final Duration TOO_FAST_WINDOW = Duration.ofSeconds(61);
    static final int MAX_TOO_FAST_WAITS = 3;

    private final ApiTransport transport;
    private final Clock clock;
    private final Sleeper sleeper;

    public MassApi(ApiTransport transport, Clock clock, Sleeper sleeper) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    public MassApi(ApiTransport transport) {
        this(transport, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /**
     * Submits a mass send job. All followers and tags go to /sendall, openid lists to /send.
     *
     * @return the accepted job; {@link SendReceipt#duplicate()} when it already existed for this clientmsgid
     */
    public SendReceipt send(MassMessage message, Audience audience, SendOptions options) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(options, "options");
        Endpoint endpoint;
        RequestBody body;
        if (audience instanceof Audience.OpenIds openIds) {
            endpoint = Endpoints.MASS_SEND;
            body = RequestBody.json(MassRequestJson.sendToOpenIds(message, openIds, options));
        } else {
            endpoint = Endpoints.MASS_SENDALL;
            body = RequestBody.json(MassRequestJson.sendAll(message, audience, options));
        }
        try {
            return submit(ApiRequest.send(endpoint, body, options.clientMsgId()));
        } catch (WeChatApiException e) {
            throw audience instanceof Audience.Tag tag ? namingTag(e, tag.tagId()) : e;
        }
    }

    /**
     * docs/platform.md D16: an unknown tag is reported naming the tag. The platform says 40152, or -1
     * as observed, neither of which names it; errcode and the platform's errmsg text are kept.
     */
    private static WeChatApiException namingTag(WeChatApiException e, long tagId) {
        if (e.errcode() != UNKNOWN_TAG && e.errcode() != ErrorCodes.SYSTEM_ERROR) {
            return e;
        }
        String hint = e.errcode() == UNKNOWN_TAG ? "tag_id " + tagId + " does not exist"
                : "sendall to tag_id " + tagId + "; the platform also answers -1 for a tag that does not exist";
        WeChatApiException named = new WeChatApiException(e.errcode(), e.errmsg() + " [" + hint + "]", e.endpoint(),
                e.clientMsgId().orElse(null), e.msgId().isPresent() ? e.msgId().getAsLong() : null);
        named.addSuppressed(e);
        return named;
    }

    private SendReceipt submit(ApiRequest request) {
        String clientMsgId = request.clientMsgId();
        int waits = 0;
        Throwable unknownEarlier = null;
        while (true) {
            Instant attemptedAt = clock.instant();
            try {
                JsonNode answer = transport.execute(request);
                return MassResponseJson.receipt(answer, request.endpoint().path(), clientMsgId);
            } catch (WeChatApiException e) {
                // A lost answer before an earlier 45066 stays attached to whatever refusal ends the call.
                if (unknownEarlier != null && !e.followsUnknownOutcome()) {
                    e.addSuppressed(unknownEarlier);
                }
                if (unknownEarlier == null && e.followsUnknownOutcome()) {
                    unknownEarlier = Arrays.stream(e.getSuppressed())
                            .filter(t -> t instanceof TransportException).findFirst().orElse(null);
                }
                // 45065 without a msg_id names no job to return, so it stays an error.
                if (e.errcode() == ErrorCodes.CLIENTMSGID_EXIST && e.msgId().isPresent()) {
                    return new SendReceipt(e.msgId().getAsLong(), OptionalLong.empty(), clientMsgId, true);
                }
                if (e.errcode() != ErrorCodes.CLIENTMSGID_RETRY_TOO_FAST || waits >= MAX_TOO_FAST_WAITS) {
                    throw e;
                }
                waits++;
                waitForRetryWindow(attemptedAt, e);
            }
        }
    }

    /**
     * Sleeps until one window after the start of the refused call. Its first post is the platform's
     * reference whether it counts from the first attempt with this clientmsgid or from the latest
     * (transport re-posts inside one call only follow a lost answer). An interrupt gives up with the refusal.
     */
    private void waitForRetryWindow(Instant attemptedAt, WeChatApiException refusal) {
        Duration wait = Duration.between(clock.instant(), attemptedAt.plus(TOO_FAST_WINDOW));
        try {
            sleeper.sleep(wait.isNegative() ? Duration.ZERO : wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            refusal.addSuppressed(interrupted);
            throw refusal;
        }
    }

    /**
     * Sends the message to one user to check it. Counted with the sends by the rate limiter;
     * towxname previews are limited to 100 a day by the platform.
     *
     * @return the msg_id if the platform returned one (older behaviour); usually empty
     */
    public OptionalLong preview(MassMessage message, PreviewTarget target) {
        JsonNode answer = transport.execute(ApiRequest.post(Endpoints.MASS_PREVIEW,
                RequestBody.json(MassRequestJson.preview(message, target))));
        return MassResponseJson.previewMsgId(answer, Endpoints.MASS_PREVIEW.path());
    }

    /** Deletes every article of a sent mpnews or mpvideo job. */
    public void delete(long msgId) {
        delete(msgId, 0);
    }

    /**
     * Deletes a sent mpnews or mpvideo job, or one of its articles.
     *
     * @param articleIdx 0 for all articles, otherwise the 1-based article index
     */
    public void delete(long msgId, int articleIdx) {
        if (articleIdx < 0) {
            throw new InvalidRequestException("article_idx", "0 for all articles or a 1-based index, was " + articleIdx);
        }
        post(Endpoints.MASS_DELETE, MassRequestJson.delete(msgId, articleIdx));
    }

    /** Deletes the sent article at {@code url} (the platform reads url only when no msg_id is given). */
    public void deleteByUrl(String url) {
        post(Endpoints.MASS_DELETE, MassRequestJson.deleteByUrl(Require.nonBlank(url, "url")));
    }

    /** The job's state; values this version does not know come back as {@link MassStatus#UNKNOWN}. */
    public StatusReport status(long msgId) {
        JsonNode answer = post(Endpoints.MASS_GET, MassRequestJson.status(msgId));
        return MassResponseJson.status(answer, Endpoints.MASS_GET.path(), msgId);
    }

    public Speed speed() {
        JsonNode answer = post(Endpoints.MASS_SPEED_GET, MassRequestJson.speedGet());
        return MassResponseJson.speed(answer, Endpoints.MASS_SPEED_GET.path());
    }

    /** Sets the speed level: 0 (fastest) to 4 (slowest). */
    public void setSpeed(int level) {
        if (level < Speed.MIN_LEVEL || level > Speed.MAX_LEVEL) {
            throw new InvalidRequestException("speed",
                    "must be " + Speed.MIN_LEVEL + " to " + Speed.MAX_LEVEL + ", was " + level);
        }
        post(Endpoints.MASS_SPEED_SET, MassRequestJson.speedSet(level));
    }

    private JsonNode post(Endpoint endpoint, ObjectNode body) {
        return transport.execute(ApiRequest.post(endpoint, RequestBody.json(body)));
    }
}
