package dev.playbooks.content;

import java.nio.file.Path;

/** The folders of a playbooks project, found by convention under its root. */
public record ProjectLayout(Path root, Path content, Path templates, Path i18n) {

    public static ProjectLayout at(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        return new ProjectLayout(absolute, absolute.resolve("content"), absolute.resolve("templates"),
                absolute.resolve("i18n"));
    }

    /** How problems name a file: relative to the project, with forward slashes on every system. */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
