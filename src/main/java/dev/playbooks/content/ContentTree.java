package dev.playbooks.content;

import dev.playbooks.i18n.Slugs;
import dev.playbooks.model.Language;
import dev.playbooks.model.SourceFile;
import dev.playbooks.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The author's files, found by convention: a language is a folder of {@code content/} that has a matching
 * {@code i18n/<lang>.yaml}; its playbooks are the {@code .md} files in that folder, and {@code _index.md} is the
 * introduction of its home page.
 */
public final class ContentTree {
    public static final String HOME_FILE = "_index.md";

    /** Folder names the site itself uses next to the playbooks of a language. */
    private static final java.util.regex.Pattern LANGUAGE_CODE =
            java.util.regex.Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private static final java.util.Set<String> RESERVED_SLUGS = java.util.Set.of("tags", "checklists", "page",
            "assets", "feed", "search", "404");

    private final ProjectLayout layout;
    private final Map<Language, List<SourceFile>> playbooks;
    private final Map<Language, SourceFile> homes;
    private final List<Path> refused;

    private ContentTree(ProjectLayout layout, Map<Language, List<SourceFile>> playbooks,
                        Map<Language, SourceFile> homes, List<Path> refused) {
        this.layout = layout;
        this.playbooks = playbooks;
        this.homes = homes;
        this.refused = List.copyOf(refused);
    }

    /** The Markdown files of a language that exist but cannot be pages (reported while scanning). */
    public List<Path> refused() {
        return refused;
    }

