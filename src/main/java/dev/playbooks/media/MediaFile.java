package dev.playbooks.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * An image or a download as the site publishes it: under a name that carries a short hash of its bytes, so a
 * browser may keep it for ever and an edited file is a new name; an image with its size in pixels, and the
 * smaller widths a large raster image is also published in.
 *
 * @param display how problems name the source file
 * @param widths  the smaller widths it is also published in, narrowest first; empty for most files
 */
public record MediaFile(Path path, String display, MediaKind kind, String hash, long bytes, int width, int height,
                        List<Integer> widths) {
    public static final String FOLDER = "media/";

    public MediaFile {
        widths = List.copyOf(widths);
    }

    /** Where the file itself goes in the site: {@code media/delegation-ladder-3f2a9c1d0e.svg}. */
    public String sitePath() {
        return FOLDER + base() + "-" + hash + "." + kind.extension();
    }

    /**
     * Where its copy {@code width} pixels wide goes. A build reuses a copy the site already holds under this name, so
     * the name changes with the way copies are made ({@link Resizer#VERSION}) as well as with the bytes.
     */
    public String sitePath(int width) {
        String version = Resizer.VERSION == 1 ? "" : Integer.toString(Resizer.VERSION);
        return FOLDER + base() + "-" + hash + "-" + width + "w" + version + "." + kind.extension();
    }

    /** The file's name without its extension, as a URL may hold it. */
    private String base() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return base.isEmpty() ? "file" : base;
    }
}
