package io.wxmass.campaign.serve;

import io.wxmass.campaign.reconcile.Reconciler;
import io.wxmass.core.callback.AesKey;
import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.callback.CallbackHandlerBuilder;
import io.wxmass.core.event.EventListener;

import java.util.Objects;
import java.util.Optional;

/** The receiver's callback handler: the account's token (and AES key for safe mode) in, events to the reconciler. */
public final class CallbackHandlers {
    private CallbackHandlers() {
    }

    /**
     * @param aesKey the EncodingAESKey; when present, safe-mode pushes are accepted (plain ones too,
     *               unless {@code requireEncryption})
     */
    public static CallbackHandler forReconciler(Reconciler reconciler, String appId, String token,
                                                Optional<String> aesKey, boolean requireEncryption) {
        return forReconciler(reconciler, appId, token, aesKey, requireEncryption, EventListener.NONE);
    }

    /** As above, telling {@code events} of each push accepted or refused (e.g. {@code wxmass.callback.events}). */
    public static CallbackHandler forReconciler(Reconciler reconciler, String appId, String token,
                                                Optional<String> aesKey, boolean requireEncryption, EventListener events) {
        Objects.requireNonNull(reconciler, "reconciler");
        CallbackHandlerBuilder builder = CallbackHandler.builder().token(token).appId(appId)
                .listener(reconciler.listener()).requireEncryption(requireEncryption).eventListener(events);
        aesKey.map(AesKey::fromEncodingAesKey).ifPresent(builder::aesKey);
        return builder.build();
    }
}
