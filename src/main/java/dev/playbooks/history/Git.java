package dev.playbooks.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the {@code git} program in a folder. Every command reads only, and is made independent of the user's
 * configuration where that would change what we parse (quoted paths, signatures, colours, a pager), and of git's
 * environment variables that would point it at another repository than the folder's.
 */
final class Git {
    /** The program on the {@code PATH}, as an author would run it. */
    static final Git ON_PATH = new Git("git");

    /** Variables that make git read another repository or index than the one the folder is in. */
    private static final List<String> REDIRECTING = List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
            "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_COMMON_DIR", "GIT_NAMESPACE");

    private final String program;

    Git(String program) {
        this.program = program;
    }

    /** Git could not be started at all: it is not installed, or not on the {@code PATH}. */
    static final class Missing extends IOException {
        private static final long serialVersionUID = 1L;

        Missing(String program, IOException cause) {
            super("git is not installed (no '" + program + "' program on the PATH)", cause);
        }
    }

    /** What a finished command printed. */
    record Result(int exit, byte[] out, String err) {
        boolean ok() {
            return exit == 0;
        }

        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }

        /** Git's own first line of complaint, without its {@code fatal: } prefix. */
        String complaint() {
            String first = err.strip().lines().findFirst().orElse("git exited with " + exit);
            return first.startsWith("fatal: ") ? first.substring("fatal: ".length()) : first;
        }
    }

    /** Runs a command to its end and keeps its output, for commands whose output is small. */
    Result run(Path folder, String... args) throws IOException {
        Process process = start(folder, args);
        byte[] out;
        try (InputStream stdout = process.getInputStream()) {
            out = stdout.readAllBytes();
        }
        String err = errors(process);
        return new Result(finish(process), out, err);
    }

    /**
     * Starts a command whose output the caller streams. Its errors are read only once its output is: git writes
     * at most a few lines there, far less than a pipe holds, so it never waits on them.
     */
    Process start(Path folder, String... args) throws IOException {
        if (!Files.isDirectory(folder)) {
            // Checked here, as a process that cannot start in its folder fails as if git were missing.
            throw new IOException(folder + " is not a folder");
        }
        List<String> command = new ArrayList<>(List.of(program, "--no-pager", "-c", "core.quotePath=false",
                "-c", "log.showSignature=false", "-c", "color.ui=false", "-c", "log.follow=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        Map<String, String> environment = builder.environment();
        REDIRECTING.forEach(environment::remove);
        // Messages in English, so "not a git repository" can be told from other failures; no prompts, no locks.
        environment.put("LC_ALL", "C");
        environment.put("LANGUAGE", "C");
        environment.put("GIT_TERMINAL_PROMPT", "0");
        environment.put("GIT_OPTIONAL_LOCKS", "0");
        try {
            return builder.start();
        } catch (IOException e) {
            throw new Missing(program, e);
        }
    }

    static int finish(Process process) throws IOException {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for git", e);
        }
    }

    static String errors(Process process) throws IOException {
        try (InputStream stderr = process.getErrorStream()) {
            return new String(stderr.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
