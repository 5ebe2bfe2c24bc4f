package io.wxmass.core.http;

import io.wxmass.core.http.contract.RetryContract;

import io.wxmass.core.testing.TestTransports;

/** The contract over the JDK's client. */
class JdkHttpTransportRetryTest extends RetryContract {
    @Override
    protected HttpCaller caller(String baseUrl) {
        return HttpCaller.jdk(TestTransports.HTTP);
    }
}
