package dev.playbooks.media;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A raster image's size in pixels as a browser shows it, read from its header alone: decoding the picture (or even
 * starting the JDK's image I/O) for two numbers would cost more than the rest of a page. A JPEG taken by a phone held
 * upright stores its pixels on their side with an Exif orientation that browsers follow, so the size it reports is
 * the size turned.
 *
 * @param orientation the Exif orientation, 1 (as stored) to 8; 1 for every kind but JPEG
 * @param scalable    whether the JDK can decode it to make smaller copies: a PNG, or a baseline or progressive JPEG
 *                    of 8-bit grey or colour (not CMYK, 12-bit or arithmetic-coded); GIFs, which may move, and WebPs
 *                    are published as they are
 */
record Pixels(int width, int height, int orientation, boolean scalable) {
    private static final int NORMAL = 1;

    static Optional<Pixels> of(MediaKind kind, byte[] bytes) {
        try {
            return Optional.ofNullable(switch (kind) {
                case PNG -> new Pixels(big(bytes).getInt(16), big(bytes).getInt(20), NORMAL, true);
                case GIF -> new Pixels(little(bytes).getShort(6) & 0xffff, little(bytes).getShort(8) & 0xffff, NORMAL,
                        false);
                case WEBP -> webp(bytes);
                case JPEG -> jpeg(bytes);
                default -> null;
            }).filter(pixels -> pixels.width > 0 && pixels.height > 0);
        } catch (IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Lossy (VP8), lossless (VP8L) or extended (VP8X), from the first chunk. */
    private static Pixels webp(byte[] bytes) {
        ByteBuffer data = little(bytes);
        String chunk = new String(bytes, 12, 4, StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> new Pixels(data.getShort(26) & 0x3fff, data.getShort(28) & 0x3fff, NORMAL, false);
            case "VP8L" -> {
                int bits = data.getInt(21);
                yield new Pixels((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1, NORMAL, false);
            }
            case "VP8X" -> new Pixels((data.getInt(24) & 0xffffff) + 1, (data.getInt(27) & 0xffffff) + 1, NORMAL,
                    false);
            default -> null;
        };
    }

    /** The size from the frame header (SOF0 to SOF15), the orientation from an Exif segment before it. */
    private static Pixels jpeg(byte[] bytes) {
        ByteBuffer data = big(bytes);
        int orientation = NORMAL;
        int at = 2;
        while (at + 4 <= bytes.length) {
            if ((bytes[at] & 0xff) != 0xff) {
                return null;
            }
            int marker = bytes[at + 1] & 0xff;
            if (marker == 0xff) {
                at++;
                continue;
            }
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                at += 2;
                continue;
            }
            int length = data.getShort(at + 2) & 0xffff;
            if (marker == 0xe1 && length >= 8 && exif(bytes, at + 4)) {
                orientation = orientation(bytes, at + 10, at + 2 + length);
            }
            boolean frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
            if (frame) {
                int height = data.getShort(at + 5) & 0xffff;
                int width = data.getShort(at + 7) & 0xffff;
                int components = bytes[at + 9] & 0xff;
                boolean scalable = marker <= 0xc2 && bytes[at + 4] == 8 && (components == 1 || components == 3);
                return orientation >= 5 ? new Pixels(height, width, orientation, scalable)
                        : new Pixels(width, height, orientation, scalable);
            }
            at += 2 + length;
        }
        return null;
    }

    private static boolean exif(byte[] bytes, int at) {
        return new String(bytes, at, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0");
    }

    /** Tag 0x0112 of the first image directory of the TIFF structure at {@code tiff}; 1 when absent or odd. */
    private static int orientation(byte[] bytes, int tiff, int end) {
        ByteBuffer data = ByteBuffer.wrap(bytes, 0, end).order(
                bytes[tiff] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int directory = tiff + data.getInt(tiff + 4);
        int entries = data.getShort(directory) & 0xffff;
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + 12 * i;
            if ((data.getShort(entry) & 0xffff) == 0x0112) {
                int value = data.getShort(entry + 8) & 0xffff;
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    private static ByteBuffer big(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
    }

    private static ByteBuffer little(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
