package io.wxmass.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.callback.AesKey;
import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.CallbackSettings;
import io.wxmass.sandbox.receiver.CallbackReceiver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The meters' names and tags, read from a {@link SimpleMeterRegistry} after real calls and pushes over the sandbox. */
class MicrometerEventListenerTest {
    private static final String APP_ID = "wx5a1d2b0c3e4f5a6d";
    private static final String TOKEN = "wxmassMeters";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String SENDALL = "/cgi-bin/message/mass/sendall";

    private static final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private static final MicrometerEventListener meters = MicrometerEventListener.create(registry, Tags.of("account", "main"));
    private static CallbackReceiver app;
    private static Sandbox sandbox;

    @BeforeAll
    static void start() throws Exception {
        CallbackHandler handler = CallbackHandler.builder().token(TOKEN).appId(APP_ID)
                .aesKey(AesKey.fromEncodingAesKey(AES_KEY)).requireEncryption(true)
                .listener(e -> { }).eventListener(meters).build();
        app = CallbackReceiver.start(CallbackReceiver.handledBy(handler));
        sandbox = Sandbox.builder().appId(APP_ID).instant(true).followers(4).callback(app.url(), TOKEN, AES_KEY, "safe").start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        sandbox.close();
        app.close();
    }

    private static WxMass client(String secret) {
        return WxMass.create(WxMassConfig.builder().appId(APP_ID).appSecret(secret).baseUrl(sandbox.baseUrl())
                .eventListener(meters).build());
    }

    @Test
    void sendsRefusalsAndPushes_areMeteredUnderTheDocumentedNamesAndTags() throws InterruptedException {
        WxMass wx = client(sandbox.appSecret());
        wx.mass().send(MassMessage.text("Metered"), Audience.allFollowers(), SendOptions.generated());
        assertThatThrownBy(() -> wx.mass().send(MassMessage.text("To nobody"), Audience.tag(4242), SendOptions.generated()))
                .isInstanceOf(WeChatApiException.class);
        assertThatThrownBy(() -> client("notTheSecret").tokens().current()).isInstanceOf(WeChatApiException.class);
        assertThat(sandbox.admin().awaitIdle(Duration.ofSeconds(20))).isTrue();
        CallbackSettings configured = sandbox.account().callback();
        sandbox.account().callback(new CallbackSettings(app.url(), "someoneElsesToken", AES_KEY, "safe"));
        try {
            wx.mass().send(MassMessage.text("Forged?"), Audience.allFollowers(), SendOptions.generated());
            assertThat(sandbox.admin().awaitIdle(Duration.ofSeconds(20))).isTrue();
        } finally {
            sandbox.account().callback(configured);
        }

        Timer sentOk = registry.get("wxmass.api.calls")
                .tags("account", "main", "endpoint", SENDALL, "outcome", "ok", "errcode", "0").timer();
        assertThat(sentOk.count()).isEqualTo(2);
        assertThat(sentOk.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
        assertThat(registry.get("wxmass.api.calls")
                .tags("endpoint", SENDALL, "outcome", "platform", "errcode", "40152").timer().count()).isEqualTo(1);
        assertThat(registry.get("wxmass.rate.wait").tags("endpoint", SENDALL).timer().count()).isEqualTo(3);
        assertThat(registry.get("wxmass.token.fetches").tags("account", "main", "outcome", "ok").counter().count()).isEqualTo(1);
        assertThat(registry.get("wxmass.token.fetches").tags("outcome", "platform").counter().count()).isEqualTo(1);
        assertThat(registry.get("wxmass.callback.events")
                .tags("type", "masssendjobfinish", "result", "accepted", "reason", "none").counter().count()).isEqualTo(1);
        assertThat(registry.get("wxmass.callback.events")
                .tags("type", "unknown", "result", "refused", "reason", "bad_signature").counter().count()).isEqualTo(3);
        assertThat(tagKeysByMeter()).containsEntry("wxmass.api.calls", List.of("account", "endpoint", "errcode", "outcome"))
                .containsEntry("wxmass.rate.wait", List.of("account", "endpoint"))
                .containsEntry("wxmass.token.fetches", List.of("account", "outcome"))
                .containsEntry("wxmass.callback.events", List.of("account", "reason", "result", "type"));
    }

    /** Every meter name with its tag keys: one set per name, as Prometheus requires. */
    private static Map<String, List<String>> tagKeysByMeter() {
        Map<String, List<String>> keys = new TreeMap<>();
        for (Meter meter : registry.getMeters()) {
            List<String> these = meter.getId().getTags().stream().map(io.micrometer.core.instrument.Tag::getKey).sorted().toList();
            List<String> before = keys.putIfAbsent(meter.getId().getName(), these);
            assertThat(before == null || before.equals(these)).as(meter.getId().getName() + " tag keys").isTrue();
        }
        return keys;
    }
}
