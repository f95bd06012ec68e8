package dev.playbooks.model;

/** One UI string as an author wrote it in {@code i18n/<lang>.yaml}: an ICU MessageFormat pattern and its place. */
public record UiString(String key, String pattern, String file, int line, int column) {
}
