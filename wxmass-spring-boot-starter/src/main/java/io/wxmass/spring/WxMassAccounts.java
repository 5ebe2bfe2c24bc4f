package io.wxmass.spring;

import io.wxmass.core.WxMass;
import io.wxmass.core.callback.CallbackHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Every configured account's {@link WxMass} client and callback handler, built (and so checked) at startup. Each
 * client is also a bean of its own, named {@code <account>WxMass}; with one account it is the primary one.
 */
public final class WxMassAccounts {
    private final Map<String, WxMass> clients = new LinkedHashMap<>();
    private final Map<String, AccountSettings> settings = new LinkedHashMap<>();
    private final Map<String, CallbackHandler> handlers = new LinkedHashMap<>();

    WxMassAccounts(WxMassProperties properties, List<WxMassConfigCustomizer> customizers,
                   ApplicationEventPublisher publisher) {
        PushDeduper deduper = new PushDeduper(PushDeduper.DEFAULT_CAPACITY);
        properties.accounts().forEach((name, account) -> {
            AccountSettings s = new AccountSettings(name, account);
            WxMass client = WxMass.create(s.config(b -> customizers.forEach(c -> c.customize(name, b))));
            clients.put(name, client);
            settings.put(name, s);
            // The client's event listener (metrics, when a MeterRegistry exists) hears the callback side too.
            s.callbackHandler(new PublishingListener(name, client.config().appId(), deduper, publisher), client.config().eventListener())
                    .ifPresent(h -> handlers.put(name, h));
        });
    }

    public Set<String> names() {
        return clients.keySet();
    }

    /** The client of account {@code name}; throws naming the configured accounts when there is none. */
    public WxMass get(String name) {
        WxMass client = clients.get(Objects.requireNonNull(name, "name"));
        if (client == null) {
            throw new NoSuchElementException("no account '" + name + "' under wxmass.accounts; configured: " + names());
        }
        return client;
    }

    /** The servlet path of the account's callback endpoint, when a callback token is configured. */
    public Optional<String> callbackPath(String name) {
        return handlers.containsKey(name) ? Optional.of(settings.get(name).callbackPath()) : Optional.empty();
    }

    Map<String, CallbackHandler> callbackHandlers() {
        return handlers;
    }

    @Override
    public String toString() {
        return "WxMassAccounts" + names();
    }
}
