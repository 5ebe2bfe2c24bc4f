package io.wxmass.core.http;

import io.wxmass.core.http.contract.TlsContract;

import java.time.Duration;
import javax.net.ssl.SSLContext;

/** The contract over the default client (HTTP/2 with ALPN for https, tasks inline) trusting the fixture. */
class JdkHttpTransportTlsTest extends TlsContract {
    @Override
    protected HttpCaller caller(String baseUrl, SSLContext tls) {
        return HttpCaller.jdk(JdkHttpTransport.defaultClientBuilder(baseUrl, Duration.ofSeconds(5)).sslContext(tls).build());
    }
}
