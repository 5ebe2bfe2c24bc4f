package io.wxmass.core.http;

import io.wxmass.core.http.contract.TransportContract;

import io.wxmass.core.testing.TestTransports;

/** The contract over the JDK's client, as {@code WxMassConfig.httpClient} injects it. */
class JdkHttpTransportTest extends TransportContract {
    @Override
    protected HttpCaller caller(String baseUrl) {
        return HttpCaller.jdk(TestTransports.HTTP);
    }
}
