package io.wxmass.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.event.EventListener;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Lets identical pure reads that overlap in time share one request, without ever answering a caller with
 * older news than a request of its own would have brought.
 *
 * <p>A caller joins a request only if that request was started after the caller arrived; if the one in flight
 * started earlier, the caller waits for it to end and then starts (or joins) the next one. So every answer
 * comes from a request sent after its caller's call began: exactly what a dedicated request guarantees. Sixteen
 * threads polling one job's status cost about two requests per round trip instead of sixteen, which matters
 * because every platform API has a daily call quota (45009).
 *
 * <p>A failure is shared like an answer, with one exception: if the thread that ran the request was
 * interrupted, the others were not, so they start over.
 */
final class SharedReads {
    private final Map<Key, Flight> running = new HashMap<>();
    private final EventListener events;
    private long ticks;

    SharedReads(EventListener events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Runs {@code call} for {@code key}, or shares the answer of an identical call started after this one arrived. */
    JsonNode execute(Key key, Supplier<JsonNode> call) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(call, "call");
        long arrival;
        synchronized (this) {
            arrival = ++ticks;
        }
        while (true) {
            Flight flight;
            boolean lead = false;
            synchronized (this) {
                flight = running.get(key);
                if (flight == null) {
                    flight = new Flight(++ticks);
                    running.put(key, flight);
                    lead = true;
                }
            }
            if (lead) {
                return lead(key, flight, call);
            }
            boolean fresh = flight.startedAt > arrival;
            if (fresh) {
                flight.sharers.incrementAndGet();
            }
            Outcome outcome = await(flight, key);
            if (fresh && !outcome.leaderInterrupted()) {
                events.sharedRead(key.endpoint());
                return outcome.answer(); // started after we arrived: as fresh as our own request
            }
            // It started before we arrived (or its runner was interrupted): go round for the next one.
        }
    }

    /** How many callers wait to share the read now in flight for {@code key} (0 when none is). */
    int sharers(Key key) {
        Flight flight;
        synchronized (this) {
            flight = running.get(key);
        }
        return flight == null ? 0 : flight.sharers.get();
    }

    private JsonNode lead(Key key, Flight flight, Supplier<JsonNode> call) {
        Outcome outcome = null;
        try {
            JsonNode answer = call.get();
            outcome = Outcome.answered(answer);
            return answer;
        } catch (RuntimeException e) {
            outcome = Outcome.failed(e, Thread.currentThread().isInterrupted());
            throw e;
        } catch (Error e) {
            outcome = Outcome.failed(new IllegalStateException("shared read failed", e), false);
            throw e;
        } finally {
            synchronized (this) {
                running.remove(key, flight);
            }
            flight.outcome.complete(outcome);
        }
    }

    private static Outcome await(Flight flight, Key key) {
        try {
            return flight.outcome.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // Nothing was sent on this caller's behalf yet: it only waited for an identical read.
            throw new TransportException("interrupted", key.endpoint().path(), null, false, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("shared read completed abnormally", e.getCause());
        }
    }

    /** What makes two reads identical: the endpoint, its query (never the token) and the exact body bytes. */
    record Key(Endpoint endpoint, Map<String, String> query, byte[] body) {
        Key {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(body, "body");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && endpoint.equals(k.endpoint) && query.equals(k.query) && Arrays.equals(body, k.body);
        }

        @Override
        public int hashCode() {
            return (endpoint.hashCode() * 31 + query.hashCode()) * 31 + Arrays.hashCode(body);
        }

        @Override
        public String toString() {
            return "Key[" + endpoint.path() + ", " + body.length + " bytes]";
        }
    }

    private static final class Flight {
        final long startedAt;
        final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        final AtomicInteger sharers = new AtomicInteger();

        Flight(long startedAt) {
            this.startedAt = startedAt;
        }
    }

    private record Outcome(JsonNode node, RuntimeException failure, boolean leaderInterrupted) {
        static Outcome answered(JsonNode node) {
            return new Outcome(node, null, false);
        }

        static Outcome failed(RuntimeException failure, boolean leaderInterrupted) {
            return new Outcome(null, failure, leaderInterrupted);
        }

        /** A copy per sharer: JSON trees are mutable, and each caller owns what it is given. */
        JsonNode answer() {
            if (failure != null) {
                throw failure;
            }
            return node.deepCopy();
        }
    }
}
