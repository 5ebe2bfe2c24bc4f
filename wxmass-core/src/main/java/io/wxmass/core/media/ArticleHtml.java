package io.wxmass.core.media;

import io.wxmass.core.internal.message.Require;

/**
 * Builds the HTML fragments an article body may carry: images uploaded through uploadimg and the
 * three documented ways to open a mini program from an article (card, text link, image link).
 * Every attribute value and text is HTML-escaped, so a title or path cannot break out of its tag.
 */
public final class ArticleHtml {
    private ArticleHtml() {
    }

    /**
     * A mini-program card. The documented example spells the image attribute
     * {@code data-progarm-imageurl}; the newer card markup spells it {@code data-miniprogram-imageurl}.
     * Both are written so either reading of the documentation finds the image.
     */
    public static String miniProgramCard(String appId, String path, String title, String imageUrl) {
        return "<mp-miniprogram" + miniProgramAttributes(appId, path)
                + attribute("data-miniprogram-title", Require.nonBlank(title, "miniprogram.title"))
                + attribute("data-miniprogram-imageurl", Require.nonBlank(imageUrl, "miniprogram.imageurl"))
                + attribute("data-progarm-imageurl", imageUrl)
                + "></mp-miniprogram>";
    }

    /** A paragraph whose text opens the mini program. */
    public static String miniProgramTextLink(String appId, String path, String text) {
        return "<p><a" + miniProgramAttributes(appId, path) + " href=\"\">"
                + escape(Require.nonBlank(text, "miniprogram.text")) + "</a></p>";
    }

    /** A paragraph whose image (a URL from uploadimg) opens the mini program. */
    public static String miniProgramImageLink(String appId, String path, String imageUrl) {
        return "<p><a" + miniProgramAttributes(appId, path) + " href=\"\">"
                + "<img" + attribute("src", Require.nonBlank(imageUrl, "miniprogram.imageurl"))
                + " data-width=\"null\" data-ratio=\"NaN\"></a></p>";
    }

    /** An image from uploadimg (the platform filters images from any other host). */
    public static String image(String uploadImgUrl) {
        return "<img" + attribute("src", Require.nonBlank(uploadImgUrl, "img.src")) + ">";
    }

    /** Escapes text for an HTML element body or a double-quoted attribute value. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String miniProgramAttributes(String appId, String path) {
        return attribute("data-miniprogram-appid", Require.nonBlank(appId, "miniprogram.appid"))
                + attribute("data-miniprogram-path", Require.nonBlank(path, "miniprogram.path"));
    }

    private static String attribute(String name, String value) {
        return " " + name + "=\"" + escape(value) + "\"";
    }
}
