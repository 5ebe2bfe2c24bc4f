package io.wxmass.core.mass;

import io.wxmass.core.http.ApiTransport;
import io.wxmass.core.testing.ManualClock;
import io.wxmass.core.testing.ScriptedPlatform;
import io.wxmass.core.testing.TestTransports;

/**
 * One account's view of a {@link ScriptedPlatform}: the real authenticated transport, on a manual
 * clock that is also the sleeper. Create one per test (a field initialiser) and close it after.
 */
public final class ScriptedAccount implements AutoCloseable {
    private final ScriptedPlatform platform = ScriptedPlatform.start();
    private final ManualClock clock = ManualClock.start();
    private final ApiTransport transport = TestTransports.authenticated(platform, clock).build();

    private ScriptedAccount() {
    }

    public static ScriptedAccount start() {
        return new ScriptedAccount();
    }

    public ScriptedPlatform platform() {
        return platform;
    }

    public ManualClock clock() {
        return clock;
    }

    public ApiTransport transport() {
        return transport;
    }

    /** A MassApi that waits on this account's clock. */
    public MassApi mass() {
        return new MassApi(transport, clock, clock);
    }

    @Override
    public void close() {
        platform.close();
    }
}
