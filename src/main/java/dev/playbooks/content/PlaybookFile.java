package dev.playbooks.content;

import dev.playbooks.model.SourceVersion;
import dev.playbooks.text.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A new playbook file, written the way an author would write it: every front matter key on its own line
 * ({@code updated} as a comment, since the date of the file's last commit serves), text in double quotes (escaped so
 * that any title survives the round trip), then the Markdown body.
 */
public record PlaybookFile(String title, String summary, String translationKey, List<String> tags,
                           List<String> audience, LocalDate updated, int weight, boolean draft,
                           Optional<SourceVersion> translatedFrom, String body) {

    /** Words that need no quotes in a YAML flow list. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.-]*");

    public String text() {
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: ").append(quoted(title)).append('\n');
        text.append("summary: ").append(quoted(summary)).append('\n');
        text.append("translationKey: ").append(translationKey).append('\n');
        translatedFrom.ifPresent(version -> text.append("translatedFrom: ").append(version).append('\n'));
        text.append("tags: ").append(list(tags)).append('\n');
        text.append("audience: ").append(list(audience)).append('\n');
        // Left as a comment: without it the page shows the date of the file's last commit, which stays true.
        text.append("# updated: ").append(updated).append("   # a date here overrides the file's last commit\n");
        text.append("weight: ").append(weight).append('\n');
        text.append("draft: ").append(draft).append('\n');
        text.append("---\n\n").append(body.strip()).append('\n');
        return text.toString();
    }

    /**
     * Writes the file, which must not exist yet: an author's file is never overwritten.
     *
     * @throws FileAlreadyExistsException when it does
     */
    public void writeNew(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }

    private static String list(List<String> items) {
        return items.stream().map(item -> PLAIN.matcher(item).matches() && item.equals(item.strip())
                ? item : quoted(item)).collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * A YAML double-quoted scalar. YAML reads JSON's string escapes, and the JSON writer also escapes what YAML
     * would refuse or fold raw (C1 controls, U+0085); {@code <} stays readable for the author who edits the file.
     */
    static String quoted(String text) {
        return Json.READABLE.string(text);
    }
}
