package dev.playbooks.cli;

import dev.playbooks.authoring.Scaffolding;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code playbooks new en trust-at-work}: a new playbook to fill in, never over an existing file. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write content/<lang>/<slug>.md: a draft playbook with complete front matter and a checklist "
                + "to fill in. An existing file is never overwritten.")
final class NewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "LANG", description = "The language, e.g. en or nl.")
    String language;

    @Parameters(index = "1", paramLabel = "SLUG",
            description = "The file name without .md, which is also the page's URL, e.g. trust-at-work.")
    String slug;

    @CommandLine.Mixin
    ProjectOption projectOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try {
            Scaffolding.Written written = new Scaffolding(projectOption.project, LocalDate.now())
                    .newPlaybook(language, slug);
            var out = spec.commandLine().getOut();
            out.println("Wrote " + written.file() + " (a draft: it is published once you remove 'draft: true').");
            out.println("Preview it with: playbooks serve --drafts");
            return Main.OK;
        } catch (Scaffolding.Refusal refusal) {
            return Scaffold.refused(refusal, spec);
        }
    }
}
