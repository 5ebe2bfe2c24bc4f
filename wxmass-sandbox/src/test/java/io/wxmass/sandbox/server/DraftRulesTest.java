package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.sandbox.config.AccountSpec;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.AccountType;
import io.wxmass.sandbox.testing.MediaUploads;
import io.wxmass.sandbox.testing.PlatformClient;
import io.wxmass.sandbox.testing.SandboxPerTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static io.wxmass.sandbox.testing.Errcode.assertError;
import static io.wxmass.sandbox.testing.Errcode.assertOk;

/** One test per article rule of draft/add: the field, its limit and the platform's errcode. */
class DraftRulesTest extends SandboxPerTest {

    private ObjectNode news() {
        ObjectNode a = PlatformClient.JSON.createObjectNode();
        return a.put("title", "t").put("content", "<p>c</p>").put("thumb_media_id", MediaUploads.image(client));
    }

    private ObjectNode newspic(int images) {
        ObjectNode a = PlatformClient.JSON.createObjectNode().put("article_type", "newspic").put("title", "t")
                .put("content", "c");
        ArrayNode list = a.putObject("image_info").putArray("image_list");
        String id = MediaUploads.permanentImage(client);
        for (int i = 0; i < images; i++) {
            list.addObject().put("image_media_id", id);
        }
        return a;
    }

    private JsonNode add(ObjectNode... articles) {
        ObjectNode body = PlatformClient.JSON.createObjectNode();
        ArrayNode list = body.putArray("articles");
        for (ObjectNode a : articles) {
            list.add(a);
        }
        return client.call("/cgi-bin/draft/add", body.toString());
    }

    private void assertAddAnswers(int errcode, Consumer<ObjectNode> change) {
        ObjectNode a = news();
        change.accept(a);
        assertError(add(a), errcode);
    }

    @Test
    void title_of32CharactersIsAccepted_33Answer45003() {
        assertOk(add(news().put("title", "标".repeat(32))));
        assertAddAnswers(45003, a -> a.put("title", "标".repeat(33)));
    }

    @Test
    void missingTitleOrContent_answers44003() {
        assertAddAnswers(44003, a -> a.remove("title"));
        assertAddAnswers(44003, a -> a.put("content", " "));
    }

    @Test
    void author_over16Characters_answers45110() {
        assertOk(add(news().put("author", "a".repeat(16))));
        assertAddAnswers(45110, a -> a.put("author", "a".repeat(17)));
    }

    @Test
    void digest_over128Characters_answers45004() {
        assertOk(add(news().put("digest", "d".repeat(128))));
        assertAddAnswers(45004, a -> a.put("digest", "d".repeat(129)));
    }

    @Test
    void content_of20000CharactersOrMore_answers45002() {
        assertOk(add(news().put("content", "c".repeat(19_999))));
        assertAddAnswers(45002, a -> a.put("content", "c".repeat(20_000)));
    }

    @Test
    void contentSourceUrl_notAWebLink_answers41039_andOver1kb_45005() {
        assertAddAnswers(41039, a -> a.put("content_source_url", "ftp://example.org/x"));
        assertAddAnswers(45005, a -> a.put("content_source_url", "https://example.org/" + "x".repeat(1010)));
    }

    @Test
    void news_withoutALiveThumb_answers40007() {
        assertAddAnswers(40007, a -> a.remove("thumb_media_id"));
        assertAddAnswers(40007, a -> a.put("thumb_media_id", "no-such-media"));
    }

    @Test
    void articleType_otherThanNewsOrNewspic_answers40097() {
        assertAddAnswers(40097, a -> a.put("article_type", "video"));
    }

    @Test
    void crop_notInX1Y1X2Y2FormWithin0To1_answers40097() {
        assertOk(add(news().put("pic_crop_1_1", "0.166454_0_0.833545_1")));
        assertAddAnswers(40097, a -> a.put("pic_crop_235_1", "0.1_0.2_0.9"));
        assertAddAnswers(40097, a -> a.put("pic_crop_235_1", "0.1_0_1.2_0.5"));
        assertAddAnswers(40097, a -> a.put("pic_crop_1_1", "0.1234567_0_1_1"));
        assertAddAnswers(40097, a -> a.put("pic_crop_1_1", "0.9_0_0.1_1"));
    }

    @Test
    void commentFlags_otherThan0Or1_answer40097() {
        assertAddAnswers(40097, a -> a.put("need_open_comment", 2));
        assertAddAnswers(40097, a -> a.put("only_fans_can_comment", "yes"));
    }

    @Test
    void productCard_withoutAProductKey_answers53405() {
        assertAddAnswers(53405, a -> a.putObject("product_info").putObject("footer_product_info").put("product_key", ""));
    }

    @Test
    void moreThan8Articles_answers45008_andNone44003() {
        ObjectNode[] nine = new ObjectNode[9];
        for (int i = 0; i < 9; i++) {
            nine[i] = news();
        }
        assertError(add(nine), 45008);
        assertError(add(), 44003);
    }

    @Test
    void newspic_takes1To20PermanentImages() {
        assertOk(add(newspic(20)));
        assertError(add(newspic(21)), 40215);
        assertError(add(newspic(0)), 44003);
        ObjectNode temporary = newspic(1);
        ((ObjectNode) temporary.get("image_info").get("image_list").get(0)).put("image_media_id", MediaUploads.image(client));
        assertError(add(temporary), 40007);
    }

    @Test
    void newspic_coverCropWithAnUnknownRatio_answers40097() {
        ObjectNode a = newspic(1);
        a.putObject("cover_info").putArray("crop_percent_list").addObject().put("ratio", "4_3")
                .put("x1", "0").put("y1", "0").put("x2", "1").put("y2", "1");
        assertError(add(a), 40097);
    }

    @Test
    void drafts_areOpenToUnverifiedAccounts() {
        Account unverified = sandbox.admin().createAccount(new AccountSpec("wxunverified00001", "s".repeat(32),
                AccountType.SUBSCRIPTION, false, 5, 0, List.of(), null));
        client = PlatformClient.of(sandbox).login(unverified.appId(), unverified.secret());
        assertOk(add(news()));
    }
}
