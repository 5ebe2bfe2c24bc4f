package io.wxmass.campaign.serve;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.core.error.InvalidRequestException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Reading request bodies (bounded in size and time, without holding a thread) and JSON. */
final class Exchanges {
    /** Callback pushes and REST bodies are small; an inline openid list of 10,000 is well under this. */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
    static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
        JSON.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private Exchanges() {
    }

    /** Why a body could not be read: the status to answer and the reason to log. */
    static final class BodyException extends RuntimeException {
        final int status;

        BodyException(int status, String reason) {
            super(reason, null, false, false);
            this.status = status;
        }
    }

    /**
     * The whole body, read as it arrives: no thread waits for a slow client. Fails with a
     * {@link BodyException}: 413 over {@link #MAX_BODY_BYTES}, 408 when not complete within {@code timeout}.
     */
    static CompletableFuture<byte[]> body(Request request, Duration timeout) {
        if (request.getLength() > MAX_BODY_BYTES) {
            return CompletableFuture.failedFuture(new BodyException(413, "body of " + request.getLength() + " bytes"));
        }
        return Content.Source.asByteArrayAsync(request, MAX_BODY_BYTES)
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(failure -> {
                    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                    if (cause instanceof TimeoutException) {
                        return CompletableFuture.failedFuture(new BodyException(408, "body not complete within " + timeout.toMillis() + " ms"));
                    }
                    if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
                        return CompletableFuture.failedFuture(new BodyException(413, "body over " + MAX_BODY_BYTES + " bytes"));
                    }
                    return CompletableFuture.failedFuture(new BodyException(400, "body unreadable: " + cause.getClass().getSimpleName()));
                });
    }

    /** What to do with a body once it has arrived, or why it did not. */
    interface BodyConsumer {
        void accept(byte[] body, BodyException failure);
    }

    /**
     * Reads the body without a thread, then runs {@code then} on {@code executor} with the body or the
     * failure (exactly one of them non-null). Should {@code then} throw, the exchange is failed so that the
     * connection never hangs.
     */
    static void withBody(Request request, Duration timeout, Executor executor, Callback callback, BodyConsumer then) {
        body(request, timeout).whenCompleteAsync((body, failure) -> {
            try {
                if (failure == null) {
                    then.accept(body, null);
                } else {
                    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                    then.accept(null, cause instanceof BodyException b ? b : new BodyException(400, "body unreadable"));
                }
            } catch (Throwable t) {
                callback.failed(t);
            }
        }, executor);
    }

    /** An empty body reads as an empty object, so bodiless POSTs (approve, send) need none. */
    static JsonNode json(byte[] body) {
        if (body.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new InvalidRequestException("body", "must be JSON");
        }
    }
}
