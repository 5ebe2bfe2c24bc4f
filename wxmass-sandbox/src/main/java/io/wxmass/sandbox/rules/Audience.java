package io.wxmass.sandbox.rules;

import io.wxmass.sandbox.delivery.Recipients;

import java.util.Objects;

/**
 * Who a send goes to.
 *
 * @param scope a stable description for the content digest: {@code all}, {@code tag:2}, {@code openids:<hash>}
 */
public record Audience(Recipients recipients, boolean isToAll, String scope) {
    public Audience {
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(scope, "scope");
    }
}
