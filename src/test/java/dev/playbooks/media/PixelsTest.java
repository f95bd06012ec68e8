package dev.playbooks.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sizes in pixels from headers alone, as a browser will show the picture, through {@link MediaReader}. */
public class PixelsTest {
    @TempDir
    Path temp;

    /** A picture {@code width} × {@code height}, its top half orange and its bottom half blue. */
    public static byte[] picture(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, width, height / 2);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(0, height / 2, width, height - height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The JPEG with an Exif segment right after its start saying how it is to be shown (6: turned a quarter right). */
    public static byte[] withOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        ByteBuffer tiff = ByteBuffer.allocate(26).order(littleEndian
                ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        tiff.put((byte) (littleEndian ? 'I' : 'M')).put((byte) (littleEndian ? 'I' : 'M')).putShort((short) 42)
                .putInt(8).putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0);
        byte[] exif = "Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + exif.length + tiff.capacity());
        out.put(jpeg, 0, 2).put((byte) 0xff).put((byte) 0xe1).putShort((short) (2 + exif.length + tiff.capacity()))
                .put(exif).put(tiff.array()).put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    private Optional<MediaFile> read(String name, byte[] bytes) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, bytes);
        return MediaReader.read(file, name, MediaKind.ofName(name).orElseThrow()).file();
    }

    private List<Integer> size(String name, byte[] bytes) throws IOException {
        MediaFile file = read(name, bytes).orElseThrow();
        return List.of(file.width(), file.height());
    }

    @Test
    void pngGifAndJpegTellTheirSize() throws IOException {
        assertEquals(List.of(321, 123), size("a.png", picture("png", 321, 123)));
        assertEquals(List.of(321, 123), size("a.gif", picture("gif", 321, 123)));
        assertEquals(List.of(321, 123), size("a.jpg", picture("jpeg", 321, 123)));
    }

    @Test
    void aLosslessWebpTellsItsSize() throws IOException {
        ByteBuffer webp = ByteBuffer.allocate(30).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        webp.put("RIFF".getBytes()).putInt(22).put("WEBP".getBytes()).put("VP8L".getBytes()).putInt(10)
                .put((byte) 0x2f).putInt((321 - 1) | ((123 - 1) << 14));
        assertEquals(List.of(321, 123), size("a.webp", webp.array()));
    }

    @Test
    void aPhotoTakenUprightIsAsTallAsABrowserShowsIt() throws IOException {
        byte[] sideways = picture("jpeg", 300, 200);
        assertEquals(List.of(200, 300), size("a.jpg", withOrientation(sideways, 6, false)));
        assertEquals(List.of(200, 300), size("b.jpg", withOrientation(sideways, 8, true)));
        assertEquals(List.of(300, 200), size("c.jpg", withOrientation(sideways, 3, true)), "upside down");
    }

    /** The start of a JPEG, up to its frame header: enough for its size. */
    private static byte[] jpegHeader(int frame, int components, int width, int height) {
        ByteBuffer jpeg = ByteBuffer.allocate(4 + 10 + 3 * components + 2);
        jpeg.putShort((short) 0xffd8).put((byte) 0xff).put((byte) frame).putShort((short) (8 + 3 * components))
                .put((byte) 8).putShort((short) height).putShort((short) width).put((byte) components);
        for (int i = 1; i <= components; i++) {
            jpeg.put((byte) i).put((byte) 0x11).put((byte) 0);
        }
        return jpeg.putShort((short) 0xffd9).array();
    }

    @Test
    void aWideJpegIsCopiedSmallerOnlyWhenTheJdkCanDecodeIt() throws IOException {
        assertEquals(List.of(800, 1600), read("rgb.jpg", jpegHeader(0xc0, 3, 2400, 1000)).orElseThrow().widths());
        assertEquals(List.of(800, 1600), read("p.jpg", jpegHeader(0xc2, 1, 2400, 1000)).orElseThrow().widths());
        MediaFile cmyk = read("cmyk.jpg", jpegHeader(0xc0, 4, 2400, 1000)).orElseThrow();
        assertEquals(List.of(2400, 1000, List.of()), List.of(cmyk.width(), cmyk.height(), cmyk.widths()));
        assertEquals(List.of(), read("arith.jpg", jpegHeader(0xc9, 3, 2400, 1000)).orElseThrow().widths());
    }

    @Test
    void aHeaderCutShortIsNotAnImage() throws IOException {
        byte[] png = picture("png", 30, 20);
        Path file = temp.resolve("cut.png");
        Files.write(file, java.util.Arrays.copyOf(png, 18));
        assertEquals(Optional.of("cut.png cannot be read as an image"),
                MediaReader.read(file, "cut.png", MediaKind.PNG).problem());
    }
}
