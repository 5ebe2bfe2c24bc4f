package io.wxmass.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.testing.TestSecrets;
import java.net.URI;
import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void url_masksTokenAndSecret_keepsEverythingElse() {
        URI uri = URI.create("https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx1&secret="
                + TestSecrets.APP_SECRET + "&ACCESS_TOKEN=" + TestSecrets.ACCESS_TOKEN);

        assertThat(Redaction.url(uri)).isEqualTo("https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential"
                + "&appid=wx1&secret=<redacted>&ACCESS_TOKEN=<redacted>");
    }

    @Test
    void url_masksUserInfoOfAGateway() {
        URI uri = URI.create("https://ops:" + TestSecrets.APP_SECRET + "@gateway.example:8443/wx/cgi-bin/token?appid=wx1");

        assertThat(Redaction.url(uri)).isEqualTo("https://<redacted>@gateway.example:8443/wx/cgi-bin/token?appid=wx1");
    }

    @Test
    void url_withoutQuery_isUnchanged() {
        assertThat(Redaction.url(URI.create("http://127.0.0.1:8080/gw/cgi-bin/message/mass/send")))
                .isEqualTo("http://127.0.0.1:8080/gw/cgi-bin/message/mass/send");
    }

    @Test
    void query_keepsParametersWithoutValue() {
        assertThat(Redaction.query("a&access_token=" + TestSecrets.ACCESS_TOKEN + "&b=2"))
                .isEqualTo("a&access_token=<redacted>&b=2");
    }
}
