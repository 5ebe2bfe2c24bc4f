package io.wxmass.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JdkHttpTransportDefaultClientTest {
    @Test
    void defaultClient_forPlainHttp_speaksHttp11_soConnectionsAreKept() {
        HttpClient client = JdkHttpTransport.defaultClient("http://127.0.0.1:8080", Duration.ofSeconds(3));

        assertThat(client.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(client.connectTimeout()).contains(Duration.ofSeconds(3));
    }

    @Test
    void defaultClient_forHttps_keepsHttp2() {
        assertThat(JdkHttpTransport.defaultClient("https://api.weixin.qq.com", Duration.ofSeconds(3)).version())
                .isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(JdkHttpTransport.defaultClient("HTTP://LOCALHOST", Duration.ofSeconds(3)).version())
                .isEqualTo(HttpClient.Version.HTTP_1_1);
    }
}
