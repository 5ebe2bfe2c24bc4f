package io.wxmass.sandbox.console;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The controls of a server-rendered page that a screen reader could not name: a visible input, select or textarea
 * with neither a {@code <label for>}, an enclosing {@code <label>} nor an {@code aria-label}, and a button with no
 * text. Shared with the campaign console's tests through this module's test-jar.
 */
public final class AccessibleNames {
    private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
    private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>(.*?)</button>", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    private AccessibleNames() {
    }

    /** Each unnamed control as its markup; empty when every control has a name. */
    public static List<String> missing(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = CONTROL.matcher(html);
        while (m.find()) {
            String attrs = m.group(2);
            if (attrs.contains("type=\"hidden\"") || attrs.contains("aria-label=")) {
                continue;
            }
            Matcher id = ID.matcher(attrs);
            boolean labelled = id.find() && html.contains("for=\"" + id.group(1) + "\"");
            int open = html.lastIndexOf("<label", m.start());
            boolean wrapped = open >= 0 && html.lastIndexOf("</label>", m.start()) < open
                    && html.indexOf("</label>", m.end()) >= 0;
            if (!labelled && !wrapped) {
                out.add(m.group());
            }
        }
        Matcher b = BUTTON.matcher(html);
        while (b.find()) {
            if (b.group(2).replaceAll("<[^>]+>", "").isBlank() && !b.group(1).contains("aria-label=")) {
                out.add(b.group());
            }
        }
        return out;
    }
}
