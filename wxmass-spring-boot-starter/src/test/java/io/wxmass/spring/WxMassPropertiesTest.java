package io.wxmass.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.http.HttpCaller;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class WxMassPropertiesTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WxMassAutoConfiguration.class));

    @Test
    void accounts_whenConfigured_areBoundIntoOneWxMassBeanEach() {
        runner.withPropertyValues(
                        "wxmass.accounts.main.app-id=wxmain", "wxmass.accounts.main.app-secret=s1",
                        "wxmass.accounts.main.base-url=http://127.0.0.1:1/gw/", "wxmass.accounts.main.token-source=classic",
                        "wxmass.accounts.main.request-timeout=7s", "wxmass.accounts.main.retry.max-attempts=2",
                        "wxmass.accounts.other.app-id=wxother", "wxmass.accounts.other.app-secret=s2")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    WxMassConfig main = context.getBean("mainWxMass", WxMass.class).config();
                    assertThat(main.appId()).isEqualTo("wxmain");
                    assertThat(main.baseUrl()).isEqualTo("http://127.0.0.1:1/gw");
                    assertThat(main.tokenSource()).isEqualTo(WxMassConfig.TokenSourceKind.CLASSIC);
                    assertThat(main.requestTimeout()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(main.retryPolicy().maxAttempts()).isEqualTo(2);
                    WxMassConfig other = context.getBean("otherWxMass", WxMass.class).config();
                    assertThat(other.appId()).isEqualTo("wxother");
                    assertThat(other.baseUrl()).isEqualTo(WxMassConfig.DEFAULT_BASE_URL);
                    assertThat(context.getBean(WxMassAccounts.class).names()).containsExactly("main", "other");
                });
    }

    @Test
    void httpCallerBean_isEveryAccountsRoundTrip() {
        HttpCaller caller = request -> new HttpCaller.Response(200, new byte[0]);
        runner.withBean(HttpCaller.class, () -> caller)
                .withPropertyValues("wxmass.accounts.main.app-id=wxmain", "wxmass.accounts.main.app-secret=s1",
                        "wxmass.accounts.other.app-id=wxother", "wxmass.accounts.other.app-secret=s2")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean("mainWxMass", WxMass.class).config().httpCaller()).containsSame(caller);
                    assertThat(context.getBean("otherWxMass", WxMass.class).config().httpCaller()).containsSame(caller);
                });
    }

    @Test
    void startup_whenAppSecretMissing_failsNamingTheProperty() {
        runner.withPropertyValues("wxmass.accounts.main.app-id=wxmain")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessage("appSecret: is required and must not be blank"));
        runner.withPropertyValues("wxmass.accounts.main.app-id=wxmain")
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining(
                        "wxmass.accounts.main.app-secret: is required and must not be blank"));
    }

    @Test
    void startup_whenAesKeyMalformed_failsNamingTheProperty() {
        runner.withPropertyValues("wxmass.accounts.main.app-id=wxmain", "wxmass.accounts.main.app-secret=s",
                        "wxmass.accounts.main.callback.token=tok", "wxmass.accounts.main.callback.aes-key=short")
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining(
                        "wxmass.accounts.main.callback.aes-key: must be 43 characters of [a-zA-Z0-9]"));
    }

    @Test
    void startup_whenSafeModeWithoutAesKey_failsNamingTheProperty() {
        runner.withPropertyValues("wxmass.accounts.main.app-id=wxmain", "wxmass.accounts.main.app-secret=s",
                        "wxmass.accounts.main.callback.token=tok", "wxmass.accounts.main.callback.mode=safe")
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining(
                        "wxmass.accounts.main.callback.aes-key: is required in SAFE mode"));
    }

    @Test
    void startup_whenBaseUrlHasQuery_failsNamingTheProperty() {
        runner.withPropertyValues("wxmass.accounts.main.app-id=wxmain", "wxmass.accounts.main.app-secret=s",
                        "wxmass.accounts.main.base-url=http://x/?a=1")
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining(
                        "wxmass.accounts.main.base-url: must be an absolute http(s) URL without a query"));
    }

    @Test
    void failureAnalysis_whenPropertyRefused_namesThePropertyAndTheRule() {
        runner.withPropertyValues("wxmass.accounts.main.app-id=wxmain")
                .run(context -> {
                    FailureAnalysis analysis = new WxMassPropertyFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription())
                            .isEqualTo("Property wxmass.accounts.main.app-secret is required and must not be blank.");
                    assertThat(analysis.getAction()).contains("wxmass.accounts.main.app-secret");
                });
    }
}
