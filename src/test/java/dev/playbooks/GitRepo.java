package dev.playbooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real git repository made by a test, with commits of known dates: the author date given with
 * {@code --date}, the committer date with {@code GIT_COMMITTER_DATE}, as a person would make them. Runs the real
 * {@code git}; the author's own configuration and hooks do not reach it.
 */
public final class GitRepo {
    private final Path folder;

    private GitRepo(Path folder) {
        this.folder = folder;
    }

    /** {@code git init} in {@code folder} (which may already hold files). */
    public static GitRepo init(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GitRepo repo = new GitRepo(folder);
        repo.git(null, "init", "-q");
        return repo;
    }

    public Path folder() {
        return folder;
    }

    /** Stages everything and commits it, written and committed at {@code date} (ISO 8601 with an offset). */
    public GitRepo commitAll(String message, String date) {
        return commitAll(message, date, date);
    }

    public GitRepo commitAll(String message, String authorDate, String committerDate) {
        git(null, "add", "-A");
        git(committerDate, "-c", "user.name=Author", "-c", "user.email=author@example.org", "commit", "-q",
                "--no-verify", "--date=" + authorDate, "-m", message);
        return this;
    }

    /** A clone of this repository holding only its newest {@code depth} commits, in {@code into}. */
    public GitRepo shallowClone(Path into, int depth) {
        git(null, "clone", "-q", "--depth", String.valueOf(depth), folder.toUri().toString(), into.toString());
        return new GitRepo(into);
    }

    /** Runs git in the repository and returns what it printed. */
    public String git(String committerDate, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.hooksPath=/dev/null",
                "-c", "init.defaultBranch=main", "-c", "commit.gpgSign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("GIT_"));
        environment.put("GIT_CONFIG_NOSYSTEM", "1");
        environment.put("GIT_CONFIG_GLOBAL", "/dev/null");
        if (committerDate != null) {
            environment.put("GIT_COMMITTER_DATE", committerDate);
        }
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("git " + String.join(" ", args) + " failed (" + exit + "): " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
