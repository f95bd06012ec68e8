package dev.playbooks.content;

import dev.playbooks.model.SourceFile;
import dev.playbooks.problem.Problems;
import dev.playbooks.problem.Suggestions;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code playbooks.yaml}, where it exists: a key the site does not know is a warning naming the one probably
 * meant, as in front matter; a value it cannot use is an error at its place.
 */
public final class SiteConfigReader {
    private static final List<String> KEYS = List.of("baseUrl", "repository");
    private static final List<String> REPOSITORY_KEYS = List.of("url", "branch", "folder");

    private final String file;
    private final Problems problems = new Problems();

    private SiteConfigReader(String file) {
        this.file = file;
    }

    public static SiteConfig read(ProjectLayout layout) {
        Path path = layout.root().resolve(SiteConfig.FILE);
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return SiteConfig.NONE;
        }
        return new SiteConfigReader(layout.display(path)).read(path);
    }

    private SiteConfig read(Path path) {
        Optional<YamlValue> root = SourceReader.readText(new SourceFile(path, file, null, ""), problems)
                .flatMap(text -> YamlReader.read(text, file, 1, problems));
        Optional<String> baseUrl = Optional.empty();
        Optional<SiteConfig.Repository> repository = Optional.empty();
        if (root.isPresent() && !(root.get() instanceof YamlValue.Mapping)) {
            problems.error(file, root.get().line(), root.get().column(), "the file must be a set of key: value pairs",
                    "write, for example,  baseUrl: https://playbooks.example.org/");
        } else if (root.isPresent()) {
            for (YamlValue.Entry entry : ((YamlValue.Mapping) root.get()).entries()) {
                switch (entry.key()) {
                    case "baseUrl" -> baseUrl = baseUrl(entry);
                    case "repository" -> repository = repository(entry);
                    default -> unknown(entry, KEYS);
                }
            }
        }
        return new SiteConfig(baseUrl, repository, problems.sorted());
    }

    private Optional<String> baseUrl(YamlValue.Entry entry) {
        Optional<String> url = text(entry).flatMap(SiteConfig::normalizedBaseUrl);
        if (url.isEmpty()) {
            problems.error(file, entry.value().line(), entry.value().column(),
                    "baseUrl must be an http or https address",
                    "write the address readers will open, e.g. https://playbooks.example.org/ (no user name, "
                            + "password, query or #fragment)");
        }
        return url;
    }

    private Optional<SiteConfig.Repository> repository(YamlValue.Entry entry) {
        if (!(entry.value() instanceof YamlValue.Mapping mapping)) {
            problems.error(file, entry.value().line(), entry.value().column(),
                    "repository must be a set of key: value pairs", "write url: and branch: on lines of their own "
                            + "below it, indented");
            return Optional.empty();
        }
        Optional<String> url = Optional.empty();
        boolean urlGiven = false;
        String branch = "main";
        String folder = "";
        for (YamlValue.Entry field : mapping.entries()) {
            switch (field.key()) {
                case "url" -> {
                    urlGiven = true;
                    url = text(field).filter(address -> isWebAddress(address, field));
                }
                case "branch" -> branch = text(field).orElse(branch);
                case "folder" -> folder = text(field).map(SiteConfigReader::trimSlashes).orElse(folder);
                default -> unknown(field, REPOSITORY_KEYS);
            }
        }
        if (!urlGiven) {
            problems.error(file, entry.line(), entry.column(), "repository needs a url: the repository's web address",
                    "add  url: https://github.com/example/playbooks  below it");
        }
        String chosenBranch = branch;
        String chosenFolder = folder;
        return url.map(address -> new SiteConfig.Repository(trimSlashes(address), chosenBranch, chosenFolder));
    }

    private boolean isWebAddress(String url, YamlValue.Entry field) {
        if (SiteConfig.normalizedBaseUrl(url).isPresent()) {
            return true;
        }
        problems.error(file, field.value().line(), field.value().column(),
                "the repository's url must be an http or https address",
                "write its address in the browser, e.g. https://github.com/example/playbooks");
        return false;
    }

    private static String trimSlashes(String text) {
        return text.replaceAll("^/+|/+$", "");
    }

    /** The entry's text, or empty with an error when it is a list or a mapping. */
    private Optional<String> text(YamlValue.Entry entry) {
        if (entry.value() instanceof YamlValue.Scalar scalar && !scalar.text().isBlank()) {
            return Optional.of(scalar.text().strip());
        }
        problems.error(file, entry.value().line(), entry.value().column(),
                "'" + entry.key() + "' must be a single value, found " + entry.value().kind(),
                "write it on the key's line:  " + entry.key() + ": …");
        return Optional.empty();
    }

    private void unknown(YamlValue.Entry entry, List<String> known) {
        String nearest = Suggestions.nearest(entry.key(), known);
        problems.warning(file, entry.line(), entry.column(), "unknown key '" + entry.key() + "'",
                nearest == null ? "the keys " + SiteConfig.FILE + " knows are " + known
                        : "did you mean '" + nearest + "'?");
    }
}
