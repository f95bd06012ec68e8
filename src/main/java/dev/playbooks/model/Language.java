package dev.playbooks.model;

/** A language of the site, named by its folder under {@code content/} (a BCP 47 tag such as {@code nl}). */
public record Language(String code) implements Comparable<Language> {
    @Override
    public int compareTo(Language other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
