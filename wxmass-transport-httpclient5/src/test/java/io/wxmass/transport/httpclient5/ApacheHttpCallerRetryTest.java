package io.wxmass.transport.httpclient5;

import io.wxmass.core.http.HttpCaller;
import io.wxmass.core.http.contract.RetryContract;

/** Core's retry contract over Apache HttpClient 5 (its own retries are off: core's policy alone re-posts). */
class ApacheHttpCallerRetryTest extends RetryContract {
    private static final ApacheHttpCaller CALLER = ApacheHttpCaller.create();

    @Override
    protected HttpCaller caller(String baseUrl) {
        return CALLER;
    }
}
