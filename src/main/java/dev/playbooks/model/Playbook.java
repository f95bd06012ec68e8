package dev.playbooks.model;

/**
 * A loaded playbook: its file, its checked front matter, its Markdown body and the version of its translatable text.
 *
 * @param bodyLine the 1-based line in the file where the body starts
 */
public record Playbook(SourceFile source, FrontMatter meta, String body, int bodyLine, Outline outline,
                       SourceVersion version) {
    public Language language() {
        return source.language();
    }

    public String slug() {
        return source.slug();
    }
}
