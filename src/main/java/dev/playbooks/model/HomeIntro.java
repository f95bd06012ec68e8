package dev.playbooks.model;

/**
 * A language's home introduction, {@code content/<lang>/_index.md}: its heading and summary in front matter, a body
 * whose links are checked and rewritten like a playbook's, and the outline of that body.
 */
public record HomeIntro(SourceFile source, FrontMatter meta, String body, int bodyLine, Outline outline) {
}
