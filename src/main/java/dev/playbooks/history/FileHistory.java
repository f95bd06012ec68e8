package dev.playbooks.history;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The committed versions of one file, newest first, across renames: one {@code git log --follow} for the list, and
 * one {@code git cat-file --batch}, started at the first read, for the texts, read one at a time so a walk that
 * finds what it looks for early reads no more.
 */
public final class FileHistory implements AutoCloseable {
    /**
     * One commit that changed the file.
     *
     * @param date the author date, as the calendar day where the author was
     * @param path where the file was in that commit, relative to the repository's top folder
     */
    public record Revision(String commit, LocalDate date, String subject, String path) {
        /** The hash as {@code git log --oneline} shortens it by default. */
        public String shortCommit() {
            return commit.substring(0, Math.min(7, commit.length()));
        }
    }

    private final Git git;
    private final Repository repository;
    private final Optional<String> unavailable;
    private final List<Revision> revisions;
    private Process batch;
    private OutputStream requests;
    private InputStream answers;

    private FileHistory(Git git, Repository repository, Optional<String> unavailable, List<Revision> revisions) {
        this.git = git;
        this.repository = repository;
        this.unavailable = unavailable;
        this.revisions = revisions;
    }

    /** The history of {@code file}, an existing file; never fails, but says why when there is none to read. */
    public static FileHistory of(Path file) {
        return of(Git.ON_PATH, file);
    }

    static FileHistory of(Git git, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        Repository repository = Repository.of(git, folder);
        if (repository.unavailable().isPresent()) {
            return new FileHistory(git, repository, repository.unavailable(), List.of());
        }
        try {
            String path = repository.top().relativize(file.toRealPath()).toString().replace('\\', '/');
            Git.Result log = git.run(repository.top(), "log", "--follow", "-z", "--name-only",
                    "--format=%x01%H %aI %s", "--", path);
            if (!log.ok()) {
                // A repository without commits cannot show a log; nor has it a version of the file.
                return new FileHistory(git, repository, Optional.empty(), List.of());
            }
            return new FileHistory(git, repository, Optional.empty(), revisions(log.text()));
        } catch (IOException e) {
            return new FileHistory(git, repository, Optional.of("git's history could not be read: " + e.getMessage()),
                    List.of());
        }
    }

    /** {@code \1<hash> <date> <subject>\0\n<path>\0} per commit; a commit that names no path is skipped. */
    private static List<Revision> revisions(String log) {
        List<Revision> revisions = new ArrayList<>();
        String[] fields = log.split("\0");
        for (int i = 0; i + 1 < fields.length; i++) {
            if (!fields[i].startsWith("\u0001") || fields[i + 1].startsWith("\u0001")) {
                continue;
            }
            String[] header = fields[i].substring(1).split(" ", 3);
            String path = fields[i + 1].startsWith("\n") ? fields[i + 1].substring(1) : fields[i + 1];
            LocalDate date = day(header.length > 1 ? header[1] : "");
            if (header.length >= 2 && date != null && !path.isEmpty()) {
                revisions.add(new Revision(header[0], date, header.length > 2 ? header[2] : "", path));
            }
        }
        return List.copyOf(revisions);
    }

    private static LocalDate day(String iso) {
        try {
            return OffsetDateTime.parse(iso).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Why there is no history to read (git missing, no repository), or empty when there is. */
    public Optional<String> unavailable() {
        return unavailable;
    }

    /** The commits that changed the file, newest first; empty for a file never committed. */
    public List<Revision> revisions() {
        return revisions;
    }

    /** Whether the clone holds only part of the history, so older versions may exist that it does not have. */
    public boolean shallow() {
        return repository.shallow();
    }

    /** The file's bytes as {@code revision} left them. */
    public byte[] read(Revision revision) throws IOException {
        if (batch == null) {
            batch = git.start(repository.top(), "cat-file", "--batch");
            requests = batch.getOutputStream();
            answers = new BufferedInputStream(batch.getInputStream());
        }
        requests.write((revision.commit() + ":" + revision.path() + "\n").getBytes(StandardCharsets.UTF_8));
        requests.flush();
        String header = line(answers);
        String[] parts = header.split(" ");
        if (parts.length != 3 || !parts[1].equals("blob")) {
            throw new IOException("git has no file " + revision.path() + " in commit " + revision.shortCommit()
                    + " (" + header + ")");
        }
        byte[] content = answers.readNBytes(Integer.parseInt(parts[2]));
        answers.read();
        return content;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        if (b == -1 && line.size() == 0) {
            throw new IOException("git cat-file ended early");
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (batch != null) {
            try {
                requests.close();
                answers.close();
                Git.finish(batch);
            } catch (IOException e) {
                batch.destroy();
            }
        }
    }
}
