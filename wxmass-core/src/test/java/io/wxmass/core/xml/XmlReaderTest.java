package io.wxmass.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.xml.XmlException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmlReaderTest {
    private final XmlReader reader = XmlReader.forCallbacks();

    static String fixture(String name) {
        try (InputStream in = XmlReaderTest.class.getResourceAsStream("/callback/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void read_joinsCdataAndCharactersAndDecodesBuiltInEntities() {
        XmlElement root = reader.read("<xml><A>x&amp;&#65;<![CDATA[<b>]]>y</A><B/></xml>");

        assertThat(root.name()).isEqualTo("xml");
        assertThat(root.child("A").orElseThrow().text()).isEqualTo("x&A<b>y");
        assertThat(root.child("B").orElseThrow().text()).isEmpty();
    }

    @Test
    void read_keepsChildrenInDocumentOrderAndIgnoresIndentation() {
        XmlElement root = reader.read("<xml>\n <item><I>1</I></item>\n <item><I>2</I></item>\n</xml>");

        assertThat(root.text()).isEmpty();
        assertThat(root.children("item")).extracting(e -> e.childText("I").orElseThrow()).containsExactly("1", "2");
    }

    @Test
    void childText_stripsIndentationAroundCdataAndTreatsBlankAsAbsent() {
        XmlElement root = reader.read("<xml><S>\n   <![CDATA[send success]]>\n  </S><E><![CDATA[]]></E></xml>");

        assertThat(root.childText("S")).contains("send success");
        assertThat(root.childText("E")).isEmpty();
        assertThat(root.childText("Missing")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xxe-external-file.xml", "billion-laughs.xml", "xxe-parameter-entity.xml"})
    void read_whenDocumentHasDoctype_refusesAsForbidden(String fixture) {
        assertThatThrownBy(() -> reader.read(fixture(fixture)))
                .isInstanceOfSatisfying(XmlException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN))
                .hasMessageNotContaining("passwd");
    }

    @Test
    void read_whenEntityIsReferencedWithoutDoctype_refusesAsForbidden() {
        assertThatThrownBy(() -> reader.read("<xml><C>&xxe;</C></xml>"))
                .isInstanceOfSatisfying(XmlException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
        assertThatThrownBy(() -> reader.read("<xml><C a=\"&xxe;\"/></xml>"))
                .isInstanceOfSatisfying(XmlException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
    }

    @Test
    void read_whenLongerThanLimit_refusesAsOversizedBeforeParsing() {
        XmlReader small = XmlReader.of(new XmlReader.Limits(32, 8));

        assertThatThrownBy(() -> small.read("<xml><A>" + "a".repeat(40) + "</A></xml>"))
                .isInstanceOfSatisfying(XmlException.class, e -> assertThat(e.kind()).isEqualTo(Kind.OVERSIZED));
    }

    @Test
    void read_whenNestedDeeperThanLimit_refusesAsTooDeep() {
        String deep = "<a>".repeat(17) + "</a>".repeat(17);

        assertThatThrownBy(() -> reader.read(deep))
                .isInstanceOfSatisfying(XmlException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TOO_DEEP));
    }

    @Test
    void read_acceptsDeclarationBomCommentsInstructionsAndNormalisesNewlines() {
        XmlElement root = reader.read("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- c --><?pi data?>"
                + "<xml a='1' b=\"2\"><T>a\r\nb\rc</T><!-- inner --></xml>\n<!-- after -->");

        assertThat(root.child("T").orElseThrow().text()).isEqualTo("a\nb\nc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain text", "<xml><A></xml>", "<xml>", "<xml/><second/>", "{\"json\":1}",
            "<xml>]]></xml>", "<xml>&#0;</xml>", "<xml a='1' a='2'/>", "<xml a=1/>", "<xml><!-- a -- b --></xml>",
            "<xml>\u0001</xml>", "<xml/><?xml version=\"1.0\"?>", "<xml></xmlx>", "<xml><![CDATA[open</xml>"})
    void read_whenNotWellFormed_refusesAsMalformedWithoutQuotingInput(String xml) {
        assertThatThrownBy(() -> reader.read(xml))
                .isInstanceOfSatisfying(XmlException.class, e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED));
    }
}
