package io.wxmass.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.http.HttpCaller;
import io.wxmass.core.testing.TestSecrets;
import io.wxmass.core.token.Credentials;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WxMassConfigTest {
    private static WxMassConfig.Builder valid() {
        return WxMassConfig.builder().appId(TestSecrets.APP_ID).appSecret(TestSecrets.APP_SECRET);
    }

    @Test
    void defaults_areThePlatformStableTokensAndFiveMinuteMargin() {
        WxMassConfig config = valid().build();

        assertThat(config.baseUrl()).isEqualTo("https://api.weixin.qq.com");
        assertThat(config.tokenSource()).isEqualTo(WxMassConfig.TokenSourceKind.STABLE);
        assertThat(config.tokenRefreshMargin()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.callbackToken()).isEmpty();
        assertThat(config.encodingAesKey()).isEmpty();
    }

    @Test
    void build_withBothHttpClientAndHttpCaller_isRefusedNamingHttpCaller() {
        WxMassConfig.Builder both = valid().httpClient(HttpClient.newHttpClient())
                .httpCaller(request -> new HttpCaller.Response(200, new byte[0]));

        assertThatThrownBy(both::build)
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("httpCaller"));
    }

    @Test
    void toString_redactsAppSecretCallbackTokenAndAesKey() {
        WxMassConfig config = valid().callbackToken(TestSecrets.CALLBACK_TOKEN)
                .encodingAesKey(TestSecrets.ENCODING_AES_KEY).build();

        assertThat(config.toString()).contains(TestSecrets.APP_ID, "<redacted>")
                .doesNotContain(TestSecrets.APP_SECRET, TestSecrets.CALLBACK_TOKEN, TestSecrets.ENCODING_AES_KEY);
        assertThat(config.encodingAesKey()).contains(TestSecrets.ENCODING_AES_KEY);
    }

    @Test
    void credentials_toString_redactsSecret() {
        assertThat(new Credentials(TestSecrets.APP_ID, TestSecrets.APP_SECRET).toString())
                .isEqualTo("Credentials[appId=" + TestSecrets.APP_ID + ", appSecret=<redacted>]");
    }

    @Test
    void tokenLeaseSettings_defaultTo30sAnd200ms_andMustBePositive() {
        assertThat(valid().build().tokenLeaseTtl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(valid().build().tokenLeasePollInterval()).isEqualTo(Duration.ofMillis(200));
        assertThat(valid().build().shareConcurrentReads()).isTrue();

        assertThatThrownBy(() -> valid().tokenLeaseTtl(Duration.ZERO))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("tokenLeaseTtl"));
        assertThatThrownBy(() -> valid().tokenLeasePollInterval(Duration.ofMillis(-1)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("tokenLeasePollInterval"));
    }

    @Test
    void missingAppSecret_namesTheField() {
        assertThatThrownBy(() -> WxMassConfig.builder().appId(TestSecrets.APP_ID).build())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("appSecret"));
    }

    @Test
    void malformedAesKey_namesFieldAndRule_withoutEchoingIt() {
        String wrong = TestSecrets.ENCODING_AES_KEY.substring(1);

        assertThatThrownBy(() -> valid().encodingAesKey(wrong))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("encodingAesKey");
                    assertThat(e.rule()).contains("43");
                    assertThat(e.getMessage()).doesNotContain(wrong);
                });
    }

    @Test
    void baseUrl_mustBeAbsoluteHttpWithoutQuery() {
        assertThatThrownBy(() -> valid().baseUrl("api.weixin.qq.com")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> valid().baseUrl("ftp://host")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> valid().baseUrl("http://host/?access_token=x")).isInstanceOf(InvalidRequestException.class);
        assertThat(valid().baseUrl("http://127.0.0.1:9000/gw").build().baseUrl()).isEqualTo("http://127.0.0.1:9000/gw");
    }

    @Test
    void baseUrl_dropsATrailingSlash_soPathsJoinOnce() {
        assertThat(valid().baseUrl("http://127.0.0.1:9000/gw/").build().baseUrl()).isEqualTo("http://127.0.0.1:9000/gw");
    }

    @Test
    void baseUrl_refusal_doesNotEchoTheUrl() {
        assertThatThrownBy(() -> valid().baseUrl("ftp://user:gatewaypass@host"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("baseUrl");
                    assertThat(e.getMessage()).doesNotContain("gatewaypass");
                });
    }

    @Test
    void tokenRefreshMargin_mayBeZeroButNotNegative() {
        assertThat(valid().tokenRefreshMargin(Duration.ZERO).build().tokenRefreshMargin()).isZero();
        assertThatThrownBy(() -> valid().tokenRefreshMargin(Duration.ofSeconds(-1)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("tokenRefreshMargin"));
    }

    @Test
    void newBuilder_keepsEverySetting_andSharesTheTokenStore() {
        WxMassConfig original = valid().baseUrl("http://127.0.0.1:9000").tokenSource(WxMassConfig.TokenSourceKind.CLASSIC)
                .tokenRefreshMargin(Duration.ofMinutes(2)).tokenRefreshJitter(Duration.ofSeconds(10))
                .tokenLeaseTtl(Duration.ofSeconds(7)).tokenLeasePollInterval(Duration.ofMillis(50))
                .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(3)).shareConcurrentReads(false)
                .callbackToken(TestSecrets.CALLBACK_TOKEN).encodingAesKey(TestSecrets.ENCODING_AES_KEY).build();

        WxMassConfig copy = original.newBuilder().build();
        WxMassConfig variant = original.newBuilder().requestTimeout(Duration.ofSeconds(9)).build();

        assertThat(copy).usingRecursiveComparison().isEqualTo(original);
        assertThat(copy.tokenStore()).isSameAs(original.tokenStore());
        assertThat(variant.requestTimeout()).isEqualTo(Duration.ofSeconds(9));
        assertThat(original.requestTimeout()).isEqualTo(Duration.ofSeconds(3));
    }
}
