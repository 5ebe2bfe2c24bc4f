package io.wxmass.campaign.serve;

import io.wxmass.core.callback.CallbackException;
import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.callback.CallbackReply;
import io.wxmass.core.callback.QueryString;
import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.core.callback.event.GenericEvent;
import io.wxmass.core.callback.event.MassSendJobFinished;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Mounts core's framework-neutral {@link CallbackHandler} at the callback path: GET handshake, POST in
 * plain or safe mode. The event is stored (deduplicated) before the reply, so {@code success} goes out
 * only once it is durable; a store failure answers 500 and the platform retries.
 *
 * <p>A push that is signed but cannot be read as the event it claims to be (a MASSSENDJOBFINISH whose
 * MsgID is not a number) also answers 500: the platform retries it and the log says so, rather than a
 * {@code success} that would lose it. Refusals are logged through {@link RefusalLog}, at a bounded rate.
 */
final class CallbackEndpoint extends Handler.Abstract {
    private final String path;
    private final CallbackHandler handler;
    private final Duration bodyTimeout;
    private final Executor executor;
    private final RefusalLog refusals;

    CallbackEndpoint(String path, CallbackHandler handler, Duration bodyTimeout, Executor executor, RefusalLog refusals) {
        this.path = Objects.requireNonNull(path, "path");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.bodyTimeout = Objects.requireNonNull(bodyTimeout, "bodyTimeout");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.refusals = Objects.requireNonNull(refusals, "refusals");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!path.equals(Request.getPathInContext(request))) {
            Reply.text(404, "").send(response, callback);
            return true;
        }
        String method = request.getMethod();
        String query = request.getHttpURI().getQuery();
        Exchanges.withBody(request, bodyTimeout, executor, callback, (body, failure) -> {
            CallbackReply reply;
            if (failure != null) {
                Exchanges.BodyException refused = failure;
                refusals.refuse("callback body", refused.getMessage() + " from " + Request.getRemoteAddr(request));
                reply = new CallbackReply(refused.status, "text/plain; charset=utf-8", "");
            } else {
                reply = answer(method, query, new String(body, StandardCharsets.UTF_8));
            }
            new Reply(reply.status(), reply.contentType(), reply.body().getBytes(StandardCharsets.UTF_8)).send(response, callback);
        });
        return true;
    }

    private CallbackReply answer(String method, String query, String body) {
        CallbackHandler.Received received;
        try {
            received = handler.receive(method, QueryString.parse(query), body);
        } catch (CallbackException refused) {
            refusals.refuse("callback " + refused.reason().name().toLowerCase(java.util.Locale.ROOT), refused.getMessage());
            return CallbackReply.refused(refused.reason());
        }
        if (received.event().isEmpty()) {
            return received.reply();
        }
        CallbackEvent event = received.event().get();
        if (unreadable(event)) {
            refusals.fail("unreadable event", "a signed " + MassSendJobFinished.EVENT
                    + " push that is not readable (MsgID or a count is not a number): answered 500 so the platform retries");
            return CallbackReply.failed();
        }
        try {
            handler.deliver(event);
            return received.reply();
        } catch (RuntimeException e) {
            refusals.fail("event not stored", e + ": answered 500 so the platform retries");
            return CallbackReply.failed();
        }
    }

    /** Core hands over a MASSSENDJOBFINISH too broken to type as a generic event, rather than dropping it. */
    private static boolean unreadable(CallbackEvent event) {
        return event instanceof GenericEvent generic
                && generic.header().event().filter(MassSendJobFinished.EVENT::equalsIgnoreCase).isPresent();
    }
}
