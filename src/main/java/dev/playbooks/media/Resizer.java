package dev.playbooks.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Smaller copies of a large PNG or JPEG, with the JDK's own image I/O: the site needs nothing more than scaling,
 * which does not earn a library. GIFs (which may move) and WebPs (which the JDK cannot read) are published as they
 * are.
 */
public final class Resizer {
    /** Raise it whenever copies come out differently, so no build reuses a copy made the old way. */
    static final int VERSION = 1;
    private static final float JPEG_QUALITY = 0.85f;

    private Resizer() {
    }

    /** The image {@code width} pixels wide as a browser shows it (turned upright), its height in proportion. */
    public static byte[] resize(MediaFile file, int width) throws IOException {
        byte[] bytes = Files.readAllBytes(file.path());
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(bytes));
        if (stored == null) {
            throw new IOException(file.display() + " could not be read to be resized");
        }
        BufferedImage original = upright(stored, Pixels.of(file.kind(), bytes).map(Pixels::orientation).orElse(1));
        int height = Math.max(1, Math.round((float) original.getHeight() * width / original.getWidth()));
        BufferedImage scaled = halve(original, width);
        boolean opaque = file.kind() == MediaKind.JPEG;
        BufferedImage target = new BufferedImage(width, height,
                opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = target.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.drawImage(scaled, 0, 0, width, height, null);
        graphics.dispose();
        return opaque ? jpeg(target) : png(target);
    }

    /**
     * The pixels as the Exif orientation says they are shown: a copy carries no Exif, so it must be stored the way
     * up it is seen.
     */
    static BufferedImage upright(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (turn == null) {
            return image;
        }
        boolean sideways = orientation >= 5;
        BufferedImage upright = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = upright.createGraphics();
        graphics.drawImage(image, turn, null);
        graphics.dispose();
        return upright;
    }

    /**
     * Halves the image until it is less than twice the width wanted: one bicubic step from far larger would skip
     * most pixels and alias.
     */
    private static BufferedImage halve(BufferedImage image, int width) {
        BufferedImage current = image;
        while (current.getWidth() >= 2 * width) {
            int w = current.getWidth() / 2;
            int h = Math.max(1, current.getHeight() / 2);
            BufferedImage half = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D graphics = half.createGraphics();
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(current, 0, 0, w, h, null);
            graphics.dispose();
            current = half;
        }
        return current;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
