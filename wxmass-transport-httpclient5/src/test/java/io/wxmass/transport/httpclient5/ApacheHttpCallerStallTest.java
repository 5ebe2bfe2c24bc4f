package io.wxmass.transport.httpclient5;

import io.wxmass.core.http.HttpCaller;
import io.wxmass.core.http.contract.StallContract;

/** Core's stall contract over Apache HttpClient 5: the deadline socket bounds a stalled and a dripping body. */
class ApacheHttpCallerStallTest extends StallContract {
    private static final ApacheHttpCaller CALLER = ApacheHttpCaller.create();

    @Override
    protected HttpCaller caller(String baseUrl) {
        return CALLER;
    }
}
