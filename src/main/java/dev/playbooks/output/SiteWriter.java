package dev.playbooks.output;

import java.io.IOException;
import java.io.OutputStream;

/** Somewhere pages can be written by their site-relative path, e.g. {@code nl/vertrouwen/index.html}. */
public interface SiteWriter {
    OutputStream create(String sitePath) throws IOException;

    /** Writes a whole file at once: one call for the file system, where a stream would make several. */
    default void write(String sitePath, byte[] bytes) throws IOException {
        try (OutputStream out = create(sitePath)) {
            out.write(bytes);
        }
    }
}
