package dev.playbooks.cli;

import dev.playbooks.authoring.SourceChanges;
import dev.playbooks.authoring.TranslationReport;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code translations --diff}: what changed in the source of each stale translation, for people and as JSON. */
final class SourceChangesText {
    private SourceChangesText() {
    }

    /** Prints each stale translation whose changes were looked up; says so when there is none. */
    static void print(TranslationReport report, PrintWriter out) {
        int shown = 0;
        for (TranslationReport.LanguageStatus language : report.languages()) {
            for (TranslationReport.Version stale : language.stale()) {
                if (stale.changes().isPresent()) {
                    if (shown++ > 0) {
                        out.println();
                    }
                    print(language.code(), stale, stale.changes().get(), out);
                }
            }
        }
        if (shown == 0) {
            out.println("No stale translations: every translation records its source's current version.");
        }
    }

    private static void print(String language, TranslationReport.Version stale, SourceChanges changes,
                              PrintWriter out) {
        out.println(stale.file() + " is stale: " + stale.source() + " has changed since " + stale.recorded()
                + " (now " + stale.current() + ").");
        if (!changes.available()) {
            out.println("  What changed cannot be shown: " + changes.unavailable().get() + ".");
            out.println("  Compare the translation with " + stale.source() + " as it is now.");
            return;
        }
        SourceChanges.Commit since = changes.since().orElseThrow();
        out.println("  " + stale.recorded() + " is the text of commit " + since.shortCommit() + " (" + since.date()
                + ", \"" + since.subject() + "\")" + (changes.after().isEmpty() && !changes.uncommitted() ? "."
                : "; changed since by:"));
        for (SourceChanges.Commit commit : changes.after()) {
            out.println("    " + commit.shortCommit() + " " + commit.date() + " " + commit.subject());
        }
        if (changes.uncommitted()) {
            out.println("    changes not committed yet");
        }
        if (changes.sections().isEmpty()) {
            out.println("  Only blank lines changed.");
        }
        for (SourceChanges.Section section : changes.sections()) {
            out.println("  " + section.name());
            for (SourceChanges.Hunk hunk : section.hunks()) {
                out.println("    " + stale.source() + ":" + hunk.line());
                if (!hunk.words().isEmpty()) {
                    hunk.words().forEach(line -> out.println("      ~ " + line));
                } else {
                    hunk.removed().forEach(line -> out.println("      - " + line));
                    hunk.added().forEach(line -> out.println("      + " + line));
                }
            }
        }
        String slug = stale.file().substring(stale.file().lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        out.println("  Once the translation says the same (or if none of this needs translating): "
                + "playbooks translations --accept " + slug + " --to " + language);
    }

    /** The same for {@code --json}: under each stale translation, its {@code changes}. */
    static Map<String, Object> json(SourceChanges changes) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("available", changes.available());
        changes.unavailable().ifPresent(reason -> json.put("reason", reason));
        changes.since().ifPresent(since -> json.put("since", commit(since)));
        if (changes.available()) {
            json.put("commitsSince", changes.after().stream().map(SourceChangesText::commit).toList());
            json.put("uncommitted", changes.uncommitted());
            json.put("sections", changes.sections().stream().map(section -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("section", section.name());
                entry.put("hunks", section.hunks().stream().map(SourceChangesText::hunk).toList());
                return entry;
            }).toList());
        }
        return json;
    }

    private static Map<String, Object> commit(SourceChanges.Commit commit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("commit", commit.commit());
        json.put("date", commit.date().toString());
        json.put("subject", commit.subject());
        return json;
    }

    private static Map<String, Object> hunk(SourceChanges.Hunk hunk) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("line", hunk.line());
        json.put("removed", hunk.removed());
        json.put("added", hunk.added());
        if (!hunk.words().isEmpty()) {
            json.put("words", hunk.words());
        }
        return json;
    }
}
