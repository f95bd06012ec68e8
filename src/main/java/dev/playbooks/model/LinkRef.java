package dev.playbooks.model;

/** A relative link an author wrote to another file, e.g. {@code trust.md#delegate}, at a 1-based place. */
public record LinkRef(String destination, int line, int column) {
}
