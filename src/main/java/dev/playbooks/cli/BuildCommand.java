package dev.playbooks.cli;

import dev.playbooks.pipeline.BuildOptions;
import dev.playbooks.pipeline.BuildResult;
import dev.playbooks.pipeline.Pipeline;
import dev.playbooks.pipeline.Progress;
import dev.playbooks.output.UnsafeOutputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code playbooks build}: the whole pipeline, the site swapped in only when everything succeeded. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site from content/ into the output folder (default: target/site).")
final class BuildCommand implements Callable<Integer> {
    static final String DEFAULT_CACHE = "target/playbooks-cache";

    @CommandLine.Mixin
    SiteOptions site;

    @CommandLine.Option(names = "--out", paramLabel = "DIR",
            description = "Where the site is written (default: target/site in the project).")
    Path output;

    @CommandLine.Option(names = "--report", paramLabel = "FILE",
            description = "Also write how the build went as JSON (problems, pages per language, timings), for CI.")
    Path report;

    @CommandLine.Option(names = "--cache", paramLabel = "DIR",
            description = "Where the build cache is kept (default: target/playbooks-cache in the project). The next "
                    + "build reads again only the files that changed and writes only the pages that did.")
    Path cache;

    @CommandLine.Option(names = "--no-cache", description = "Build everything, neither using nor writing a cache.")
    boolean noCache;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = new Pipeline(site.toBuildOptions(true, output));
        BuildOptions options = pipeline.options();
        if (!noCache) {
            pipeline.cachingIn(cache != null ? cache : options.projectRoot().resolve(DEFAULT_CACHE));
        }
        BuildResult result;
        Progress progress = TerminalProgress.on(spec.commandLine().getErr());
        try {
            result = pipeline.reportingProgress(progress).run();
        } catch (UnsafeOutputException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            spec.commandLine().getErr().println("    hint: pass --out with a folder of its own, e.g. --out target/site");
            return Main.USAGE;
        }
        if (progress instanceof TerminalProgress terminal) {
            terminal.clear();
        }
        Report.problems(result, spec.commandLine().getErr());
        if (report != null) {
            BuildReport.write(report, "build", result);
        }
        if (!result.succeeded()) {
            spec.commandLine().getErr().println(Files.exists(options.output())
                    ? "Build failed; the previous site in " + shown(options.output()) + " was left as it was."
                    : "Build failed; nothing was written.");
            return Report.exitCode(result);
        }
        var out = spec.commandLine().getOut();
        out.print(Report.summary(result));
        out.println("Built " + Report.pages(result.pagesPerLanguage()) + ", " + result.filesWritten()
                + " files in " + Report.seconds(result.millis()) + " into " + shown(options.output()));
        if (options.baseUrl().isEmpty()) {
            out.println("Open " + shown(options.output().resolve("index.html")) + " in a browser.");
        }
        return Main.OK;
    }

    private static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
    }
}
