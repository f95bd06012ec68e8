package dev.playbooks.cli;

import dev.playbooks.authoring.Scaffolding;
import picocli.CommandLine;

/** How {@code new} and {@code translate} say no: what is wrong and how to put it right, exit code 2. */
final class Scaffold {
    private Scaffold() {
    }

    static int refused(Scaffolding.Refusal refusal, CommandLine.Model.CommandSpec spec) {
        spec.commandLine().getErr().println("error: " + refusal.getMessage());
        spec.commandLine().getErr().println("    hint: " + refusal.hint());
        return Main.USAGE;
    }
}
