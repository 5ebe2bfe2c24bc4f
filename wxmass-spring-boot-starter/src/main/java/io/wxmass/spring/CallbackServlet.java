package io.wxmass.spring;

import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.callback.CallbackReply;
import io.wxmass.core.callback.QueryString;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One account's callback endpoint: hands the request to core's {@link CallbackHandler} (size, signature, replay
 * window, decryption, parsing) and writes its reply. The handler's listener publishes the event synchronously, so
 * {@code success} goes back only after every Spring listener has run; a failing one makes a 500 and a retry.
 */
final class CallbackServlet extends HttpServlet {
    private final transient CallbackHandler handler;

    CallbackServlet(CallbackHandler handler) {
        this.handler = handler;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The raw query, not getParameterMap(): that would read a form body the handler must see itself.
        String raw = request.getQueryString();
        Map<String, String> query = raw == null ? Map.of() : QueryString.parse(raw);
        String body = "POST".equalsIgnoreCase(request.getMethod())
                ? new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
        CallbackReply reply = handler.handle(request.getMethod(), query, body);
        response.setStatus(reply.status());
        response.setContentType(reply.contentType());
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
