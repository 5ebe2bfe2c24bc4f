package io.wxmass.core.http;

import io.wxmass.core.internal.DaemonThreads;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Reads the body as bytes, but gives up at a deadline. {@code HttpRequest.timeout()} only bounds the wait
 * for the headers; a server that then stalls the body would hold the caller forever. Doing this in the
 * body subscriber keeps the fast blocking {@code HttpClient.send} path (no extra thread hop per call).
 */
final class DeadlineBodyHandler implements HttpResponse.BodyHandler<byte[]> {
    private static final ScheduledExecutorService TIMER = timer();

    private final long deadlineNanos;

    DeadlineBodyHandler(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
        return new Subscriber(HttpResponse.BodySubscribers.ofByteArray(), deadlineNanos);
    }

    private static ScheduledExecutorService timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, DaemonThreads.named("wxmass-http-deadline"));
        timer.setRemoveOnCancelPolicy(true);
        return Executors.unconfigurableScheduledExecutorService(timer);
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final HttpResponse.BodySubscriber<byte[]> inner;
        private final long deadlineNanos;
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();

        Subscriber(HttpResponse.BodySubscriber<byte[]> inner, long deadlineNanos) {
            this.inner = inner;
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            long left = Math.max(0, deadlineNanos - System.nanoTime());
            ScheduledFuture<?> alarm = TIMER.schedule(() -> {
                if (body.completeExceptionally(new HttpTimeoutException("body not complete before the deadline"))) {
                    subscription.cancel();
                }
            }, left, TimeUnit.NANOSECONDS);
            inner.getBody().whenComplete((bytes, error) -> {
                alarm.cancel(false);
                if (error != null) {
                    body.completeExceptionally(error);
                } else {
                    body.complete(bytes);
                }
            });
            inner.onSubscribe(subscription);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            inner.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
            inner.onError(throwable);
        }

        @Override
        public void onComplete() {
            inner.onComplete();
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }
    }
}
