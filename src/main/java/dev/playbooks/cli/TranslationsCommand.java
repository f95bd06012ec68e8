package dev.playbooks.cli;

import dev.playbooks.authoring.Acceptance;
import dev.playbooks.authoring.Scaffolding;
import dev.playbooks.authoring.TranslationReport;
import dev.playbooks.text.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code playbooks translations}: where each language's translations stand. */
@Command(name = "translations", mixinStandardHelpOptions = true,
        description = "Report per language which playbooks are translated, stale or missing, which UI strings are "
                + "missing, and where a translation's checklist differs in length from its source's; show what "
                + "changed in the source of a stale translation (--diff), or record that a translation is up to "
                + "date (--accept).")
final class TranslationsCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print the report as JSON, for CI.")
    boolean json;

    @Option(names = "--diff", arity = "0..1", paramLabel = "SLUG", fallbackValue = "",
            description = "Show, for each stale translation (of SLUG only, if given), what changed in its source "
                    + "since the version it records, section by section, from the source's git history.")
    String diff;

    @Option(names = "--accept", paramLabel = "SLUG",
            description = "Record that the translation of SLUG named by --to is up to date with its source as it "
                    + "is now (rewrites its translatedFrom line, nothing else).")
    String accept;

    @Option(names = "--to", paramLabel = "LANG", description = "With --accept: the language of the translation.")
    String to;

    @CommandLine.Mixin
    ProjectOption projectOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path root = projectOption.project.toAbsolutePath().normalize();
        if (accept != null || to != null) {
            return accept(root);
        }
        TranslationReport report;
        try {
            report = diff == null ? TranslationReport.of(root)
                    : TranslationReport.withChanges(root, diff.isEmpty() ? Optional.empty() : Optional.of(diff));
        } catch (Scaffolding.Refusal refusal) {
            return Scaffold.refused(refusal, spec);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        report.problems().forEach(problem -> err.println(problem.format()));
        if (!report.problems().isEmpty()) {
            err.println("These files are left out of the report until their problems are fixed.");
        }
        if (json) {
            out.print(Json.READABLE.pretty(asJson(report)));
            out.flush();
        } else if (diff != null) {
            SourceChangesText.print(report, out);
        } else {
            report.languages().forEach(language -> text(language, out));
        }
        return report.problems().isEmpty() ? Main.OK : Main.CONTENT_PROBLEMS;
    }

    private int accept(Path root) throws IOException {
        if (accept == null || to == null || diff != null || json) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--accept SLUG and --to LANG go together, without --diff or --json");
        }
        try {
            Acceptance.Accepted accepted = Acceptance.accept(root, accept, to);
            PrintWriter out = spec.commandLine().getOut();
            if (!accepted.changed()) {
                out.println(accepted.file() + " already records " + accepted.now() + ", the current version of "
                        + accepted.source() + ": nothing changed.");
            } else {
                out.println(accepted.file() + ":" + accepted.line() + ": " + accepted.was()
                        .map(was -> "translatedFrom: " + was + " -> " + accepted.now())
                        .orElse("added translatedFrom: " + accepted.now())
                        + " (" + accepted.source() + " as it is now)");
                out.println("The translation counts as up to date: its page no longer tells readers that the original "
                        + "has changed.");
            }
            return Main.OK;
        } catch (Scaffolding.Refusal refusal) {
            return Scaffold.refused(refusal, spec);
        }
    }

    private static void text(TranslationReport.LanguageStatus language, PrintWriter out) {
        out.println(language.code() + " (" + language.name() + "): " + count(language.playbooks(), "playbook") + ", "
                + count(language.originals().size(), "original") + ", "
                + count(language.translations(), "translation") + " (" + language.upToDate().size()
                + " up to date, " + language.stale().size() + " stale, " + language.untracked().size()
                + " not tracked), " + language.missing().size() + " missing");
        for (TranslationReport.Version stale : language.stale()) {
            out.println("  stale        " + stale.file() + draft(stale) + ": " + stale.source() + " changed since "
                    + stale.recorded() + " (now " + stale.current() + ")");
        }
        for (TranslationReport.Version untracked : language.untracked()) {
            out.println("  not tracked  " + untracked.file() + draft(untracked) + ": translation of "
                    + untracked.source() + "; once it matches, add translatedFrom: " + untracked.current());
        }
        for (TranslationReport.Version orphaned : language.orphaned()) {
            out.println("  no source    " + orphaned.file() + draft(orphaned) + ": translatedFrom "
                    + orphaned.recorded() + " names no playbook with translationKey '" + orphaned.translationKey()
                    + "'");
        }
        for (TranslationReport.Missing missing : language.missing()) {
            out.println("  missing      " + missing.translationKey() + ": " + missing.source() + " \""
                    + missing.title() + "\"");
        }
        for (TranslationReport.ChecklistMismatch mismatch : language.checklistMismatches()) {
            out.println("  checklist    " + mismatch.file() + " has " + count(mismatch.items(), "item") + ", "
                    + mismatch.source() + " has " + mismatch.sourceItems());
        }
        if (!language.uiStringsMissing().isEmpty()) {
            out.println("  UI strings   missing: " + String.join(", ", language.uiStringsMissing()));
        }
    }

    private static String draft(TranslationReport.Version version) {
        return version.draft() ? " (draft)" : "";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static Map<String, Object> asJson(TranslationReport report) {
        Map<String, Object> languages = new LinkedHashMap<>();
        for (TranslationReport.LanguageStatus language : report.languages()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", language.name());
            json.put("playbooks", language.playbooks());
            json.put("originals", versions(language.originals()));
            json.put("upToDate", versions(language.upToDate()));
            json.put("stale", versions(language.stale()));
            json.put("untracked", versions(language.untracked()));
            json.put("orphaned", versions(language.orphaned()));
            json.put("missing", language.missing().stream().map(missing -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("translationKey", missing.translationKey());
                entry.put("source", missing.source());
                entry.put("title", missing.title());
                return entry;
            }).toList());
            json.put("uiStringsMissing", language.uiStringsMissing());
            json.put("checklistMismatches", language.checklistMismatches().stream().map(mismatch -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("file", mismatch.file());
                entry.put("items", mismatch.items());
                entry.put("source", mismatch.source());
                entry.put("sourceItems", mismatch.sourceItems());
                return entry;
            }).toList());
            languages.put(language.code(), json);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("languages", languages);
        json.put("problems", report.problems().stream().map(BuildReport::problem).toList());
        return json;
    }

    private static List<Map<String, Object>> versions(List<TranslationReport.Version> versions) {
        return versions.stream().map(version -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", version.file());
            entry.put("translationKey", version.translationKey());
            entry.put("draft", version.draft());
            if (!version.source().isEmpty()) {
                entry.put("source", version.source());
            }
            if (!version.recorded().isEmpty()) {
                entry.put("recorded", version.recorded());
            }
            if (!version.current().isEmpty()) {
                entry.put("current", version.current());
            }
            version.changes().ifPresent(changes -> entry.put("changes", SourceChangesText.json(changes)));
            return entry;
        }).toList();
    }
}
