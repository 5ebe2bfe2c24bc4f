package io.wxmass.core.callback;

import io.wxmass.core.callback.CallbackException.Reason;
import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.core.event.EventListener;
import io.wxmass.core.xml.XmlElement;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's push endpoint, independent of any web framework: give it the HTTP method, the decoded
 * query parameters and the body, and write back the {@link CallbackReply}. Mount it in a servlet, a
 * Spring controller, Javalin or the JDK HttpServer ({@link QueryString} decodes a raw query).
 *
 * <p>GET is the URL handshake (docs/platform.md §5.1): a valid signature gets {@code echostr} back verbatim. POST is a
 * push in plain, compatible or safe mode (docs/platform.md §5.2, 5.3), told apart by {@code encrypt_type=aes}. Order
 * of checks: size, signature (constant time), replay window and nonce, decryption with appid check, XML.
 * Built with {@link #builder()}. Thread-safe.
 */
public final class CallbackHandler {
    private static final Logger log = LoggerFactory.getLogger(CallbackHandler.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;
    private final MessageCrypto crypto;
    private final boolean requireEncryption;
    private final ReplayGuard replayGuard;
    private final CallbackParser parser;
    private final int maxBodyChars;
    private final CallbackListener listener;
    private final Function<CallbackEvent, Optional<String>> replier;
    private final Executor executor;
    private final EventListener events;

    CallbackHandler(CallbackHandlerBuilder b) {
        this.token = b.token;
        this.crypto = b.crypto();
        this.requireEncryption = b.requireEncryption;
        this.replayGuard = new ReplayGuard(b.clock, b.window, b.maxNonces);
        this.parser = CallbackParser.withDefaults();
        this.maxBodyChars = b.maxBodyChars;
        this.listener = b.listener;
        this.replier = b.replier;
        this.executor = b.executor;
        this.events = b.events;
    }

    public static CallbackHandlerBuilder builder() {
        return new CallbackHandlerBuilder();
    }

    /** An accepted request: the event (empty for the GET handshake) and the reply to send. */
    public record Received(Optional<CallbackEvent> event, CallbackReply reply) {
        public Received {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(reply, "reply");
        }
    }

    /**
     * Handles one request and never throws for bad input: refusals become 4xx replies with an empty body
     * (logged at WARN with their reason), a failing listener a 500 so the platform retries.
     */
    public CallbackReply handle(String method, Map<String, String> query, String body) {
        Received received;
        try {
            received = receive(method, query, body);
        } catch (CallbackException refused) {
            log.warn("callback refused: {}", refused.getMessage());
            return CallbackReply.refused(refused.reason());
        }
        if (received.event().isEmpty() || executor != null) {
            return received.reply();
        }
        try {
            listener.onEvent(received.event().get());
            return received.reply();
        } catch (RuntimeException e) {
            log.error("callback listener failed; replying 500 so the platform retries", e);
            return CallbackReply.failed();
        }
    }

    /**
     * Verifies and reads one request without calling the listener unless an executor was configured
     * (then the event is dispatched there); throws {@link CallbackException} on any refusal.
     */
    public Received receive(String method, Map<String, String> query, String body) {
        Received received;
        try {
            received = verifyAndRead(method, query, body);
        } catch (CallbackException refused) {
            events.callbackRefused(refused.reason());
            throw refused;
        }
        events.callbackAccepted(received.event());
        return received;
    }

    private Received verifyAndRead(String method, Map<String, String> query, String body) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(query, "query");
        String content = body == null ? "" : body;
        if (content.length() > maxBodyChars) {
            throw new CallbackException(Reason.OVERSIZED, "body longer than " + maxBodyChars + " characters");
        }
        if (method.equalsIgnoreCase("GET")) {
            return new Received(Optional.empty(), handshake(query));
        }
        if (!method.equalsIgnoreCase("POST")) {
            throw new CallbackException(Reason.UNSUPPORTED_METHOD, "only GET and POST are accepted");
        }
        String timestamp = required(query, "timestamp");
        String nonce = required(query, "nonce");
        boolean encrypted = "aes".equalsIgnoreCase(query.get("encrypt_type"));
        CallbackEvent event;
        MessageCrypto.Opened opened = null;
        if (encrypted) {
            opened = openSafeMode(query, content, timestamp, nonce);
            event = parser.parse(opened.xml());
        } else {
            if (requireEncryption) {
                throw new CallbackException(Reason.ENCRYPTION_MISMATCH, "plain push refused: encryption is required");
            }
            verify(query.get("signature"), "signature", token, timestamp, nonce);
            replayGuard.check(timestamp, nonce);
            event = parser.parse(content);
        }
        if (executor != null) {
            executor.execute(() -> dispatch(event));
        }
        return new Received(Optional.of(event), replyFor(event, opened, timestamp, nonce));
    }

    /**
     * Hands an event that {@link #receive} accepted to the listener, as {@link #handle} does; for servers
     * that call {@code receive} themselves to log and answer in their own way. Throws what the listener
     * throws. Not for a handler with an executor: {@code receive} has dispatched the event already.
     */
    public void deliver(CallbackEvent event) {
        Objects.requireNonNull(event, "event");
        if (executor != null) {
            throw new IllegalStateException("this handler dispatches events on its executor");
        }
        listener.onEvent(event);
    }

    private CallbackReply handshake(Map<String, String> query) {
        String timestamp = required(query, "timestamp");
        String nonce = required(query, "nonce");
        String echostr = required(query, "echostr");
        verify(query.get("signature"), "signature", token, timestamp, nonce);
        replayGuard.check(timestamp, nonce);
        return CallbackReply.text(echostr);
    }

    private MessageCrypto.Opened openSafeMode(Map<String, String> query, String body, String timestamp,
                                              String nonce) {
        if (crypto == null) {
            throw new CallbackException(Reason.ENCRYPTION_MISMATCH, "encrypted push but no AES key configured");
        }
        XmlElement wrapper = parser.tree(body);
        String encrypt = wrapper.childText("Encrypt")
                .orElseThrow(() -> new CallbackException(Reason.MISSING_PARAMETER, "body has no Encrypt element"));
        verify(query.get("msg_signature"), "msg_signature", token, timestamp, nonce, encrypt);
        if (query.containsKey("signature")) {
            verify(query.get("signature"), "signature", token, timestamp, nonce);
        }
        replayGuard.check(timestamp, nonce);
        return crypto.open(encrypt);
    }

    /** The listener's passive reply if any, sealed when the push was; otherwise {@code success}. */
    private CallbackReply replyFor(CallbackEvent event, MessageCrypto.Opened opened, String timestamp, String nonce) {
        if (replier == null || executor != null) {
            return CallbackReply.success();
        }
        Optional<String> passive = replier.apply(event);
        if (passive.isEmpty()) {
            return CallbackReply.success();
        }
        if (opened == null) {
            return CallbackReply.xml(passive.get());
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String encrypt = crypto.encrypt(passive.get(), random, opened.key());
        return CallbackReply.xml(EncryptedEnvelope.replyBody(token, encrypt, timestamp, nonce));
    }

    private void dispatch(CallbackEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            log.error("callback listener failed on {}", event, e);
        }
    }

    private static void verify(String given, String name, String... parts) {
        if (given == null || given.isEmpty()) {
            throw new CallbackException(Reason.MISSING_PARAMETER, "query parameter " + name + " is missing");
        }
        if (!Signatures.matches(given, parts)) {
            throw new CallbackException(Reason.BAD_SIGNATURE, name + " does not match");
        }
    }

    private static String required(Map<String, String> query, String name) {
        String value = query.get(name);
        if (value == null || value.isEmpty()) {
            throw new CallbackException(Reason.MISSING_PARAMETER, "query parameter " + name + " is missing");
        }
        return value;
    }

    @Override
    public String toString() {
        return "CallbackHandler[token=redacted, encrypted=" + (crypto != null) + "]";
    }
}
