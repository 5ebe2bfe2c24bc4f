package io.wxmass.campaign.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.campaign.store.Dialect;
import io.wxmass.core.callback.EncryptedEnvelope;
import io.wxmass.core.xml.XmlElement;
import io.wxmass.core.xml.XmlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored messages forwarded to the operator's application: signed, replied to through serve, redelivered. */
class InboxForwardTest {
    static final ForwardKey KEY = ForwardKey.of("0123456789abcdef0123456789abcdef-forward");

    @TempDir
    Path folder;

    private static ForwardSettings to(URI url, ForwardFormat format) {
        return ForwardSettings.of(url, format, KEY);
    }

    @Test
    void forward_carriesASignatureTheApplicationVerifiesWithTheKey() throws Exception {
        try (Application app = Application.start();
             InboxRig rig = new InboxRig(Dialect.SQLITE, folder, b -> b.forward(to(app.url(), ForwardFormat.XML)))) {
            rig.push(InboxRig.fixture("user-text.xml"));

            assertThat(app.received).hasSize(1);
            Application.Received got = app.received.get(0);
            String timestamp = got.header(ForwardSignature.TIMESTAMP_HEADER);
            String signature = got.header(ForwardSignature.SIGNATURE_HEADER);
            assertThat(signature).startsWith("v1=");
            assertThat(new ForwardSignature(KEY).verify(signature, timestamp, got.body())).isTrue();
            assertThat(new ForwardSignature(ForwardKey.of("another-key-another-key-another-key")).verify(signature, timestamp, got.body()))
                    .as("another key does not verify").isFalse();
            byte[] tampered = got.text().replace("sale", "SALE").getBytes(StandardCharsets.UTF_8);
            assertThat(new ForwardSignature(KEY).verify(signature, timestamp, tampered)).as("a changed body does not verify").isFalse();
            assertThat(got.header("X-Wxmass-Dedupe-Key")).isEqualTo("msg:23012345678901234");
            XmlElement forwarded = XmlReader.forCallbacks().read(got.text());
            assertThat(forwarded.childText("Content")).contains("hello, is the sale still on?");
            // The mark is written after the answer to the platform (it is not what the platform waits for).
            assertThat(InboxRig.await(() -> rig.store().find("msg:23012345678901234").orElseThrow().forwardState()
                    .equals(java.util.Optional.of(InboxStore.DELIVERED)))).isTrue();
        }
    }

    @Test
    void jsonForward_holdsTheSameElements() throws Exception {
        try (Application app = Application.start();
             InboxRig rig = new InboxRig(Dialect.SQLITE, folder, b -> b.forward(to(app.url(), ForwardFormat.JSON)))) {
            rig.push(InboxRig.fixture("user-text.xml"));

            Application.Received got = app.received.get(0);
            assertThat(got.header("Content-Type")).startsWith("application/json");
            JsonNode json = new ObjectMapper().readTree(got.body());
            assertThat(json.get("MsgType").asText()).isEqualTo("text");
            assertThat(json.get("Content").asText()).isEqualTo("hello, is the sale still on?");
            assertThat(json.get("MsgId").asText()).isEqualTo("23012345678901234");
            assertThat(new ForwardSignature(KEY).verify(got.header(ForwardSignature.SIGNATURE_HEADER),
                    got.header(ForwardSignature.TIMESTAMP_HEADER), got.body())).isTrue();
        }
    }

    @Test
    void passiveReply_comesBackSealed_andOpensToTheApplicationsReply() throws Exception {
        String reply = InboxRig.fixture("reply-text.xml");
        try (Application app = Application.start(0, r -> reply);
             InboxRig rig = new InboxRig(Dialect.SQLITE, folder, b -> b.forward(to(app.url(), ForwardFormat.XML)))) {
            HttpResponse<String> answer = rig.push(InboxRig.fixture("user-text.xml"));

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).doesNotContain("Yes, until Sunday.");
            XmlElement envelope = XmlReader.forCallbacks().read(answer.body());
            String encrypt = envelope.childText("Encrypt").orElseThrow();
            String timestamp = envelope.childText("TimeStamp").orElseThrow();
            String nonce = envelope.childText("Nonce").orElseThrow();
            assertThat(envelope.childText("MsgSignature"))
                    .contains(EncryptedEnvelope.msgSignature(InboxRig.TOKEN, timestamp, nonce, encrypt));
            assertThat(InboxRig.CRYPTO.decrypt(encrypt)).isEqualTo(reply);
        }
    }

    @Test
    void replyThatIsNoXml_isAnsweredSuccess() throws Exception {
        try (Application app = Application.start(0, r -> "<html>oops</html");
             InboxRig rig = new InboxRig(Dialect.SQLITE, folder, b -> b.forward(to(app.url(), ForwardFormat.XML)))) {
            assertThat(rig.push(InboxRig.fixture("user-text.xml")).body()).isEqualTo("success");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void pushForwardedToAnApplicationThatIsDown_isDeliveredOnceItIsBack(Dialect dialect) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        URI down = URI.create("http://127.0.0.1:" + port + "/wx/messages");
        ForwardSettings settings = to(down, ForwardFormat.XML).withDeadline(Duration.ofSeconds(2))
                .withRedelivery(new Backoff(Duration.ofMillis(20), Duration.ofMillis(200)), Duration.ofMillis(20));
        try (InboxRig rig = new InboxRig(dialect, folder, b -> b.forward(settings))) {
            HttpResponse<String> answer = rig.push(InboxRig.fixture("user-text.xml"));
            assertThat(answer.body()).as("the platform is told success; the message waits for the application").isEqualTo("success");
            assertThat(InboxRig.await(() -> rig.store().find("msg:23012345678901234").orElseThrow().attempts() >= 3))
                    .as("redelivery keeps trying while the application is down").isTrue();
            assertThat(rig.store().find("msg:23012345678901234").orElseThrow().forwardState()).contains(InboxStore.PENDING);

            try (Application app = Application.start(port, r -> "success")) {
                assertThat(InboxRig.await(() -> rig.store().find("msg:23012345678901234").orElseThrow().forwardState()
                        .equals(java.util.Optional.of(InboxStore.DELIVERED)))).isTrue();
                assertThat(app.received).hasSize(1);
                assertThat(app.received.get(0).text()).contains("hello, is the sale still on?");
                assertThat(Integer.parseInt(app.received.get(0).header("X-Wxmass-Attempt"))).isGreaterThan(1);
            }
        }
    }
}
