package io.wxmass.transport.httpclient5;

import io.wxmass.core.http.HttpCaller;
import io.wxmass.core.http.contract.TlsContract;
import javax.net.ssl.SSLContext;

/** Core's TLS contract over Apache HttpClient 5: TLS layers over the deadline socket and is bounded the same way. */
class ApacheHttpCallerTlsTest extends TlsContract {
    @Override
    protected HttpCaller caller(String baseUrl, SSLContext tls) {
        return ApacheHttpCaller.builder().sslContext(tls).build();
    }
}
