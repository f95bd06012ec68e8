package dev.playbooks.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The git repository a folder is in, found with one {@code git rev-parse}; or, in plain words, why there is none to
 * read. It also knows the files whose change means that the history may have moved (a commit, a checkout, a reset,
 * a fetch that deepens a shallow clone), so that a long-running preview can tell, without running git, whether what
 * it read from the history still holds.
 */
final class Repository {
    /** What git itself says when a folder is in no repository (its messages are in English: see {@link Git}). */
    private static final String NOT_A_REPOSITORY = "not a git repository";

    private final Optional<String> unavailable;
    private final Path top;
    private final Set<String> shallowCommits;
    private final List<Path> stateFiles;
    private final List<Object> state;

    private Repository(Optional<String> unavailable, Path top, Set<String> shallowCommits, List<Path> stateFiles) {
        this.unavailable = unavailable;
        this.top = top;
        this.shallowCommits = shallowCommits;
        this.stateFiles = stateFiles;
        this.state = stateOf(stateFiles);
    }

    static Repository none(String why) {
        return new Repository(Optional.of(why), null, Set.of(), List.of());
    }

    static Repository of(Git git, Path folder) {
        Git.Result found;
        try {
            found = git.run(folder, "rev-parse", "--show-toplevel", "--git-path", "HEAD", "--git-path", "logs/HEAD",
                    "--git-path", "shallow");
        } catch (IOException e) {
            return none(e.getMessage());
        }
        if (!found.ok()) {
            return none(found.err().contains(NOT_A_REPOSITORY) ? "the project is not in a git repository"
                    : "git cannot read the repository: " + found.complaint());
        }
        List<String> lines = found.text().lines().toList();
        if (lines.size() < 4) {
            return none("git answered 'rev-parse' in a way this version of playbooks does not understand");
        }
        // --git-path answers relative to the folder git ran in, unless the repository is elsewhere.
        List<Path> stateFiles = new ArrayList<>();
        for (String line : lines.subList(1, 4)) {
            stateFiles.add(folder.resolve(line).normalize());
        }
        Path shallowFile = stateFiles.get(2);
        Set<String> shallow = Set.of();
        if (Files.isRegularFile(shallowFile)) {
            try {
                shallow = Set.copyOf(Files.readAllLines(shallowFile).stream().map(String::strip)
                        .filter(line -> !line.isEmpty()).toList());
            } catch (IOException e) {
                return none("cannot read which commits this shallow clone starts from: " + e.getMessage());
            }
        }
        return new Repository(Optional.empty(), Path.of(lines.get(0)), shallow, stateFiles);
    }

    /** Why the history cannot be read, or empty when it can. */
    Optional<String> unavailable() {
        return unavailable;
    }

    /** The work tree's top folder, as git names it (symbolic links resolved). */
    Path top() {
        return top;
    }

    /** Whether the clone holds only part of the history (it was cloned or fetched with a depth). */
    boolean shallow() {
        return !shallowCommits.isEmpty();
    }

    /** A commit where this shallow clone's history is cut: git shows it as adding every file it holds. */
    boolean isCut(String commit) {
        return shallowCommits.contains(commit);
    }

    /**
     * Whether HEAD, its log and the shallow list are as they were when this was read: a commit appends to HEAD's
     * log, a checkout rewrites HEAD, deepening a clone rewrites or removes the list. Without a repository, nothing
     * that could be read has changed.
     */
    boolean unchanged() {
        return state.equals(stateOf(stateFiles));
    }

    private static List<Object> stateOf(List<Path> files) {
        List<Object> state = new ArrayList<>();
        for (Path file : files) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                state.add(List.of(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey() == null
                        ? "" : attributes.fileKey()));
            } catch (IOException e) {
                state.add("absent");
            }
        }
        return state;
    }
}
