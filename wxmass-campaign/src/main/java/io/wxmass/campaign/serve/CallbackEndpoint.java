package io.wxmass.campaign.serve;

import io.wxmass.campaign.inbox.Inbox;
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
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Mounts core's framework-neutral {@link CallbackHandler} at the callback path: GET handshake, POST in
 * plain or safe mode. The event is stored (deduplicated) before the reply, so {@code success} goes out
 * only once it is durable; a store failure answers 500 and the platform retries.
 *
 * <p>A push that is signed but cannot be read as the event it claims to be (a MASSSENDJOBFINISH whose
 * MsgID is not a number) also answers 500: the platform retries it and the log says so, rather than a
 * {@code success} that would lose it. Refusals are logged through {@link RefusalLog}, at a bounded rate.
 *
 * <p>With an {@link Inbox}, every other message and event goes there, and the answer waits, without a
 * thread, for its group commit (and the application's passive reply, when forwarding).
 */
final class CallbackEndpoint extends Handler.Abstract {
    private final String path;
    private final CallbackHandler handler;
    private final Duration bodyTimeout;
    private final Executor executor;
    private final RefusalLog refusals;
    private final Inbox inbox;

    CallbackEndpoint(String path, CallbackHandler handler, Duration bodyTimeout, Executor executor, RefusalLog refusals,
                     Inbox inbox) {
        this.inbox = inbox;
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
            CompletableFuture<CallbackReply> reply;
            if (failure != null) {
                Exchanges.BodyException refused = failure;
                refusals.refuse("callback body", refused.getMessage() + " from " + Request.getRemoteAddr(request));
                reply = CompletableFuture.completedFuture(new CallbackReply(refused.status, "text/plain; charset=utf-8", ""));
            } else {
                reply = answer(method, query, new String(body, StandardCharsets.UTF_8));
            }
            reply.whenComplete((answer, error) -> {
                CallbackReply sent = answer != null ? answer : CallbackReply.failed();
                new Reply(sent.status(), sent.contentType(), sent.body().getBytes(StandardCharsets.UTF_8)).send(response, callback);
            });
        });
        return true;
    }

    private CompletableFuture<CallbackReply> answer(String method, String query, String body) {
        CallbackHandler.Received received;
        Map<String, String> parameters = QueryString.parse(query);
        try {
            received = handler.receive(method, parameters, body);
        } catch (CallbackException refused) {
            refusals.refuse("callback " + refused.reason().name().toLowerCase(java.util.Locale.ROOT), refused.getMessage());
            return CompletableFuture.completedFuture(CallbackReply.refused(refused.reason()));
        }
        if (received.event().isEmpty()) {
            return CompletableFuture.completedFuture(received.reply());
        }
        CallbackEvent event = received.event().get();
        if (unreadable(event)) {
            refusals.fail("unreadable event", "a signed " + MassSendJobFinished.EVENT
                    + " push that is not readable (MsgID or a count is not a number): answered 500 so the platform retries");
            return CompletableFuture.completedFuture(CallbackReply.failed());
        }
        if (inbox != null && event instanceof GenericEvent other) {
            // Every other message and event: group-committed, maybe forwarded; answered once durable.
            return inbox.accept(other, parameters).exceptionally(e -> {
                refusals.fail("message not stored", e + ": answered 500 so the platform retries");
                return CallbackReply.failed();
            });
        }
        if (inbox != null) {
            // Campaign events too are written by the inbox's one writer thread (no in-process lock contention).
            CompletableFuture<CallbackReply> reply = new CompletableFuture<>();
            inbox.serialized(() -> reply.complete(deliver(event, received.reply()))).whenComplete((done, notQueued) -> {
                if (notQueued != null) {
                    refusals.fail("event not stored", notQueued + ": answered 500 so the platform retries");
                    reply.complete(CallbackReply.failed());
                }
            });
            return reply;
        }
        return CompletableFuture.completedFuture(deliver(event, received.reply()));
    }

    private CallbackReply deliver(CallbackEvent event, CallbackReply reply) {
        try {
            handler.deliver(event);
            return reply;
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
