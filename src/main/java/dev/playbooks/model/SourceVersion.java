package dev.playbooks.model;

/**
 * A version of a playbook's translatable content, written {@code en@3f2a9c1d}: the language of the version and a
 * short hash of its title, summary, tags and body. A translation records the version of its source it was written
 * from; when the source's current version differs, the translation is stale. A hash rather than a date, because
 * git does not keep file dates and two people's clocks do not agree.
 */
public record SourceVersion(Language language, String hash) {
    /** Hex digits of the hash that are kept: enough that two versions of one file never share them by chance. */
    public static final int HASH_LENGTH = 8;

    @Override
    public String toString() {
        return language.code() + "@" + hash;
    }
}
