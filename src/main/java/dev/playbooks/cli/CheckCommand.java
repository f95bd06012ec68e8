package dev.playbooks.cli;

import dev.playbooks.pipeline.BuildResult;
import dev.playbooks.pipeline.Pipeline;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code playbooks check}: every check of a build, every template rendered, nothing written. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline and report every problem, without writing anything.")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Mixin
    SiteOptions site;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        BuildResult result = new Pipeline(site.toBuildOptions(false, null)).run();
        Report.problems(result, spec.commandLine().getErr());
        if (!result.succeeded()) {
            return Report.exitCode(result);
        }
        spec.commandLine().getOut().println("Checked " + Report.pages(result.pagesPerLanguage()) + " in "
                + Report.seconds(result.millis()) + ": no errors.");
        return Main.OK;
    }
}
