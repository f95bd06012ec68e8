package dev.playbooks.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a playbook may show (images) or offer (downloads), by extension, each with what its first bytes
 * must be: a file whose bytes are not what its name says is refused, so a renamed file never reaches a reader.
 */
public enum MediaKind {
    PNG("png", true, "image/png"),
    JPEG("jpg", true, "image/jpeg"),
    GIF("gif", true, "image/gif"),
    WEBP("webp", true, "image/webp"),
    SVG("svg", true, "image/svg+xml"),
    PDF("pdf", false, "application/pdf"),
    DOCX("docx", false, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", false, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PPTX("pptx", false, "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ODT("odt", false, "application/vnd.oasis.opendocument.text"),
    ODS("ods", false, "application/vnd.oasis.opendocument.spreadsheet"),
    ODP("odp", false, "application/vnd.oasis.opendocument.presentation"),
    CSV("csv", false, "text/csv"),
    TXT("txt", false, "text/plain");

    private final String extension;
    private final boolean image;
    private final String mediaType;

    MediaKind(String extension, boolean image, String mediaType) {
        this.extension = extension;
        this.image = image;
        this.mediaType = mediaType;
    }

    /** The kind a file name says, if it is one the site publishes ({@code .jpeg} is a JPEG too). */
    public static Optional<MediaKind> ofName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        if (extension.equals("jpeg")) {
            return Optional.of(JPEG);
        }
        return Arrays.stream(values()).filter(kind -> kind.extension.equals(extension)).findFirst();
    }

    /** Every extension the site publishes, for a hint. */
    public static String extensions() {
        return String.join(", ", Arrays.stream(values()).map(kind -> "." + kind.extension).toList());
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return image;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether the bytes are of this kind, judged by how such files begin. */
    boolean matches(byte[] bytes) {
        return switch (this) {
            case PNG -> startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            case JPEG -> startsWith(bytes, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
            case GIF -> startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"));
            case WEBP -> startsWith(bytes, ascii("RIFF")) && bytes.length >= 12
                    && Arrays.equals(bytes, 8, 12, ascii("WEBP"), 0, 4);
            case SVG -> Svg.looksLikeSvg(bytes);
            case PDF -> startsWith(bytes, ascii("%PDF-"));
            case DOCX, XLSX, PPTX, ODT, ODS, ODP -> startsWith(bytes, new byte[] {'P', 'K', 3, 4});
            case CSV, TXT -> isText(bytes);
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** UTF-8 text without control characters other than tab and line breaks. */
    private static boolean isText(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            return false;
        }
        return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
    }
}
