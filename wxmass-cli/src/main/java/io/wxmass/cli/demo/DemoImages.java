package io.wxmass.cli.demo;

import io.wxmass.core.media.MediaFile;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The demo's media, drawn on the spot so the jar carries no binary fixtures: a PNG for the article, a JPEG thumb. */
final class DemoImages {
    private DemoImages() {
    }

    static MediaFile articlePng() {
        return MediaFile.of("demo-article.png", draw(320, 180, new Color(0x07C160), "png"));
    }

    /** Thumbs must be JPEG and under 64 KB. */
    static MediaFile thumbJpeg() {
        return MediaFile.of("demo-thumb.jpg", draw(120, 120, new Color(0x1AAD19), "jpg"));
    }

    private static byte[] draw(int width, int height, Color color, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(color);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.WHITE);
            g.fillOval(width / 4, height / 4, width / 2, height / 2);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
