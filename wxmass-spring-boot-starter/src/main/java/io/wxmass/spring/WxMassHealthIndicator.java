package io.wxmass.spring;

import io.wxmass.core.WxMass;
import io.wxmass.core.error.WxMassException;
import io.wxmass.core.http.Endpoints;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * {@code wxmass} in {@code /actuator/health}: per account, whether a token is obtainable (DOWN when not, e.g. a
 * wrong secret), whether a callback is configured, and what today's sendall quota has left. The error shown is
 * core's message, which never contains a secret or a token.
 */
public final class WxMassHealthIndicator extends AbstractHealthIndicator {
    private final WxMassAccounts accounts;

    WxMassHealthIndicator(WxMassAccounts accounts) {
        super("wxmass health check failed");
        this.accounts = accounts;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean up = true;
        for (String name : accounts.names()) {
            WxMass wx = accounts.get(name);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("appId", wx.config().appId());
            details.put("callback", accounts.callbackPath(name).orElse("not configured"));
            try {
                wx.tokens().current();
                details.put("token", "obtainable");
                try {
                    details.put("sendallQuotaLeft", wx.quota().get(Endpoints.MASS_SENDALL).remain());
                } catch (WxMassException e) {
                    details.put("sendallQuotaLeft", "unknown: " + e.getMessage());
                }
            } catch (WxMassException e) {
                up = false;
                details.put("token", "not obtainable: " + e.getMessage());
            }
            builder.withDetail(name, details);
        }
        if (up) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
