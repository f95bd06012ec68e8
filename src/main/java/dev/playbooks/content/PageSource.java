package dev.playbooks.content;

import dev.playbooks.model.FrontMatter;
import dev.playbooks.model.SourceFile;

/** A Markdown file read and split: checked front matter, and the body that starts at 1-based {@code bodyLine}. */
public record PageSource(SourceFile source, FrontMatter meta, String body, int bodyLine) {
}
