package io.wxmass.transport.httpclient5;

import io.wxmass.core.http.HttpCaller;
import io.wxmass.core.http.contract.TransportContract;

/** Core's transport contract over Apache HttpClient 5. */
class ApacheHttpCallerTest extends TransportContract {
    private static final ApacheHttpCaller CALLER = ApacheHttpCaller.create();

    @Override
    protected HttpCaller caller(String baseUrl) {
        return CALLER;
    }
}
