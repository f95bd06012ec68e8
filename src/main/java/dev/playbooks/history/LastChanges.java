package dev.playbooks.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The date of the last commit that changed each file of a folder, read with one {@code git log} over the whole
 * folder, whatever the number of files: the author date (when the change was written, which a rebase or a
 * cherry-pick keeps), as the calendar day where its author was, as the commit records it. The same commit
 * therefore gives the same dates on every machine, in every time zone. Changes not committed yet do not count: a
 * file is dated by its last commit, and a file never committed has no date.
 */
public final class LastChanges {
    /** Marks the start of a commit in the log, before its hash and date; no path starts with it. */
    private static final int COMMIT = 0x01;

    private final Repository repository;
    private final Map<String, LocalDate> dates;
    /** Files whose newest commit in a shallow clone is where its history is cut: their last change may be older. */
    private final Set<String> beforeTheCut;

    private LastChanges(Repository repository, Map<String, LocalDate> dates, Set<String> beforeTheCut) {
        this.repository = repository;
        this.dates = dates;
        this.beforeTheCut = beforeTheCut;
    }

    /** Reads the history of everything under {@code folder}. Never fails: what it cannot read, it says why. */
    public static LastChanges read(Path folder) {
        return read(Git.ON_PATH, folder);
    }

    static LastChanges read(Git git, Path folder) {
        Repository repository = Repository.of(git, folder);
        if (repository.unavailable().isPresent()) {
            return new LastChanges(repository, Map.of(), Set.of());
        }
        Map<String, LocalDate> dates = new HashMap<>();
        Set<String> beforeTheCut = new HashSet<>();
        try {
            Process log = git.start(folder, "log", "-z", "--relative", "--no-renames", "--name-only",
                    "--format=%x01%H %aI", "--", ".");
            try (InputStream out = log.getInputStream()) {
                parse(out, repository, dates, beforeTheCut);
            }
            String errors = Git.errors(log);
            int exit = Git.finish(log);
            if (exit != 0) {
                return failed(git, folder, repository, new Git.Result(exit, new byte[0], errors));
            }
        } catch (IOException e) {
            return new LastChanges(Repository.none("git's history could not be read: " + e.getMessage()), Map.of(),
                    Set.of());
        }
        return new LastChanges(repository, Map.copyOf(dates), Set.copyOf(beforeTheCut));
    }

    /**
     * The log is {@code \1<hash> <date>\0\n<path>\0<path>\0} per commit, newest first; a file's first commit is
     * the last that changed it.
     */
    private static void parse(InputStream out, Repository repository, Map<String, LocalDate> dates,
                              Set<String> beforeTheCut) throws IOException {
        ByteArrayOutputStream field = new ByteArrayOutputStream(256);
        LocalDate date = null;
        boolean cut = false;
        Set<String> seen = new HashSet<>();
        byte[] chunk = new byte[1 << 16];
        int read;
        while ((read = out.read(chunk)) != -1) {
            int from = 0;
            for (int i = 0; i < read; i++) {
                if (chunk[i] != 0) {
                    continue;
                }
                field.write(chunk, from, i - from);
                from = i + 1;
                byte[] bytes = field.toByteArray();
                field.reset();
                if (bytes.length > 0 && bytes[0] == COMMIT) {
                    String header = new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
                    int space = header.indexOf(' ');
                    cut = repository.isCut(header.substring(0, space));
                    date = day(header.substring(space + 1));
                    continue;
                }
                int start = bytes.length > 0 && bytes[0] == '\n' ? 1 : 0;
                String path = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
                if (!path.isEmpty() && seen.add(path)) {
                    if (cut) {
                        beforeTheCut.add(path);
                    } else if (date != null) {
                        dates.put(path, date);
                    }
                }
            }
            field.write(chunk, from, read - from);
        }
    }

    private static LocalDate day(String iso) {
        try {
            return OffsetDateTime.parse(iso.strip()).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A log that failed: most often a repository without a single commit yet. */
    private static LastChanges failed(Git git, Path folder, Repository repository, Git.Result log) {
        try {
            if (!git.run(folder, "rev-parse", "--quiet", "--verify", "HEAD").ok()) {
                return new LastChanges(repository, Map.of(), Set.of());
            }
        } catch (IOException e) {
            // Then say what the log said.
        }
        return new LastChanges(Repository.none("git could not read the history: " + log.complaint()), Map.of(),
                Set.of());
    }

    /**
     * The date of the last commit that changed the file, by its path relative to the folder that was read, with
     * forward slashes.
     */
    public Optional<LocalDate> of(String path) {
        return Optional.ofNullable(dates.get(path));
    }

    /** Why a file has no date. */
    public enum Gap {
        /** Git, a repository or its history could not be read at all. */
        NO_HISTORY,
        /** The file was never committed. */
        NOT_COMMITTED,
        /** A shallow clone: the file's last change is older than the history the clone holds. */
        BEYOND_SHALLOW_HISTORY
    }

    /** Why the file has no date; empty when it has one. */
    public Optional<Gap> gap(String path) {
        if (dates.containsKey(path)) {
            return Optional.empty();
        }
        if (repository.unavailable().isPresent()) {
            return Optional.of(Gap.NO_HISTORY);
        }
        return Optional.of(beforeTheCut.contains(path) ? Gap.BEYOND_SHALLOW_HISTORY : Gap.NOT_COMMITTED);
    }

    /** A gap in plain words. */
    public String reason(Gap gap) {
        return switch (gap) {
            case NO_HISTORY -> repository.unavailable().orElse("no history was read");
            case NOT_COMMITTED -> "not committed yet";
            case BEYOND_SHALLOW_HISTORY -> "the last change is older than the shallow history this clone holds";
        };
    }

    /** Whether the history the dates were read from is shallow (only part of it is in this clone). */
    public boolean shallow() {
        return repository.shallow();
    }

    /**
     * Whether the dates still hold: no commit, checkout or fetch happened since they were read. Runs no git, so a
     * preview may ask on every save.
     */
    public boolean current() {
        return repository.unchanged();
    }
}
