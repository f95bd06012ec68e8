package dev.playbooks.site;

import dev.playbooks.model.SourceFile;
import java.nio.file.Path;

/**
 * A relative link as the site reads it: the file it names (relative to the linking file; empty for an anchor on
 * the same page) and the heading anchor, if any. A query ({@code ?x}) is ignored: files are not parameterised.
 */
public record LinkTarget(String path, String fragment) {
    public static LinkTarget of(String destination) {
        int hash = destination.indexOf('#');
        String beforeHash = hash < 0 ? destination : destination.substring(0, hash);
        int query = beforeHash.indexOf('?');
        return new LinkTarget(query < 0 ? beforeHash : beforeHash.substring(0, query),
                hash < 0 ? "" : destination.substring(hash + 1));
    }

    public boolean isSamePage() {
        return path.isEmpty();
    }

    /** The file the link names, written in the linking file {@code from}, in the form source files are compared in. */
    public Path file(Path from) {
        return isSamePage() ? SourceFile.key(from) : SourceFile.key(from.getParent().resolve(path));
    }

    /** The anchor with its {@code #}, or nothing. */
    public String anchor() {
        return fragment.isEmpty() ? "" : "#" + fragment;
    }
}
