package dev.playbooks.model;

/**
 * An author's statement that a tag of one language and a tag of another are the same topic, as written in the first
 * language's UI strings file ({@code tagPairs: {en: {vertrouwen: trust}}} in {@code i18n/nl.yaml}). Each word keeps
 * its place, so a statement that points nowhere is reported where it was written.
 *
 * @param file          the UI strings file, as problems name it
 * @param tag           a tag of the file's language
 * @param otherLanguage the language code the pair is grouped under
 * @param otherTag      the tag of that language that is the same topic
 */
public record TagPair(String file, Written tag, Written otherLanguage, Written otherTag) {
    /** A word as the author wrote it, with its 1-based line and column. */
    public record Written(String text, int line, int column) {
    }
}
