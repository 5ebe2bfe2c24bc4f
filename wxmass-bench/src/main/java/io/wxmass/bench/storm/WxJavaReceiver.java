package io.wxmass.bench.storm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wxmass.campaign.store.Database;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The WxJava receiver as its users write it (the weixin-java-mp demo's controller): {@code checkSignature},
 * then {@code WxMpXmlMessage.fromEncryptedXml}, then one JDBC insert per push on a pooled auto-commit
 * connection, then {@code success}. Served by the JDK's HttpServer on 200 threads, Tomcat's default under
 * Spring Boot (Boot itself is not started: it would add its own start-up, not per-push cost).
 */
final class WxJavaReceiver implements AutoCloseable {
    static final String PATH = "/wx/portal";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(200);
    private final WxMpService wx = new WxMpServiceImpl();
    private final WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
    private final Database database;

    WxJavaReceiver(Database database) {
        this.database = database;
        config.setAppId(StormPushes.APP_ID);
        config.setSecret("unused-secret");
        config.setToken(StormPushes.TOKEN);
        config.setAesKey(StormPushes.AES_KEY);
        wx.setWxMpConfigStorage(config);
        database.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS wxjava_message (msg_key VARCHAR(300) PRIMARY KEY, msg_type VARCHAR(32), "
                        + "from_user VARCHAR(128), create_time BIGINT, content TEXT)");
            }
            return null;
        });
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PATH, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!wx.checkSignature(q.get("timestamp"), q.get("nonce"), q.get("signature"))) {
                answer(exchange, 403, "");
                return;
            }
            String out;
            try {
                WxMpXmlMessage message = WxMpXmlMessage.fromEncryptedXml(body, config, q.get("timestamp"), q.get("nonce"),
                        q.get("msg_signature"));
                store(message);
                out = "success";
            } catch (RuntimeException | SQLException e) {
                answer(exchange, 500, "");
                return;
            }
            answer(exchange, 200, out);
        }
    }

    private void store(WxMpXmlMessage m) throws SQLException {
        String key = m.getMsgId() != null && m.getEvent() == null ? "msg:" + m.getMsgId()
                : "evt:" + m.getFromUser() + "#" + m.getCreateTime() + "#" + m.getEvent();
        try (Connection c = database.connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO wxjava_message (msg_key, msg_type, from_user, create_time, content) "
                     + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, key);
            ps.setString(2, m.getMsgType());
            ps.setString(3, m.getFromUser());
            ps.setLong(4, m.getCreateTime() == null ? 0 : m.getCreateTime());
            ps.setString(5, m.getContent());
            ps.executeUpdate();
        }
    }

    long stored() {
        return database.read(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM wxjava_message")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
