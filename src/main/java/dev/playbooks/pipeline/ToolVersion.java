package dev.playbooks.pipeline;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Which version of the tool runs: the fingerprint of every class and resource on its class path, so that a build
 * cache written by other code (even an unreleased change of one class) is never trusted.
 *
 * <p>The tool's own jar counts by what its table of contents says of each entry (name, size, CRC-32), not by its own
 * bytes: the jar the launcher compiles again holds the same classes with new timestamps, and must not throw the cache
 * away. A library's jar counts by its name, which carries its version, and size; a folder of classes by every byte.
 */
final class ToolVersion {
    /** The jar this tool's own classes come from, when they come from one. */
    private static final Path OWN_JAR = ownJar();

    private static final class Holder {
        static final Fingerprint FINGERPRINT = of(System.getProperty("java.class.path", ""), OWN_JAR);
    }

    private ToolVersion() {
    }

    static Fingerprint fingerprint() {
        return Holder.FINGERPRINT;
    }

    /** The fingerprint of a class path whose jar {@code ownJar} holds the tool's own classes. */
    static Fingerprint of(String classPath, Path ownJar) {
        Fingerprint.Builder fingerprint = new Fingerprint.Builder().add(Runtime.version().feature());
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            Path path = Path.of(entry);
            try {
                if (Files.isDirectory(path)) {
                    folder(path, fingerprint);
                } else if (Files.isRegularFile(path) && path.toAbsolutePath().equals(ownJar)) {
                    jar(path, fingerprint);
                } else if (Files.isRegularFile(path)) {
                    // A library: its name carries its version, and the size tells a rebuilt one apart.
                    fingerprint.add(path.getFileName().toString()).add(Files.size(path));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot fingerprint " + path, e);
            }
        }
        return fingerprint.build();
    }

    private static Path ownJar() {
        try {
            return Path.of(ToolVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Path.of("");
        }
    }

    private static void jar(Path jar, Fingerprint.Builder fingerprint) throws IOException {
        fingerprint.add(jar.getFileName().toString());
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                fingerprint.add(entry.getName()).add(entry.getSize()).add(entry.getCrc());
            }
        }
    }

    private static void folder(Path folder, Fingerprint.Builder fingerprint) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path file : files) {
            fingerprint.add(folder.relativize(file).toString()).bytes(Files.readAllBytes(file));
        }
    }
}
