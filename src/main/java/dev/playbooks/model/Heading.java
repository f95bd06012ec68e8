package dev.playbooks.model;

/** A heading of a playbook: {@code id} is its anchor, {@code line} is 1-based in the file. */
public record Heading(int level, String id, String text, int line) {
}
