package dev.playbooks.cli;

import dev.playbooks.pipeline.BuildOptions;
import dev.playbooks.pipeline.BuildResult;
import dev.playbooks.serve.LivePreview;
import dev.playbooks.output.UnsafeOutputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code playbooks serve}: a live preview that rebuilds what changed and reloads the browser. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site into target/serve, serve it on 127.0.0.1, and rebuild and reload the "
                + "browser whenever content/, templates/ or i18n/ change. Stop with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Mixin
    SiteOptions site;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the preview is written (default: target/serve in the project, so it never "
                    + "replaces the site a build wrote).")
    Path output;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Listen on this address instead of 127.0.0.1, e.g. 0.0.0.0 to let other machines in. "
                    + "Anyone who can reach it can read the site, drafts included.")
    String bind;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        BuildOptions options = site.toBuildOptions(true, output);
        if (output == null) {
            options = options.withOutput(options.projectRoot().resolve("target/serve"));
        }
        InetAddress address = address();
        LivePreview preview;
        try {
            preview = LivePreview.start(options, address, port, result -> report(result, out, err));
        } catch (UnsafeOutputException e) {
            err.println("error: " + e.getMessage());
            err.println("    hint: pass --out with a folder of its own, e.g. --out target/serve");
            return Main.USAGE;
        } catch (java.net.BindException e) {
            err.println("error: cannot listen on " + address.getHostAddress() + ":" + port + ": " + e.getMessage());
            err.println("    hint: another program uses the port; pass --port with another number, or --port 0");
            return Main.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            out.println("Stopped.");
            out.flush();
            stopped.countDown();
        }, "playbooks-serve-stop"));
        if (!address.isLoopbackAddress()) {
            err.println("warning: listening on " + address.getHostAddress()
                    + ": other machines that can reach it can read the site");
        }
        out.println("Serving " + Report.shown(options.output()) + " at " + preview.address()
                + " (press Ctrl-C to stop)");
        out.flush();
        stopped.await();
        return Main.OK;
    }

    private InetAddress address() {
        if (bind == null) {
            return InetAddress.getLoopbackAddress();
        }
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--bind must be an address of this machine, such as 127.0.0.1 or 0.0.0.0, not '" + bind + "'");
        }
    }

    private static void report(BuildResult result, PrintWriter out, PrintWriter err) {
        Report.problems(result, err);
        if (result.succeeded()) {
            out.println("Built " + Report.pages(result.pagesPerLanguage()) + " in " + result.millis() + " ms ("
                    + result.filesWritten() + (result.filesWritten() == 1 ? " file" : " files") + " written)");
        } else {
            err.println("Build failed: the browser shows the problems until they are fixed.");
        }
        out.flush();
        err.flush();
    }
}
