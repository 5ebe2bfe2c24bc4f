package io.wxmass.core.http;

import io.wxmass.core.http.contract.StallContract;

import io.wxmass.core.WxMassConfig;

/** The contract over the default client (sendAsync and a timed wait on the caller's thread). */
class JdkHttpTransportStallTest extends StallContract {
    @Override
    protected HttpCaller caller(String baseUrl) {
        return HttpCaller.jdk(JdkHttpTransport.defaultClient(baseUrl, WxMassConfig.DEFAULT_CONNECT_TIMEOUT));
    }
}
