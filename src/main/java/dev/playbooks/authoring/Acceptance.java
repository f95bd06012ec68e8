package dev.playbooks.authoring;

import dev.playbooks.content.ProjectLayout;
import dev.playbooks.model.Language;
import dev.playbooks.model.Playbook;
import dev.playbooks.model.SourceVersion;
import dev.playbooks.site.Freshness;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code translations --accept}: records that a translation is up to date with its source as it is now, for a
 * change in the source that needs no new translation (a typo, a comma, a link). It rewrites the value of the
 * translation's {@code translatedFrom:} line and nothing else, byte for byte: quotes, a comment, the line ends and
 * every other line stay as they were. A translation that records no source yet gets the line, before the front
 * matter's closing fence.
 */
public final class Acceptance {
    /** {@code translatedFrom:}, its value (perhaps quoted), and whatever follows (spaces, a comment, a CR). */
    private static final Pattern LINE = Pattern.compile("(translatedFrom:[ \\t]*)(\"|'|)([^\"'\\s#]*)\\2(.*)",
            Pattern.DOTALL);

    private Acceptance() {
    }

    /**
     * What was done.
     *
     * @param was      the version the translation recorded before; empty when it recorded none
     * @param now      the version it records now: its source's current version
     * @param line     the 1-based line of {@code translatedFrom:} in the file
     * @param changed  false when the translation already recorded that version, and the file was left alone
     */
    public record Accepted(String file, String source, Optional<SourceVersion> was, SourceVersion now, int line,
                           boolean changed) {
    }

    /** Marks the version of {@code name} in {@code languageCode} as translated from its source's current version. */
    public static Accepted accept(Path projectRoot, String name, String languageCode)
            throws Scaffolding.Refusal, IOException {
        Translations translations = Translations.read(ProjectLayout.at(projectRoot));
        Language language = new Language(languageCode);
        if (!translations.tree().languages().contains(language)) {
            throw new Scaffolding.Refusal("there is no language '" + languageCode + "'",
                    "use one of " + translations.tree().languages().stream().map(Language::code).toList());
        }
        Playbook translation = translations.version(name, language).orElseThrow(() -> missing(translations, name,
                languageCode));
        Freshness.Status status = translations.freshness().of(translation);
        String file = translation.source().display();
        if (status.state() == Freshness.State.ORPHANED) {
            throw new Scaffolding.Refusal(file + " records translatedFrom: " + status.recorded().orElseThrow()
                    + ", but there is no version of it in that language", "fix translatedFrom first ('playbooks check' "
                    + "says what is wrong)");
        }
        if (status.source().isEmpty()) {
            throw new Scaffolding.Refusal(file + " is the source its translations are made from: there is nothing "
                    + "to accept", "name the language of a translation with --to");
        }
        SourceVersion now = status.current().orElseThrow();
        String source = status.source().get().source().display();
        if (status.recorded().equals(Optional.of(now))) {
            return new Accepted(file, source, status.recorded(), now, translation.meta().lineOf("translatedFrom"),
                    false);
        }
        int line = rewrite(translation.source().path(), now);
        return new Accepted(file, source, status.recorded(), now, line, true);
    }

    private static Scaffolding.Refusal missing(Translations translations, String name, String language) {
        if (translations.names(name)) {
            return new Scaffolding.Refusal("'" + name + "' has no version in '" + language + "' yet",
                    "start one with 'playbooks translate " + name + " --to " + language + "'");
        }
        return translations.unknown(name);
    }

    /** Sets {@code translatedFrom} in the file's front matter; returns its line. */
    private static int rewrite(Path path, SourceVersion version) throws IOException, Scaffolding.Refusal {
        String text = decode(Files.readAllBytes(path));
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int lineNumber = 1;
        int closing = -1;
        for (int at = start; at < text.length(); lineNumber++) {
            int end = text.indexOf('\n', at);
            int next = end < 0 ? text.length() : end + 1;
            String line = text.substring(at, end < 0 ? text.length() : end);
            String content = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (lineNumber > 1 && (content.stripTrailing().equals("---") || content.stripTrailing().equals("..."))) {
                closing = at;
                break;
            }
            Matcher value = LINE.matcher(line);
            if (lineNumber > 1 && value.matches()) {
                String replaced = value.group(1) + value.group(2) + version + value.group(2) + value.group(4);
                write(path, text.substring(0, at) + replaced + text.substring(at + line.length()));
                return lineNumber;
            }
            at = next;
        }
        if (closing < 0) {
            throw new Scaffolding.Refusal(path.getFileName() + " has no front matter to record the version in",
                    "run 'playbooks check' and fix the file first");
        }
        String lineEnd = text.substring(start, text.indexOf('\n', start) + 1).endsWith("\r\n") ? "\r\n" : "\n";
        write(path, text.substring(0, closing) + "translatedFrom: " + version + lineEnd + text.substring(closing));
        return lineNumber;
    }

    private static String decode(byte[] bytes) throws Scaffolding.Refusal {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Scaffolding.Refusal("the file is not valid UTF-8 text", "save it as UTF-8 in your editor");
        }
    }

    private static void write(Path path, String text) throws IOException {
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
