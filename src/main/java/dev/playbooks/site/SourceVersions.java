package dev.playbooks.site;

import dev.playbooks.model.FrontMatter;
import dev.playbooks.model.Language;
import dev.playbooks.model.SourceVersion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The current version of each playbook: a short SHA-256 of what a translator translates (title, summary, tags and
 * body). Front matter a translator leaves alone (weight, updated, draft, audience codes) is not part of it, nor is
 * trailing white space, so a translation goes stale only when its source's text changed. Worked out when a file is
 * read, so a site rebuilt after one edit hashes one file again, not all of them.
 */
public final class SourceVersions {
    private SourceVersions() {
    }

    public static SourceVersion of(Language language, FrontMatter meta, String body) {
        StringBuilder text = new StringBuilder();
        text.append(meta.title()).append('\0').append(meta.summary()).append('\0');
        text.append(String.join("\u001f", meta.tags())).append('\0');
        text.append(withoutTrailingSpace(body));
        return new SourceVersion(language, sha256(text.toString()).substring(0, SourceVersion.HASH_LENGTH));
    }

    /** Trailing spaces and blank lines at either end change no words, so they do not make a new version. */
    private static String withoutTrailingSpace(String body) {
        List<String> lines = body.lines().map(String::stripTrailing).toList();
        int first = 0;
        int last = lines.size();
        while (first < last && lines.get(first).isEmpty()) {
            first++;
        }
        while (last > first && lines.get(last - 1).isEmpty()) {
            last--;
        }
        return String.join("\n", lines.subList(first, last));
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
