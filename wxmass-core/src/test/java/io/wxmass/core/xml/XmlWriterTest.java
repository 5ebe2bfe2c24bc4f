package io.wxmass.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class XmlWriterTest {

    @Test
    void cdata_whenValueContainsSectionEnd_splitsSoReaderSeesOriginal() {
        String value = "a]]><evil/>b";

        String xml = XmlWriter.root("xml").cdata("C", value).finish();

        assertThat(XmlReader.forCallbacks().read(xml).child("C").orElseThrow().text()).isEqualTo(value);
    }

    @Test
    void text_escapesMarkupCharacters() {
        String xml = XmlWriter.root("xml").text("T", "1<2 & 3>2").finish();

        assertThat(xml).isEqualTo("<xml><T>1&lt;2 &amp; 3&gt;2</T></xml>");
        assertThat(XmlReader.forCallbacks().read(xml).child("T").orElseThrow().text()).isEqualTo("1<2 & 3>2");
    }

    @Test
    void startAndEnd_nestElementsAndFinishClosesTheRest() {
        String xml = XmlWriter.root("xml").start("List").start("item").text("N", 1).end().finish();

        assertThat(xml).isEqualTo("<xml><List><item><N>1</N></item></List></xml>");
    }

    @Test
    void root_whenNameIsNotPlain_refuses() {
        assertThatThrownBy(() -> XmlWriter.root("x><y")).isInstanceOf(IllegalArgumentException.class);
    }
}
