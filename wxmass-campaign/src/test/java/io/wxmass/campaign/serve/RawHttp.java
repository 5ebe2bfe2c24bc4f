package io.wxmass.campaign.serve;

import javax.net.ssl.SSLSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a bare socket, for what {@link HttpClient} will not send: a chosen Host header, a
 * request sent byte by byte, a client address other than 127.0.0.1.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** A socket to 127.0.0.1:{@code port} from the local address {@code from} (any of 127.0.0.0/8 works on Linux). */
    static Socket connect(String from, int port) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Sends {@code request} as is, reads until the server closes (send {@code Connection: close}). */
    static HttpResponse<String> exchange(int port, String request) throws IOException {
        try (Socket socket = connect("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    /** -1 when the server closed the connection without a byte; otherwise the first byte read. */
    static int firstByte(Socket socket) {
        try {
            return socket.getInputStream().read();
        } catch (IOException closed) {
            return -1;
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> parse(String raw) {
        int status = Integer.parseInt(raw.substring(9, 12));
        int split = raw.indexOf("\r\n\r\n");
        String body = split < 0 ? "" : raw.substring(split + 4);
        if (raw.toLowerCase().contains("transfer-encoding: chunked")) {
            body = unchunk(body);
        }
        return new Parsed(status, body);
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int eol = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, eol).strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
        return out.toString();
    }

    private record Parsed(int statusCode, String body) implements HttpResponse<String> {
        @Override
        public HttpRequest request() {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).build();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(Map.<String, List<String>>of(), (a, b) -> true);
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request().uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
