package dev.playbooks.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** The command line run as a terminal runs it, on a project, with what it printed kept for the test to read. */
final class Console {
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** Runs {@code args} with {@code --project project} added, and returns the exit code. */
    int run(Path project, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] withProject = new String[args.length + 2];
        System.arraycopy(args, 0, withProject, 0, args.length);
        withProject[args.length] = "--project";
        withProject[args.length + 1] = project.toString();
        return Main.run(withProject, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** What the last run printed to standard output. */
    String out() {
        return out.toString();
    }

    /** What the last run printed to standard error. */
    String err() {
        return err.toString();
    }
}
