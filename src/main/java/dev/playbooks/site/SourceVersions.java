package dev.playbooks.site;

import dev.playbooks.model.FrontMatter;
import dev.playbooks.model.Language;
import dev.playbooks.model.SourceVersion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    /**
     * Trailing spaces and blank lines at either end change no words, so they do not make a new version. Lines end
     * where {@link String#lines} ends them, and are joined with {@code \n}; one pass, as every file is hashed.
     */
    static String withoutTrailingSpace(String body) {
        StringBuilder text = new StringBuilder(body.length());
        int blanks = 0;
        int start = 0;
        while (start < body.length()) {
            int end = start;
            while (end < body.length() && body.charAt(end) != '\n' && body.charAt(end) != '\r') {
                end++;
            }
            int kept = end;
            while (kept > start && Character.isWhitespace(body.charAt(kept - 1))) {
                kept--;
            }
            if (kept == start) {
                blanks++;
            } else {
                if (text.length() > 0) {
                    text.append("\n".repeat(blanks + 1));
                }
                text.append(body, start, kept);
                blanks = 0;
            }
            boolean crlf = end + 1 < body.length() && body.charAt(end) == '\r' && body.charAt(end + 1) == '\n';
            start = end + (crlf ? 2 : 1);
        }
        return text.toString();
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
