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
}
