package dev.playbooks.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The synthetic site as a Hugo project, so the benchmark can set our build beside Hugo's on the same Markdown: the
 * very files of {@code content/en} and {@code content/nl}, a config that makes the Dutch pages translations of the
 * English ones (Hugo reads the same {@code translationKey}) and minimal layouts that do the work our pages do: title,
 * summary, linked tags, reading time, table of contents, heading anchors, the body with its {@code .md} links
 * resolved to pages, the translation, a pager; a list of the language's pages on its home, tag pages, and Hugo's own
 * feeds and sitemaps.
 *
 * <p>Config and layouts live in {@code src/test/resources/bench/hugo} as files rather than strings in Java: they are
 * Hugo templates, read, edited and tried with {@code hugo} as they are, and copied into the project as our own
 * templates are.
 */
public final class HugoSite {
    private static final String RESOURCES = "src/test/resources/bench/hugo";

    private HugoSite() {
    }

    /**
     * Writes the Hugo form of the synthetic site in {@code ours} into {@code root}: its content the first time (the
     * same bytes), config and layouts from {@code repository} every time, so a kept site uses the current ones.
     */
    public static void write(Path ours, Path root, Path repository) throws IOException {
        for (String language : List.of("en", "nl")) {
            Path content = root.resolve("content").resolve(language);
            if (!Files.isDirectory(content)) {
                SyntheticSite.copyTree(ours.resolve("content").resolve(language), content);
            }
        }
        deleteTree(root.resolve("layouts"));
        SyntheticSite.copyTree(repository.resolve(RESOURCES), root);
    }

    /** The {@code hugo} program on the PATH, if there is one. */
    public static Optional<Path> program() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, "hugo");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** How the benchmark says what Hugo is missing, and how to get it. */
    public static final String HOW_TO_INSTALL = "hugo is not on the PATH: `apt-get install hugo` (Debian's package) "
            + "to compare with Hugo";

    /** What {@code hugo version} says, e.g. "hugo v0.111.3+extended linux/amd64 ...". */
    public static String version(Path hugo) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(hugo.toString(), "version").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor();
        return text;
    }

    /**
     * A cold build of the project in {@code root}: {@code out} and {@code cache} should not exist or be empty, and
     * {@code resources/} (where Hugo keeps what it generated from assets) is removed first, so nothing of an
     * earlier build is reused.
     */
    public static ProcessBuilder coldBuild(Path hugo, Path root, Path out, Path cache, String... options)
            throws IOException {
        deleteTree(root.resolve("resources"));
        List<String> command = new ArrayList<>(List.of(hugo.toString(), "--source", root.toString(),
                "--destination", out.toAbsolutePath().toString(), "--cacheDir", cache.toAbsolutePath().toString(),
                "--noBuildLock"));
        command.addAll(List.of(options));
        return new ProcessBuilder(command);
    }

    /** How many HTML files a build wrote under {@code out}: the pages, counted alike for both generators. */
    public static long pagesWritten(Path out) throws IOException {
        try (var files = Files.walk(out)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".html")).count();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
