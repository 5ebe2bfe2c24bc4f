package io.wxmass.bench.storm;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A blocking HTTP/1.1 keep-alive client on one socket: the cheapest load generator there is, so that on a
 * small machine the receivers get the CPU rather than the client. Reads the status and the body
 * (Content-Length or chunked); reconnects when the server closed the connection.
 */
final class LoopbackClient implements AutoCloseable {
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    LoopbackClient(int port) {
        this.port = port;
    }

    /** Status and body of one POST. */
    record Answer(int status, String body) {
    }

    Answer post(String pathAndQuery, byte[] body) throws IOException {
        try {
            return exchange(pathAndQuery, body);
        } catch (IOException stale) {
            // A kept-alive connection the server closed in between: one fresh try.
            close();
            return exchange(pathAndQuery, body);
        }
    }

    private Answer exchange(String pathAndQuery, byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            in = new BufferedInputStream(socket.getInputStream(), 8192);
            out = socket.getOutputStream();
        }
        String head = "POST " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        String status = line();
        if (status == null) {
            throw new IOException("connection closed");
        }
        int code = Integer.parseInt(status.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean close = false;
        String header;
        while ((header = line()) != null && !header.isEmpty()) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        String text = chunked ? chunked() : new String(in.readNBytes(Math.max(length, 0)), StandardCharsets.UTF_8);
        if (close) {
            close();
        }
        return new Answer(code, text);
    }

    private String chunked() throws IOException {
        StringBuilder all = new StringBuilder();
        while (true) {
            int size = Integer.parseInt(line().strip().split(";")[0], 16);
            if (size == 0) {
                line();
                return all.toString();
            }
            all.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
            line();
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket that failed
            }
            socket = null;
        }
    }
}
