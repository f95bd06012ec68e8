package dev.playbooks;

import dev.playbooks.output.OutputFolder;
import dev.playbooks.pipeline.BuildOptions;
import dev.playbooks.pipeline.BuildResult;
import dev.playbooks.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A throw-away project in a temp folder with the real templates and UI strings of this repository, and content
 * written by the test. Builds go through the real pipeline.
 */
public final class TestSite {
    public static final Path REPO = Path.of("").toAbsolutePath();

    private final Path root;

    /** Build options for this repository's own content. */
    public static BuildOptions repoOptions() {
        return BuildOptions.defaults(REPO);
    }

    /** Builds this repository's own content into {@code out}, which must succeed, and returns {@code out}. */
    public static Path buildRepo(Path out) {
        try {
            BuildResult result = new Pipeline(repoOptions().withOutput(out)).run();
            org.junit.jupiter.api.Assertions.assertTrue(result.succeeded(), result.problems()::toString);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestSite(Path root) {
        this.root = root;
    }

    /**
     * A project with the repository's templates and i18n files (without its tag pairs) and an empty content folder
     * per language.
     */
    public static TestSite create(Path temp) {
        try {
            copyTree(REPO.resolve("templates"), temp.resolve("templates"));
            copyTree(REPO.resolve("i18n"), temp.resolve("i18n"));
            try (Stream<Path> files = Files.list(temp.resolve("i18n"))) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.writeString(file, withoutTagPairs(Files.readString(file)));
                }
            }
            Files.createDirectories(temp.resolve("content/en"));
            Files.createDirectories(temp.resolve("content/nl"));
            return new TestSite(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The UI strings without the {@code tagPairs} block and the comment above it: the repository's pairs name the
     * tags of its own playbooks, which a test site does not have, and a pair that points nowhere fails the build.
     */
    public static String withoutTagPairs(String yaml) {
        return yaml.replaceAll("(?m)(^#.*\\n)*^tagPairs:.*\\n(^([ \\t].*)?\\n)*", "");
    }

    public Path root() {
        return root;
    }

    public Path out() {
        return root.resolve("target/site");
    }

    /** Writes a file relative to the project, creating folders. */
    public TestSite write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A playbook with the given front matter lines (without fences) and body. */
    public TestSite playbook(String lang, String slug, String frontMatter, String body) {
        return write("content/" + lang + "/" + slug + ".md", "---\n" + frontMatter + "\n---\n" + body);
    }

    /** Deletes a file of the project. */
    public TestSite delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BuildOptions options() {
        return BuildOptions.defaults(root);
    }

    public BuildResult build() {
        return build(options());
    }

    public BuildResult build(BuildOptions options) {
        try {
            return new Pipeline(options).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of the built site, parsed. */
    public Document page(String sitePath) {
        try {
            Path file = out().resolve(sitePath);
            return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the output folder with a hash of its bytes, to prove a failed build changed nothing. */
    public Map<String, String> snapshotOfOutput() {
        return snapshotOf(out());
    }

    /**
     * Every file under {@code folder} with a hash of its bytes; the marker of a folder this tool wrote only as there,
     * as it names each site by an identity of its own.
     */
    public static Map<String, String> snapshotOf(Path folder) {
        Map<String, String> snapshot = new TreeMap<>();
        if (!Files.exists(folder)) {
            return snapshot;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = folder.relativize(file).toString();
                snapshot.put(name, name.equals(OutputFolder.MARKER) ? "marker" : sha256(Files.readAllBytes(file)));
            }
            return snapshot;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every folder under {@code folder}, by its path relative to it. */
    public static java.util.Set<String> foldersOf(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isDirectory).map(path -> folder.relativize(path).toString())
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** A minimal valid bilingual site: one playbook in each language, translations of each other. */
    public TestSite withTrustPlaybooks() {
        playbook("en", "trust", """
                title: "Trust at work"
                summary: "How trust grows."
                translationKey: trust
                tags: [trust, autonomy]
                audience: [leaders]
                updated: 2026-11-22
                weight: 1""", """
                Intro with a link to [delegation](delegation.md#how-to-delegate).

                ## Why trust matters

                Text.

                ## Checklist

                - [ ] Ask one question
                - [x] Share one goal
                """);
        playbook("en", "delegation", """
                title: "Delegation"
                summary: "Handing over work."
                translationKey: delegation
                tags: [Autonomy]
                weight: 2""", """
                Back to [trust](trust.md).

                ## How to delegate

                Hand it over.
                """);
        playbook("nl", "vertrouwen", """
                title: "Vertrouwen op het werk"
                summary: "Hoe vertrouwen groeit."
                translationKey: trust
                tags: [vertrouwen, autonomie]
                audience: [leaders]
                updated: 2026-11-22
                weight: 1""", """
                ## Één op één

                Tekst met een [link](#een-op-een).

                - [ ] Stel één vraag
                - [ ] Deel één doel
                """);
        return this;
    }
}