    /**
     * Finds the languages and their files. A file that cannot be a page (its name, a link out of the project) is
     * reported and left out, and {@link #refused} says it exists; only a project without a usable language leaves
     * nothing to go on.
     */
    public static ContentTree scan(ProjectLayout layout, Problems problems) throws IOException {
        Map<Language, List<SourceFile>> playbooks = new TreeMap<>();
        Map<Language, SourceFile> homes = new TreeMap<>();
        List<Path> refused = new ArrayList<>();
        if (!Files.isDirectory(layout.content())) {
            problems.error("content", 0, 0, "there is no content/ folder",
                    "create content/en/ and put a playbook such as content/en/trust.md in it");
            return new ContentTree(layout, playbooks, homes, refused);
        }
        for (Path shared : List.of(layout.content(), layout.templates(), layout.i18n())) {
            if (Files.exists(shared) && !isInside(layout.root(), shared)) {
                problems.error(layout.display(shared), 0, 0, "this folder links to a place outside the project",
                        "replace the link with the folder itself");
                return new ContentTree(layout, playbooks, homes, refused);
            }
        }
        reportLinksOut(layout, layout.templates(), problems);
        for (Path folder : sortedChildren(layout.content())) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            String code = folder.getFileName().toString();
            if (Files.isSymbolicLink(folder) && !isInside(layout.root(), folder)) {
                problems.error(layout.display(folder), 0, 0, "this folder links to a place outside the project",
                        "replace the link with the folder itself");
                continue;
            }
            if (!Files.isRegularFile(layout.i18n().resolve(code + ".yaml")) && !holdsMarkdown(folder)) {
                // A folder of images or files shared by the languages, such as content/images/.
                continue;
            }
            if (!Files.isRegularFile(layout.i18n().resolve(code + ".yaml"))) {
                problems.warning(layout.display(folder), 0, 0,
                        "content/" + code + "/ is skipped: there is no i18n/" + code + ".yaml",
                        "add i18n/" + code + ".yaml with the UI strings of this language");
                continue;
            }
            Path i18nFile = layout.i18n().resolve(code + ".yaml");
            if (!isInside(layout.root(), i18nFile)) {
                problems.error(layout.display(i18nFile), 0, 0, "this file links to a place outside the project",
                        "replace the link with the file itself");
                continue;
            }
            if (!LANGUAGE_CODE.matcher(code).matches()) {
                problems.error(layout.display(folder), 0, 0, "'" + code + "' is not a language code",
                        "name a language's folder by its code, such as en, nl or pt-BR (and its UI strings file to "
                                + "match)");
                continue;
            }
            if (Files.isSymbolicLink(folder)) {
                problems.error(layout.display(folder), 0, 0, "a language's folder is a link to another folder",
                        "make it a folder of its own: a link would publish another language's files as this one's");
                continue;
            }
            Language language = new Language(code);
            List<SourceFile> files = new ArrayList<>();
            List<Path> children;
            try {
                children = sortedChildren(folder);
            } catch (IOException e) {
                // Named without the machine's path: the author knows the folder by its place in the project.
                problems.error(layout.display(folder), 0, 0, "cannot read this folder ("
                        + e.getClass().getSimpleName() + ")", "check that it exists and that you may read it");
                continue;
            }
            for (Path file : children) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".md") || !Files.isRegularFile(file)) {
                    continue;
                }
                // A file that is no link, in this language's folder (no link either), is inside the project.
                if (Files.isSymbolicLink(file) && !isInside(layout.root(), file)) {
                    problems.error(layout.display(file), 0, 0, "this file links to a place outside the project",
                            "replace the link with the file itself");
                    refused.add(file);
                    continue;
                }
                String slug = name.substring(0, name.length() - 3);
                SourceFile source = new SourceFile(file, layout.display(file), language, slug);
                if (name.equals(HOME_FILE)) {
                    homes.put(language, source);
                } else if (RESERVED_SLUGS.contains(slug)) {
                    refused.add(file);
                    problems.error(source.display(), 0, 0,
                            "the name '" + slug + "' is used by the site itself (/" + code + "/" + slug + "/)",
                            "rename the file, e.g. to '" + slug + "-playbook.md'");
                } else if (Slugs.isWindowsReserved(slug)) {
                    refused.add(file);
                    problems.error(source.display(), 0, 0,
                            "the name '" + slug + "' cannot be used: Windows can create no file or folder of that "
                                    + "name, so the project could not be checked out there",
                            "rename the file, e.g. to '" + slug + "-playbook.md'");
                } else if (Slugs.isSlug(slug)) {
                    files.add(source);
                } else {
                    refused.add(file);
                    String suggestion = Slugs.slugify(slug);
                    problems.error(source.display(), 0, 0,
                            "the file name '" + name + "' cannot be used in a URL as it is",
                            "rename it to '" + (suggestion.isEmpty() ? "my-playbook" : suggestion)
                                    + ".md' (lower-case letters, digits and hyphens)");
                }
            }
            playbooks.put(language, files);
        }
        if (playbooks.isEmpty()) {
            problems.error("content", 0, 0, "no languages found",
                    "a language is a folder content/<lang>/ with a matching i18n/<lang>.yaml, e.g. content/en/ "
                            + "and i18n/en.yaml");
        }
        return new ContentTree(layout, playbooks, homes, refused);
    }

    /** Every link in {@code folder} (its own files and folders, not followed) that leads out of the project. */
    private static void reportLinksOut(ProjectLayout layout, Path folder, Problems problems) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(Files::isSymbolicLink).sorted().toList()) {
                if (!isInside(layout.root(), path)) {
                    problems.error(layout.display(path), 0, 0, "this file links to a place outside the project",
                            "replace the link with the file itself");
                }
            }
        }
    }

    private static boolean holdsMarkdown(Path folder) throws IOException {
        try (var children = Files.list(folder)) {
            return children.anyMatch(child -> child.getFileName().toString().endsWith(".md"));
        }
    }

    public ProjectLayout layout() {
        return layout;
    }

    public List<Language> languages() {
        return List.copyOf(playbooks.keySet());
    }

    public List<SourceFile> playbooks(Language language) {
        return playbooks.getOrDefault(language, List.of());
    }

    public Optional<SourceFile> home(Language language) {
        return Optional.ofNullable(homes.get(language));
    }

    public Path i18nFile(Language language) {
        return layout.i18n().resolve(language.code() + ".yaml");
    }

    private static List<Path> sortedChildren(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted().toList();
        }
    }

    private static boolean isInside(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
