package io.wxmass.core.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * One HTTP round trip, the only part of a call that touches the network: the transport above it encodes the body,
 * takes the token, waits for the rate limiter, retries and maps the answer; a caller sends the bytes and returns
 * the status and the body bytes. The default speaks the JDK's {@link HttpClient} ({@link #jdk(HttpClient)});
 * {@code wxmass-transport-httpclient5} brings one over Apache HttpClient 5. Inject one with
 * {@code WxMassConfig.Builder.httpCaller}.
 *
 * <p>What every implementation owes, checked by the same contract tests: the whole answer, headers and body,
 * within {@link Request#timeout()} from the start (a server that sends headers and then drips the body must not
 * hold the caller longer); failures only as a {@link Failure} of one of its kinds (the transport alone decides
 * from the kind whether the request may have reached the platform); and the URI, which carries the access token,
 * never in a log line or an exception message.
 */
@FunctionalInterface
public interface HttpCaller {
    /**
     * Sends {@code request} and waits, on the calling thread, for the whole answer.
     *
     * @throws Failure              the round trip did not complete
     * @throws InterruptedException the calling thread was interrupted while waiting
     */
    Response call(Request request) throws Failure, InterruptedException;

    /**
     * The caller over the JDK's client (the default): {@code WxMassConfig}'s client, or one built by
     * {@link JdkHttpTransport#defaultClient}.
     */
    static HttpCaller jdk(HttpClient client) {
        return new JdkHttpCaller(Objects.requireNonNull(client, "client"));
    }

    /**
     * One request. The body is empty for a GET; a POST carries {@code contentType}. {@code uri} holds the access
     * token in its query: log it through {@code Redaction} only.
     */
    record Request(Endpoint.Method method, URI uri, String contentType, byte[] body, Duration timeout) {
        public Request {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(timeout, "timeout");
            if (method == Endpoint.Method.POST) {
                Objects.requireNonNull(contentType, "contentType");
            }
        }

        /** Not a copy: the body is encoded once per call and posted as is on every attempt. */
        @Override
        public byte[] body() {
            return body;
        }

        @Override
        public String toString() {
            return method + " <redacted> (" + body.length + " bytes)";
        }
    }

    /** The status and the whole body. */
    record Response(int status, byte[] body) {
        public Response {
            Objects.requireNonNull(body, "body");
        }

        @Override
        public byte[] body() {
            return body;
        }
    }

    /** Why a round trip did not complete; the transport maps each kind to its {@code TransportException}. */
    enum FailureKind {
        /** Nothing listened: the request certainly never left. */
        CONNECT_REFUSED,
        /** No connection within the connect timeout: the request certainly never left. */
        CONNECT_TIMED_OUT,
        /** Connected, but headers and body not complete within the request timeout: it may have been acted on. */
        NO_ANSWER_BEFORE_DEADLINE,
        /** Any other I/O failure (reset, TLS, a malformed answer): it may have been acted on. */
        IO
    }

    /**
     * A failed round trip. Its message must not quote the URI; the cause is kept for the stack trace only (the
     * transport's message never repeats the cause's).
     */
    final class Failure extends IOException {
        private static final long serialVersionUID = 1L;

        private final FailureKind kind;

        public Failure(FailureKind kind, Throwable cause) {
            super(Objects.requireNonNull(kind, "kind").name(), cause);
            this.kind = kind;
        }

        public FailureKind kind() {
            return kind;
        }
    }
}
