package io.wxmass.campaign.serve;

import ch.qos.logback.classic.Level;
import io.wxmass.campaign.testing.CapturedLogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the callback door does with pushes it cannot take: an error status the platform retries, and a bounded log. */
class CallbackRefusalsTest {
    @RegisterExtension
    static final ServeRig rig = new ServeRig();

    private static String push(String msgId) throws Exception {
        return ServeRig.fixture("job-finished.xml").replace("{{MSG_ID}}", msgId).replace("{{FROM}}", rig.follower(1))
                .replace("{{CREATE_TIME}}", String.valueOf(System.currentTimeMillis() / 1000));
    }

    private static long storedEvents() {
        return rig.database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM mass_event")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void signedButUnreadableEvent_isAnswered500SoThePlatformRetries_notStored_andLogged() throws Exception {
        long before = storedEvents();
        HttpResponse<String> reply;
        List<String> errors;
        try (CapturedLogs logs = CapturedLogs.of(RefusalLog.class)) {
            reply = rig.signedPush(push("notanumber"), "unreadable-1");
            errors = logs.at(Level.ERROR);
        }

        assertThat(reply.statusCode()).isEqualTo(500);
        assertThat(reply.body()).isNotEqualTo("success");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(errors).singleElement().asString().contains("unreadable event").contains("MASSSENDJOBFINISH");
    }

    @Test
    void aFloodOfForgedPushes_isRefused403_andLoggedAtABoundedRate() throws Exception {
        List<String> warnings;
        int refused = 0;
        try (CapturedLogs logs = CapturedLogs.of(RefusalLog.class)) {
            for (int i = 0; i < 40; i++) {
                HttpResponse<String> forged = ServeRig.HTTP.send(HttpRequest.newBuilder(URI.create(rig.server.callbackUrl()
                        + "?signature=" + "0".repeat(40) + "&timestamp=" + System.currentTimeMillis() / 1000 + "&nonce=flood" + i))
                        .POST(HttpRequest.BodyPublishers.ofString(push("1234"))).build(), HttpResponse.BodyHandlers.ofString());
                refused += forged.statusCode() == 403 ? 1 : 0;
            }
            warnings = logs.at(Level.WARN).stream().filter(line -> line.contains("bad_signature")).toList();
        }

        assertThat(refused).isEqualTo(40);
        assertThat(warnings).hasSize(RefusalLog.PER_WINDOW);
    }
}
