package dev.playbooks.cli;

import dev.playbooks.output.PreviousSites;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code playbooks} command. Exit codes: 0 built, 1 content problems, 2 usage error, 3 internal fault. */
@Command(name = "playbooks", mixinStandardHelpOptions = true, version = "playbooks 0.1.0",
        description = "Builds a multilingual site of playbooks from content/, templates/ and i18n/.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class,
            TranslateCommand.class, TranslationsCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:built (or checked) without errors", "1:problems in the content, templates or UI strings",
                "2:usage error (unknown option, unsafe --out, bad --base-url)", "3:internal fault (a bug: please report it)"})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int CONTENT_PROBLEMS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    /**
     * How long a finished command waits for the previous site's removal before it exits anyway: far longer than
     * removing any site takes, so only a hung disk reaches it. Exiting earlier is safe, just untidy.
     */
    private static final Duration REMOVAL_LIMIT = Duration.ofMinutes(10);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        int exitCode = run(args, new PrintWriter(System.out, true), err);
        finishRemovals(err);
        System.exit(exitCode);
    }

    /**
     * A big previous site is removed on a thread of its own, so the command reports as soon as the new site is in
     * place; {@code System.exit} would stop that thread halfway, so what is still being removed is handed to a
     * process of its own that finishes it (or, where none can be started, waited for). A removal that failed is a
     * warning, not a failed build: the site is complete, and the next build removes the leftover.
     */
    private static void finishRemovals(PrintWriter err) {
        PreviousSites.finishApart(REMOVAL_LIMIT).forEach(problem -> err.println("warning: " + problem));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = new PrintWriter(new TerminalWriter(rawOut), true);
        PrintWriter err = new PrintWriter(new TerminalWriter(rawErr), true);
        try {
            return run(args, out, err, new CommandLine(new Main()));
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine commandLine) {
        // Plain help: colours would be ANSI escapes, which the terminal writer shows as text.
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setUsageHelpAutoWidth(true);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println("error: " + UsageErrors.message(exception));
            err.println("    hint: " + UsageErrors.hint(exception));
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            err.println("internal error: " + exception);
            exception.printStackTrace(err);
            err.println("This is a bug in playbooks, not in your content: please report it with the lines above.");
            return INTERNAL;
        });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("error: the build needs more memory than the Java VM may use ("
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB); nothing was written");
            err.println("    hint: allow more, e.g. PLAYBOOKS_JAVA_OPTS=-Xmx4g ./playbooks "
                    + String.join(" ", args));
            return INTERNAL;
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: build, check, serve, new, translate or translations");
    }
}
