package io.wxmass.testing;

import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.sandbox.delivery.EncryptMode;
import io.wxmass.sandbox.delivery.InboxEntry;
import io.wxmass.sandbox.delivery.JobStatus;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.Tag;
import io.wxmass.sandbox.receiver.PushCapture;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a test asks of the sandbox after its code has run, in the spirit of a mail catcher's API: await a job's
 * end, await a follower's message, what a tag received, the last push as the application read it. Awaits poll
 * the sandbox's state and fail with an {@link AssertionError} that says what was seen instead.
 *
 * <p>Inject one with {@link WithSandbox} (a {@code SandboxProbe} parameter) or make one with {@link #of}.
 */
public final class SandboxProbe implements AutoCloseable {
    /** How long an await waits unless told otherwise: long enough for a loaded CI machine. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 10;
    /** Generated credentials for {@link #capturePushes()}: safe mode needs a 43-character AES key. */
    static final String CAPTURE_TOKEN = "wxmassTestingToken";
    static final String CAPTURE_AES_KEY = "wxmassTestingAesKey0123456789abcdefghijklmn";

    private final Sandbox sandbox;
    private PushCapture capture;

    private SandboxProbe(Sandbox sandbox) {
        this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
    }

    public static SandboxProbe of(Sandbox sandbox) {
        return new SandboxProbe(sandbox);
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    /** Waits until job {@code msgId} of the default account is no longer SENDING and returns it. */
    public MassJob awaitJobEnd(long msgId) {
        return awaitJobEnd(msgId, DEFAULT_WAIT);
    }

    public MassJob awaitJobEnd(long msgId, Duration max) {
        String appId = sandbox.appId();
        return await(max, () -> sandbox.admin().job(appId, msgId).filter(j -> j.status() != JobStatus.SENDING),
                () -> "job " + msgId + " to end: " + sandbox.admin().job(appId, msgId)
                        .map(j -> j.status() + ", " + j.sentCount() + "/" + j.totalCount() + " sent")
                        .orElse("no such job"));
    }

    /** Waits until the follower has at least {@code count} mass messages and returns them, oldest first. */
    public List<InboxEntry> awaitMessages(String openId, int count, Duration max) {
        if (count < 1) {
            throw new IllegalArgumentException("count: must be >= 1, got " + count);
        }
        return await(max, () -> Optional.of(inbox(openId)).filter(inbox -> inbox.size() >= count),
                () -> count + " message(s) for " + openId + ": has " + inbox(openId).size());
    }

    /** Waits until the follower has a mass message and returns the newest. */
    public InboxEntry awaitMessage(String openId) {
        List<InboxEntry> inbox = awaitMessages(openId, 1, DEFAULT_WAIT);
        return inbox.get(inbox.size() - 1);
    }

    /** What reached the follower from mass jobs so far, oldest first. */
    public List<InboxEntry> inbox(String openId) {
        return sandbox.admin().inbox(sandbox.appId(), openId);
    }

    /** What the members of {@code tagId} received so far. */
    public TagDelivery tagReceived(int tagId) {
        Account account = sandbox.account();
        Tag tag = account.tags().get(tagId)
                .orElseThrow(() -> new IllegalArgumentException("tagId: no tag " + tagId + " on " + account.appId()));
        int[] members = tag.members();
        Map<String, Integer> byType = new LinkedHashMap<>();
        Map<Long, Integer> byJob = new LinkedHashMap<>();
        for (int index : members) {
            Set<String> types = new HashSet<>();
            Set<Long> jobs = new HashSet<>();
            for (InboxEntry entry : inbox(account.followers().openId(index))) {
                types.add(entry.msgType());
                jobs.add(entry.msgId());
            }
            types.forEach(t -> byType.merge(t, 1, Integer::sum));
            jobs.forEach(j -> byJob.merge(j, 1, Integer::sum));
        }
        return new TagDelivery(tagId, members.length, byType, byJob);
    }

    /** Fails unless every member of {@code tagId} received job {@code msgId} exactly as the sandbox delivered it. */
    public void assertTagReceived(int tagId, long msgId) {
        TagDelivery delivery = tagReceived(tagId);
        if (delivery.members() == 0 || delivery.receivedJob(msgId) != delivery.members()) {
            throw new AssertionError("tag " + tagId + ": expected all " + delivery.members() + " member(s) to receive job "
                    + msgId + ", " + delivery.receivedJob(msgId) + " did; received per job: " + delivery.byMsgId());
        }
    }

    /**
     * From now on the default account pushes (safe mode: signed and AES-encrypted) to a receiver that reads each
     * push with wxmass-core's CallbackHandler, as an application does; {@link #lastPush} returns what it read.
     * The receiver stops with this probe.
     */
    public synchronized PushCapture capturePushes() {
        if (capture == null) {
            capture = PushCapture.start(sandbox, CAPTURE_TOKEN, CAPTURE_AES_KEY, EncryptMode.SAFE);
        }
        return capture;
    }

    /** Waits for the push of {@code count} events in all and returns the newest, decrypted and typed. */
    public CallbackEvent awaitPush(int count, Duration max) {
        PushCapture pushes = capturing();
        return await(max, () -> Optional.of(pushes.events()).filter(e -> e.size() >= count).map(e -> e.get(e.size() - 1)),
                () -> count + " push(es): " + pushes.events().size() + " accepted of " + pushes.receiver().received().size()
                        + " received");
    }

    /** The newest push the capture accepted, decrypted and typed; empty when none came yet. */
    public Optional<CallbackEvent> lastPush() {
        return capturing().last();
    }

    private synchronized PushCapture capturing() {
        if (capture == null) {
            throw new IllegalStateException("pushes: call capturePushes() before the send whose push you want to read");
        }
        return capture;
    }

    private static <T> T await(Duration max, Supplier<Optional<T>> probe, Supplier<String> waitingFor) {
        long deadline = System.nanoTime() + max.toNanos();
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError("waited " + max + " for " + waitingFor.get());
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + waitingFor.get(), e);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (capture != null) {
            capture.close();
            capture = null;
        }
    }
}
