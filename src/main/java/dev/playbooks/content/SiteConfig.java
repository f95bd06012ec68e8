package dev.playbooks.content;

import dev.playbooks.problem.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What is set once per site rather than per language, in {@code playbooks.yaml} at the project's root: the address
 * the site is published at, and the repository its files are edited in.
 *
 * @param problems what is wrong in the file: errors stop a command before it builds, warnings go with its problems
 */
public record SiteConfig(Optional<String> baseUrl, Optional<Repository> repository, List<Problem> problems) {
    public static final String FILE = "playbooks.yaml";
    public static final SiteConfig NONE = new SiteConfig(Optional.empty(), Optional.empty(), List.of());

    public SiteConfig {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /**
     * The address as the site uses it, ending in {@code /}, or empty when it is not a plain http or https address:
     * no user name or password in it (it would be published in every page), no query, no fragment.
     */
    public static Optional<String> normalizedBaseUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            if (web && uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawQuery() == null
                    && uri.getRawFragment() == null) {
                String text = uri.toString();
                return Optional.of(text.endsWith("/") ? text : text + "/");
            }
        } catch (URISyntaxException e) {
            // not an address at all: empty, like any other unusable one
        }
        return Optional.empty();
    }

    /**
     * Where the project's files are kept and edited.
     *
     * @param url    the repository's web address, e.g. {@code https://github.com/example/playbooks}
     * @param branch the branch readers' edits are proposed against
     * @param folder the project's folder inside the repository, empty when it is the repository's root
     */
    public record Repository(String url, String branch, String folder) {
        /**
         * The page where a file of the project (as problems name it, {@code content/en/trust.md}) is edited in the
         * browser: GitLab's {@code /-/edit/} form on a GitLab host, GitHub's {@code /edit/} (which Gitea and
         * Forgejo also answer) elsewhere.
         */
        public String editUrl(String projectFile) {
            String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            boolean gitLab = URI.create(base).getHost().toLowerCase(Locale.ROOT).contains("gitlab");
            String path = folder.isEmpty() ? projectFile : folder + "/" + projectFile;
            return base + (gitLab ? "/-/edit/" : "/edit/") + branch + "/" + path;
        }
    }
}
