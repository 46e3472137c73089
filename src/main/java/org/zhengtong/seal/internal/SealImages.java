package org.zhengtong.seal.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Draws the demo seals (red circle, star, unit name along the arc) and checks uploaded seal images. */
final class SealImages {

    private static final Logger log = LoggerFactory.getLogger(SealImages.class);

    static final int MAX_BYTES = 512 * 1024;
    /** Seal ink is not opaque: the 署名 and date it presses on stay legible through it. */
    private static final Color RED = new Color(0xD0, 0x10, 0x10, 0xC8);

    private SealImages() {
    }

    /** A round red seal with transparent background, as PNG. */
    static byte[] roundSeal(String unitName, String caption) {
        int size = 400;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(RED);
            g.setStroke(new BasicStroke(14f));
            g.drawOval(10, 10, size - 20, size - 20);
            g.fill(star(size / 2.0, size / 2.0, 62, 24));
            drawArcText(g, unitName, size / 2.0, size / 2.0, 140);
            if (caption != null && !caption.isBlank()) {
                Font font = new Font(Font.SERIF, Font.BOLD, 30);
                g.setFont(font);
                FontMetrics metrics = g.getFontMetrics();
                g.drawString(caption, (float) (size / 2.0 - metrics.stringWidth(caption) / 2.0), size / 2f + 110);
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? outer : inner;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + radius * Math.cos(angle);
            double y = cy + radius * Math.sin(angle);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }

    /** The text along the upper arc, left to right, each character upright towards the centre. */
    private static void drawArcText(Graphics2D g, String text, double cx, double cy, double radius) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int count = text.codePointCount(0, text.length());
        double span = Math.toRadians(Math.min(260, 34.0 * count + 20));
        int fontSize = count <= 6 ? 60 : count <= 10 ? 48 : 36;
        g.setFont(new Font(Font.SERIF, Font.BOLD, fontSize));
        FontMetrics metrics = g.getFontMetrics();
        double start = -Math.PI / 2 - span / 2;
        double step = count > 1 ? span / (count - 1) : 0;
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < count; i++) {
            double angle = count > 1 ? start + i * step : -Math.PI / 2;
            String character = new String(Character.toChars(codePoints[i]));
            AffineTransform saved = g.getTransform();
            g.translate(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle));
            g.rotate(angle + Math.PI / 2);
            g.drawString(character, -metrics.stringWidth(character) / 2f, metrics.getAscent() / 2f);
            g.setTransform(saved);
        }
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decoded image when the bytes are a PNG of sensible size, otherwise null. */
    static BufferedImage readPng(byte[] bytes) {
        if (bytes == null || bytes.length < 8 || bytes.length > MAX_BYTES
                || (bytes[0] & 0xFF) != 0x89 || bytes[1] != 'P' || bytes[2] != 'N' || bytes[3] != 'G') {
            return null;
        }
        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in);
            // the size the header declares, before decoding: a small file can declare an enormous image
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 16 || height < 16 || width > 2000 || height > 2000) {
                return null;
            }
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            log.info("a seal image is not a readable PNG", e);
            return null;
        } finally {
            reader.dispose();
        }
    }
}
