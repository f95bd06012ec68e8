package dev.playbooks.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The files the server may send: regular files inside the output folder, found by a checked request path. A path
 * that leads outside the folder, through a link or otherwise, is simply not found.
 */
final class SiteFolder {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));

    private final Path root;

    SiteFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** What a request path names. */
    sealed interface Found {
        record File(Path path, String contentType) implements Found {
        }

        /** A folder asked for without its trailing slash: its relative links need the slash. */
        record Folder() implements Found {
        }

        record Nothing() implements Found {
        }
    }

    Found find(RequestPath request) {
        if (request.isHidden()) {
            return new Found.Nothing();
        }
        Path candidate = root.resolve(request.joined()).normalize();
        if (!candidate.startsWith(root)) {
            return new Found.Nothing();
        }
        if (Files.isDirectory(candidate)) {
            if (!request.endsWithSlash() && !request.segments().isEmpty()) {
                return new Found.Folder();
            }
            candidate = candidate.resolve("index.html");
        }
        return inside(candidate).<Found>map(file -> new Found.File(file, contentType(file)))
                .orElse(new Found.Nothing());
    }

    /** The page to send with a 404: the language's own, when the path starts with a language that has one. */
    Optional<Path> notFoundPage(RequestPath request) {
        if (!request.segments().isEmpty() && !request.isHidden()) {
            Optional<Path> own = inside(root.resolve(request.segments().get(0)).resolve("404.html").normalize());
            if (own.isPresent()) {
                return own;
            }
        }
        return inside(root.resolve("404.html"));
    }

    /** The file, if it is a regular file whose real location is inside the real output folder. */
    private Optional<Path> inside(Path file) {
        try {
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Path real = file.toRealPath();
            return real.startsWith(root.toRealPath()) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
                    ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    static boolean isHtml(String contentType) {
        return contentType.startsWith("text/html");
    }
}
