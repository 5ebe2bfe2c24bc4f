package io.wxmass.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.callback.Fixtures;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link XmlReader} accepts exactly what hardened JDK StAX accepts, and reads the same tree. */
class XmlReaderDifferentialTest {
    private static final XmlReader READER = XmlReader.forCallbacks();

    private static XmlElement oursOrNull(String xml) {
        try {
            return READER.read(xml);
        } catch (XmlException refused) {
            return null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-003-send-success-pretty.xml", "seed-004-official-err30003.xml",
            "spec-4.3-official-example.xml", "spec-4.3-real-push-2024.xml", "text-message.xml",
            "unknown-values-and-sendsuccess.xml", "xxe-external-file.xml", "billion-laughs.xml"})
    void fixtures_readTheSameAsStax(String fixture) {
        String xml = Fixtures.read(fixture);

        assertThat(oursOrNull(xml)).isEqualTo(StaxOracle.readOrNull(xml));
    }

    @Property(tries = 800)
    void generatedDocuments_acceptedAndReadAsStaxDoes(@ForAll("documents") String xml) {
        XmlElement expected = StaxOracle.readOrNull(xml);

        XmlElement actual = oursOrNull(xml);

        assertThat(actual).as("document %s", xml).isEqualTo(expected);
    }

    @Property(tries = 500)
    void wellFormedDocuments_areAcceptedWithTheSameTree(@ForAll("wellFormed") String xml) {
        XmlElement expected = StaxOracle.readOrNull(xml);

        assertThat(expected).as("oracle accepts %s", xml).isNotNull();
        assertThat(oursOrNull(xml)).as("document %s", xml).isEqualTo(expected);
    }

    /** Builds well-formed documents from a list of steps: open, close, text, CDATA, comment, reference. */
    @Provide
    Arbitrary<String> wellFormed() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab 群\n\r\t]").ofMaxLength(6);
        Arbitrary<String> step = Arbitraries.oneOf(
                Arbitraries.of("<A>", "<B>", "<Item>", "</>", "</>", "<!-- x -->", "&amp;", "&#x4E2D;", "<C/>"),
                text, text.map(t -> "<![CDATA[" + t.replace("]]>", "") + "]]>"));
        return step.list().ofMaxSize(30).map(steps -> {
            StringBuilder out = new StringBuilder("<xml>");
            java.util.Deque<String> open = new java.util.ArrayDeque<>();
            for (String s : steps) {
                if (s.equals("</>")) {
                    if (!open.isEmpty()) {
                        out.append("</").append(open.pop()).append('>');
                    }
                } else if (s.matches("<[A-Za-z]+>") && open.size() < 10) {
                    open.push(s.substring(1, s.length() - 1));
                    out.append(s);
                } else if (!s.matches("<[A-Za-z]+>")) {
                    out.append(s.startsWith("<") || s.startsWith("&") ? s : s.replace("]]>", "]] >"));
                }
            }
            open.forEach(name -> out.append("</").append(name).append('>'));
            return out.append("</xml>").toString();
        });
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("<xml>", "</xml>", "<A>", "</A>", "<B/>", "<B>", "</B>", "<A b='1'>", "<A b=\"&amp;\">",
                        "<![CDATA[", "]]>", "&amp;", "&lt;", "&#65;", "&#x4E2D;", "&e;", "&#0;", "<!-- c -->", "<!--",
                        "-->", "<?pi x?>", "<?xml version=\"1.0\"?>", "<!DOCTYPE xml>", " ", "\n", "\r\n", "\t", "群发"),
                Arbitraries.strings().withChars("ab<>/&;=!?-'\"[] \r\n\u0001").ofMaxLength(4));
        return fragment.list().ofMaxSize(24).map(parts -> String.join("", parts));
    }
}
