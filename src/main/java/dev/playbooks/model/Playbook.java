package dev.playbooks.model;

/**
 * A loaded playbook: its file, its checked front matter, and its Markdown body.
 *
 * @param bodyLine the 1-based line in the file where the body starts
 */
public record Playbook(SourceFile source, FrontMatter meta, String body, int bodyLine, Outline outline) {
    public Language language() {
        return source.language();
    }

    public String slug() {
        return source.slug();
    }
}
