package io.wxmass.testing.release;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The repository's POM files as written (tests run in wxmass-testing/, one level below the root). */
final class Poms {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private Poms() {
    }

    static Element read(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(pom.toFile());
            return doc.getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("cannot read " + pom + ": " + e, e);
        }
    }

    static Element parent() {
        return read(ROOT.resolve("pom.xml"));
    }

    static Element module(String name) {
        Path pom = ROOT.resolve(name).resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            throw new AssertionError("no pom at " + pom);
        }
        return read(pom);
    }

    /** The direct child of {@code parent} named {@code name}, or null. */
    static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** The text at a path of direct children, e.g. {@code text(pom, "scm", "url")}; empty when absent. */
    static String text(Element root, String... path) {
        Element e = root;
        for (String step : path) {
            e = e == null ? null : child(e, step);
        }
        return e == null ? "" : e.getTextContent().trim();
    }

    /** The texts of every {@code item} element under {@code list} (e.g. "modules", "module"). */
    static List<String> texts(Element root, String list, String item) {
        List<String> out = new ArrayList<>();
        Element container = child(root, list);
        if (container != null) {
            NodeList items = container.getElementsByTagName(item);
            for (int i = 0; i < items.getLength(); i++) {
                out.add(items.item(i).getTextContent().trim());
            }
        }
        return out;
    }
}
