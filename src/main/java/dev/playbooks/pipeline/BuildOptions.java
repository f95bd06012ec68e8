package dev.playbooks.pipeline;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What one run of the pipeline should do.
 *
 * @param baseUrl   where the site will be published; without it the site is built to be opened from disk
 * @param write     false for {@code check}: the whole pipeline runs, nothing is written
 * @param allowHtml   let raw HTML in Markdown through (off: it is left out, with a warning)
 * @param failOnStale a stale translation is an error (otherwise a warning that {@code strict} leaves alone)
 */
public record BuildOptions(Path projectRoot, Path output, Optional<String> baseUrl, boolean drafts, boolean strict,
                           boolean write, boolean allowHtml, boolean failOnStale) {

    /** The base URL used for canonical links, feeds and the sitemap of a local build. */
    public static final String LOCAL_BASE_URL = "http://localhost:8080/";

    public static BuildOptions defaults(Path projectRoot) {
        return new BuildOptions(projectRoot, projectRoot.resolve("target/site"), Optional.empty(), false, false,
                true, false, false);
    }

    public BuildOptions withOutput(Path folder) {
        return new BuildOptions(projectRoot, folder, baseUrl, drafts, strict, write, allowHtml, failOnStale);
    }

    public BuildOptions withDrafts(boolean include) {
        return new BuildOptions(projectRoot, output, baseUrl, include, strict, write, allowHtml, failOnStale);
    }

    public BuildOptions withStrict(boolean on) {
        return new BuildOptions(projectRoot, output, baseUrl, drafts, on, write, allowHtml, failOnStale);
    }

    public BuildOptions withWrite(boolean on) {
        return new BuildOptions(projectRoot, output, baseUrl, drafts, strict, on, allowHtml, failOnStale);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(projectRoot, output, Optional.of(url), drafts, strict, write, allowHtml, failOnStale);
    }

    public BuildOptions withAllowHtml(boolean on) {
        return new BuildOptions(projectRoot, output, baseUrl, drafts, strict, write, on, failOnStale);
    }

    public BuildOptions withFailOnStale(boolean on) {
        return new BuildOptions(projectRoot, output, baseUrl, drafts, strict, write, allowHtml, on);
    }
}
