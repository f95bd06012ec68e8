package dev.playbooks.output;

import java.io.IOException;
import java.io.OutputStream;

/** Somewhere pages can be written by their site-relative path, e.g. {@code nl/vertrouwen/index.html}. */
public interface SiteWriter {
    OutputStream create(String sitePath) throws IOException;
}
