package dev.playbooks.cli;

import dev.playbooks.pipeline.BuildOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options {@code build}, {@code check} and {@code serve} share. */
final class SiteOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
            description = "The project folder holding content/, templates/ and i18n/ (default: the current folder).")
    Path project;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The address the site is published at, e.g. https://playbooks.example.org/. "
                    + "Without it, the site is built to be opened from disk.")
    String baseUrl;

    @Option(names = "--drafts", description = "Include playbooks marked 'draft: true'.")
    boolean drafts;

    @Option(names = "--strict", description = "Treat warnings as errors (what CI should use).")
    boolean strict;

    @Option(names = "--allow-html", description = "Pass raw HTML in Markdown through to the pages.")
    boolean allowHtml;

    @Option(names = "--fail-on-stale",
            description = "Treat a translation whose source changed since it was translated as an error "
                    + "(otherwise a warning, which --strict leaves alone).")
    boolean failOnStale;

    /** The options for a run that writes to {@code out} (the project's default when null), or writes nothing. */
    BuildOptions toBuildOptions(boolean write, Path out) {
        Path root = project.toAbsolutePath().normalize();
        BuildOptions options = BuildOptions.defaults(root)
                .withDrafts(drafts).withStrict(strict).withAllowHtml(allowHtml).withWrite(write)
                .withFailOnStale(failOnStale);
        if (out != null) {
            options = options.withOutput(out.toAbsolutePath().normalize());
        }
        if (baseUrl != null) {
            options = options.withBaseUrl(checkedBaseUrl(baseUrl));
        }
        return options;
    }

    private String checkedBaseUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getRawUserInfo() != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--base-url must not hold a user name "
                        + "or password: they would be written into every page, the sitemap and the feeds");
            }
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (web && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null) {
                return url.endsWith("/") ? url : url + "/";
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                "--base-url must be an http or https address such as https://playbooks.example.org/, not '"
                        + url + "'");
    }
}
