package io.wxmass.campaign.serve;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * What Jetty answers for a request it refuses before any handler runs (a path with {@code %00}, an
 * oversized header, a malformed request line): on the API door the API's own typed JSON error, on the
 * callback door an empty body, as for every other refused push. Never Jetty's HTML page. Each says
 * {@code Connection: close}: Jetty ends a connection after such a request, and a client that reused it would
 * lose its next request.
 */
final class JettyErrors {
    private JettyErrors() {
    }

    static Request.Handler json() {
        return (request, response, callback) -> {
            int status = response.getStatus() >= 400 ? response.getStatus() : 400;
            closing(response);
            Object message = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
            String text = message == null ? "bad request" : String.valueOf(message);
            Reply.error(new ApiError(status, status >= 500 ? "internal" : "bad_request", null,
                    text.length() > 200 ? text.substring(0, 200) : text)).send(response, callback);
            return true;
        };
    }

    static Request.Handler empty() {
        return (request, response, callback) -> {
            closing(response);
            Reply.text(response.getStatus() >= 400 ? response.getStatus() : 400, "").send(response, callback);
            return true;
        };
    }

    private static void closing(Response response) {
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    }
}
