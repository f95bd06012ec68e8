package dev.playbooks.cli;

import dev.playbooks.authoring.Scaffolding;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code playbooks translate trust --to nl}: a translation to start from, recording its source's version. */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "Start a translation of a playbook: a draft copy in the other language with the same "
                + "translationKey and 'translatedFrom' set to the source's current version. An existing file is "
                + "never overwritten.")
final class TranslateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SLUG", description = "The playbook to translate: its file name without .md.")
    String slug;

    @Option(names = "--to", paramLabel = "LANG", required = true, description = "The language to translate into.")
    String to;

    @Option(names = "--from", paramLabel = "LANG",
            description = "The source's language, when more than one language has a file of that name.")
    String from;

    @Option(names = "--as", paramLabel = "SLUG",
            description = "The translation's own file name and URL (default: the source's), e.g. vertrouwen.")
    String as;

    @CommandLine.Mixin
    ProjectOption projectOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try {
            Scaffolding.Written written = new Scaffolding(projectOption.project, LocalDate.now())
                    .translate(slug, Optional.ofNullable(from), to, Optional.ofNullable(as));
            var out = spec.commandLine().getOut();
            out.println("Wrote " + written.file() + ", a draft translation of " + written.source().orElseThrow()
                    + " as it is now (" + written.from().orElseThrow() + ").");
            out.println("Translate the text, then remove 'draft: true' to publish it.");
            return Main.OK;
        } catch (Scaffolding.Refusal refusal) {
            return Scaffold.refused(refusal, spec);
        }
    }
}
