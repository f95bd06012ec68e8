package dev.playbooks.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --project} option of the authoring commands ({@code new}, {@code translate}, {@code translations}). */
final class ProjectOption {
    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
            description = "The project folder (default: the current folder).")
    Path project;
}
