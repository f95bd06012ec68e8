package dev.playbooks.model;

import java.nio.file.Path;

/**
 * A Markdown file of the author's.
 *
 * @param path    where it is on disk
 * @param display how problems name it: project-relative with forward slashes
 * @param slug    the file name without {@code .md}, which is also the last part of its URL
 */
public record SourceFile(Path path, String display, Language language, String slug) {
    /**
     * The form in which paths of source files are compared, whoever names them (the folder scan, a link, the file
     * watcher): absolute and normalised, so {@code en/../en/trust.md} and {@code trust.md} are one file.
     */
    public static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
