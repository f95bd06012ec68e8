package dev.playbooks.pipeline;

import dev.playbooks.media.MediaFile;
import dev.playbooks.media.MediaKind;
import dev.playbooks.media.MediaReader;
import dev.playbooks.model.MediaRef;
import dev.playbooks.model.Playbook;
import dev.playbooks.model.SourceFile;
import dev.playbooks.problem.Suggestions;
import dev.playbooks.site.LinkTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The images and files the playbooks refer to. Each reference is resolved as a link to another playbook is,
 * relative to its Markdown file, and must stay inside {@code content/}; each file is read once per run, and not
 * again in the next while it has not changed. Every problem is reported at the reference's place; a file of
 * {@code content/} that nothing refers to is a warning, so a stray file is noticed rather than published.
 */
final class MediaLoader {
    /**
     * What the load phase knows of the site's files besides its Markdown: each file read, every such file under
     * {@code content/}, and the files that can be published, by path.
     */
    record Media(Map<Path, MediaReader.Read> reads, List<Path> files, Map<Path, MediaFile> usable) {
        static final Media NONE = new Media(Map.of(), List.of(), Map.of());
    }

    private final Run run;
    private final Optional<Media> before;
    private final Changes changes;
    private final Path content;
    private final Map<Path, MediaReader.Read> reads = new HashMap<>();
    private final Map<Path, MediaFile> usable = new HashMap<>();
    private Path realContent;

    private MediaLoader(Run run, Optional<Media> before, Changes changes) {
        this.run = run;
        this.before = before;
        this.changes = changes;
        this.content = run.layout.content();
    }

    static Media load(Run run, List<Playbook> playbooks, Optional<Media> before, Changes changes) throws IOException {
        return new MediaLoader(run, before, changes).load(playbooks);
    }

    private Media load(List<Playbook> playbooks) throws IOException {
        Set<Path> referred = new HashSet<>();
        for (Playbook playbook : playbooks) {
            for (MediaRef ref : playbook.outline().media()) {
                resolve(playbook, ref).ifPresent(referred::add);
            }
        }
        List<Path> files = contentFiles();
        for (Path file : files) {
            if (!referred.contains(file)) {
                run.problems.warning(run.layout.display(file), 0, 0,
                        "this file is not published: no playbook refers to it",
                        "show or link it from a playbook (![what it shows](…) or [its name](…)), or delete it");
            }
        }
        return new Media(Map.copyOf(reads), files, Map.copyOf(usable));
    }

    /** The file a reference names, when it is one the site can publish; else the reason why not is reported. */
    private Optional<Path> resolve(Playbook playbook, MediaRef ref) throws IOException {
        LinkTarget target = LinkTarget.of(ref.destination());
        Path file = target.file(playbook.source().path());
        Optional<MediaKind> kind = MediaKind.ofName(target.path());
        String written = "'" + ref.destination() + "'";
        if (target.path().startsWith("/")) {
            return refuse(playbook, ref, written + " is an absolute path",
                    "refer to the file relative to this Markdown file, as to another playbook");
        }
        if (!file.startsWith(content)) {
            return refuse(playbook, ref, written + " leaves content/",
                    "keep images and files inside content/, beside the playbook or in a shared folder such as "
                            + "content/images/");
        }
        if (kind.isEmpty()) {
            return refuse(playbook, ref, written + " is not a kind of file the site publishes",
                    "publish images as .png, .jpg, .gif, .webp or .svg, and downloads as one of "
                            + MediaKind.extensions());
        }
        if (ref.image() && !kind.get().isImage()) {
            return refuse(playbook, ref, written + " is not an image",
                    "link to it instead of showing it: [its name](" + ref.destination() + ")");
        }
        if (!Files.isRegularFile(file)) {
            return refuse(playbook, ref, written + " does not exist", nearest(file));
        }
        if (!file.toRealPath().startsWith(realContent())) {
            return refuse(playbook, ref, written + " is a link to a place outside content/",
                    "put the file itself in content/ instead of a link to it");
        }
        MediaReader.Read read = read(file, kind.get());
        if (read.problem().isPresent()) {
            return refuse(playbook, ref, read.problem().get(), "publish a file that is what its name says, "
                    + "at most " + MediaReader.MAX_BYTES / 1024 / 1024 + " MiB, and an SVG that is only a picture");
        }
        usable.put(file, read.file().orElseThrow());
        return Optional.of(file);
    }

    private Optional<Path> refuse(Playbook playbook, MediaRef ref, String message, String hint) {
        run.problems.error(playbook.source().display(), ref.line(), ref.column(), message, hint);
        return Optional.of(SourceFile.key(playbook.source().path().getParent().resolve(
                LinkTarget.of(ref.destination()).path())));
    }

    private Path realContent() throws IOException {
        if (realContent == null) {
            realContent = content.toRealPath();
        }
        return realContent;
    }

    private MediaReader.Read read(Path file, MediaKind kind) throws IOException {
        MediaReader.Read known = reads.get(file);
        if (known == null && !changes.touches(file)) {
            known = before.map(media -> media.reads().get(file)).orElse(null);
        }
        if (known == null) {
            known = MediaReader.read(file, run.layout.display(file), kind);
        }
        reads.put(file, known);
        return known;
    }

    private String nearest(Path file) throws IOException {
        Path folder = file.getParent();
        if (!Files.isDirectory(folder)) {
            return "there is no folder " + run.layout.display(folder) + "/";
        }
        List<String> names;
        try (Stream<Path> siblings = Files.list(folder)) {
            names = siblings.map(sibling -> sibling.getFileName().toString()).toList();
        }
        String nearest = Suggestions.nearest(file.getFileName().toString(), names);
        return nearest == null ? "put the file there, or correct the path" : "did you mean '" + nearest + "'?";
    }

    /**
     * Every file of {@code content/} but Markdown and hidden files (an editor's or the system's), as the last run
     * found them unless files came or went.
     */
    private List<Path> contentFiles() throws IOException {
        boolean same = before.isPresent() && !changes.everything()
                && changes.files().stream().allMatch(file -> file.toString().endsWith(".md") && Files.exists(file));
        if (same) {
            return before.get().files();
        }
        if (!Files.isDirectory(content)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(content)) {
            walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> !file.getFileName().toString().endsWith(".md"))
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .map(SourceFile::key).sorted().forEach(files::add);
        }
        return List.copyOf(files);
    }

}
