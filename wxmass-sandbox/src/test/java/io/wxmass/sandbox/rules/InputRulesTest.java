package io.wxmass.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.platform.MediaItem;
import io.wxmass.sandbox.platform.MediaKind;
import io.wxmass.sandbox.platform.MediaStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.wxmass.sandbox.testing.Fixtures.json;
import static io.wxmass.sandbox.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** Speed setting, file sniffing, article validation and tolerant field reading. */
class InputRulesTest {
    @Test
    void speedSetting_levels0To4_45083Outside_45084Missing() throws Exception {
        assertThat(SpeedSetting.read(json("{\"speed\":4}"))).isEqualTo(4);
        assertThat(SpeedSetting.read(json("{\"speed\":\"2\"}"))).isEqualTo(2);
        assertRefused(() -> SpeedSetting.read(json("{\"speed\":5}")), 45083);
        assertRefused(() -> SpeedSetting.read(json("{\"speed\":\"fast\"}")), 45083);
        assertRefused(() -> SpeedSetting.read(json("{}")), 45084);
        assertRefused(() -> SpeedSetting.read(json("{\"speed\":null}")), 45084);
    }

    @Test
    void fileSniffer_readsMagicBytesNotNames() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
        byte[] jpg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0};
        byte[] gif = {'G', 'I', 'F', '8', '9', 'a'};
        assertThat(FileSniffer.inArticleImage(png)).isEqualTo("png");
        assertThat(FileSniffer.inArticleImage(jpg)).isEqualTo("jpg");
        assertRefused(() -> FileSniffer.inArticleImage(gif), 40005);
        FileSniffer.check(MediaKind.IMAGE, gif);
        assertRefused(() -> FileSniffer.check(MediaKind.THUMB, png), 40005);
        assertRefused(() -> FileSniffer.check(MediaKind.VIDEO, new byte[]{1, 2, 3}), 40005);
        assertRefused(() -> FileSniffer.check(MediaKind.THUMB, java.util.Arrays.copyOf(jpg, 65 * 1024)), 40006);
    }

    @Test
    void articleRules_oneToEightArticlesWithTitleContentAndLiveThumb() throws Exception {
        MediaStore store = new MediaStore(SandboxClock.fixed(Instant.parse("2026-03-11T02:00:00Z")));
        MediaItem thumb = store.add(MediaKind.THUMB, true);
        String article = "{\"title\":\"T\",\"content\":\"C\",\"thumb_media_id\":\"" + thumb.mediaId() + "\"}";
        assertThat(ArticleRules.validate(json("{\"articles\":[" + article + "]}"), store)).singleElement()
                .satisfies(t -> assertThat(t).contains("T").contains("C"));
        assertRefused(() -> ArticleRules.validate(json("{\"articles\":[]}"), store), 44003);
        assertRefused(() -> ArticleRules.validate(json("{\"articles\":[" + (article + ",").repeat(8) + article + "]}"), store), 45008);
        assertRefused(() -> ArticleRules.validate(json("{\"articles\":[{\"title\":\"T\",\"content\":\"C\"}]}"), store), 40007);
    }

    @Test
    void fields_readNumbersAsStringsAndFlagsAsNumbers() throws Exception {
        JsonNode n = json("{\"a\":\"123\",\"b\":456,\"c\":\"x\",\"t\":1,\"u\":\"true\",\"f\":0}");
        assertThat(Fields.optLong(n, "a")).contains(123L);
        assertThat(Fields.optLong(n, "b")).contains(456L);
        assertThat(Fields.optLong(n, "c")).isEmpty();
        assertThat(Fields.optLong(n, "missing")).isEmpty();
        assertThat(Fields.flag(n, "t")).isTrue();
        assertThat(Fields.flag(n, "u")).isTrue();
        assertThat(Fields.flag(n, "f")).isFalse();
        assertThat(Fields.optText(n, "b")).contains("456");
    }
}
