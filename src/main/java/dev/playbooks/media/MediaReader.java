package dev.playbooks.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an image or a download once and says what it is: its kind (its bytes must be what its name says), its
 * size, its hash and, for an image, its size in pixels. What makes it unfit to publish is said in one sentence:
 * too large, not what its name says, an SVG that is more than a picture.
 */
public final class MediaReader {
    /** Larger files are refused: a page should not make a reader download more than this for one picture. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** A raster image wider than this is also published in smaller widths, for smaller screens. */
    static final int WIDE = 1600;
    private static final List<Integer> SMALLER = List.of(800, 1600);

    private MediaReader() {
    }

    /** What reading one file gave: the file to publish, or why it cannot be. */
    public record Read(Optional<MediaFile> file, Optional<String> problem) {
        static Read refused(String problem) {
            return new Read(Optional.empty(), Optional.of(problem));
        }
    }

    public static Read read(Path file, String display, MediaKind kind) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            return Read.refused(display + " is " + megabytes(size) + ", more than the " + megabytes(MAX_BYTES)
                    + " a file may be");
        }
        byte[] bytes = Files.readAllBytes(file);
        if (!kind.matches(bytes)) {
            return Read.refused(display + " is not a " + kind.extension().toUpperCase(Locale.ROOT)
                    + " file, whatever its name says");
        }
        int width = 0;
        int height = 0;
        boolean scalable = false;
        if (kind == MediaKind.SVG) {
            Svg.Checked svg = Svg.check(bytes);
            if (svg.problem().isPresent()) {
                return Read.refused(display + " is not only a picture: " + svg.problem().get());
            }
            width = svg.width();
            height = svg.height();
        } else if (kind.isImage()) {
            Optional<Pixels> pixels = Pixels.of(kind, bytes);
            if (pixels.isEmpty()) {
                return Read.refused(display + " cannot be read as an image");
            }
            width = pixels.get().width();
            height = pixels.get().height();
            scalable = pixels.get().scalable();
        }
        int full = width;
        List<Integer> widths = scalable && full > WIDE
                ? SMALLER.stream().filter(w -> w < full).toList() : List.of();
        return new Read(Optional.of(new MediaFile(file, display, kind, hash(bytes), size, width, height, widths)),
                Optional.empty());
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1024.0 / 1024.0);
    }

    /** The first ten hex digits of the bytes' SHA-256: enough that two versions of one image never share them. */
    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
