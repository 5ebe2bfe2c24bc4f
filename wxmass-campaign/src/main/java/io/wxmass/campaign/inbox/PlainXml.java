package io.wxmass.campaign.inbox;

import io.wxmass.core.xml.XmlElement;
import io.wxmass.core.xml.XmlWriter;

/**
 * A read push written back as the platform's flat XML, every text in CDATA: what a WeChat handler of the
 * operator's application parses as it would parse the platform's own plain-mode push.
 */
final class PlainXml {
    private PlainXml() {
    }

    static String of(XmlElement root) {
        XmlWriter out = XmlWriter.root(root.name());
        for (XmlElement child : root.children()) {
            write(out, child);
        }
        return out.finish();
    }

    private static void write(XmlWriter out, XmlElement element) {
        if (element.children().isEmpty()) {
            out.cdata(element.name(), element.text());
            return;
        }
        out.start(element.name());
        for (XmlElement child : element.children()) {
            write(out, child);
        }
        out.end();
    }
}
