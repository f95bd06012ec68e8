package dev.playbooks.pipeline;

import dev.playbooks.content.ProjectLayout;
import dev.playbooks.model.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** What changed since the last run: some files (saved, created or deleted), or possibly anything. */
record Changes(boolean everything, Set<Path> files) {
    static Changes all() {
        return new Changes(true, Set.of());
    }

    static Changes of(Collection<Path> paths) {
        return new Changes(false, paths.stream().map(SourceFile::key).collect(Collectors.toUnmodifiableSet()));
    }

    boolean touches(Path file) {
        return everything || files.contains(file);
    }

    /** Whether something outside {@code content/} changed: templates, UI strings, anything shared by every page. */
    boolean reachBeyondContent(ProjectLayout layout) {
        return everything || files.stream().anyMatch(file -> !file.startsWith(layout.content()));
    }

    /**
     * Whether the content folders must be scanned again: a Markdown file or a folder appeared or went. Other files
     * (an editor's swap and backup files) are not the site's.
     */
    boolean needRescan(Loaded before) {
        return everything || files.stream().filter(Changes::mayBeContent)
                .anyMatch(file -> !Files.isRegularFile(file) || !knows(before, file));
    }

    /** A Markdown file, or a folder (a language), or what may have been one before it was deleted. */
    private static boolean mayBeContent(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") || Files.isDirectory(file) || !Files.exists(file) && !name.contains(".");
    }

    private static boolean knows(Loaded before, Path file) {
        return before.playbooks().containsKey(file) || before.homes().containsKey(file);
    }
}
