package io.wxmass.sandbox.testing;

import io.wxmass.sandbox.embed.Sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for what java.net.http refuses to send: a foreign {@code Host} header (DNS
 * rebinding as a browser would carry it out), or a request that never ends.
 */
public final class RawHttp {
    /** Status code and body of one exchange. */
    public record Answer(int status, String body) {
    }

    private RawHttp() {
    }

    /** Sends {@code head} (request line and headers, without the blank line) and {@code body}, reads the answer. */
    public static Answer exchange(Sandbox sandbox, String head, byte[] body) throws IOException {
        try (Socket socket = open(sandbox)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            byte[] answer = readAll(socket.getInputStream());
            String text = new String(answer, StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            int split = text.indexOf("\r\n\r\n");
            return new Answer(status, split < 0 ? "" : text.substring(split + 4));
        }
    }

    /** A connection to the sandbox that has sent {@code partial} and nothing more. */
    public static Socket stalled(Sandbox sandbox, String partial) throws IOException {
        Socket socket = open(sandbox);
        socket.getOutputStream().write(partial.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    /** The sandbox on loopback, where tests bind it, whatever public URL it announces. */
    private static Socket open(Sandbox sandbox) throws IOException {
        return new Socket(InetAddress.getLoopbackAddress(), sandbox.port());
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
