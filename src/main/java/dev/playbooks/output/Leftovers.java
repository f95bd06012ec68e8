package dev.playbooks.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a build that was killed leaves beside the output folder, and the next build removes: staging folders
 * ({@code .site.new-<uuid>}) that carry this tool's marker and whose marker no living process holds locked. When
 * the kill came between the two moves of a swap, the output folder is missing and the site it held is the only
 * whole previous site ({@code .site.old-<uuid>} with its marker): it is moved back first.
 */
final class Leftovers {
    private Leftovers() {
    }

    static String stagingPrefix(Path target) {
        return "." + target.getFileName() + ".new-";
    }

    static String previousPrefix(Path target) {
        return "." + target.getFileName() + ".old-";
    }

    /**
     * The staging folders this process is writing. Their markers are not even opened to test the lock: on Linux,
     * closing any handle on a file drops every lock the process holds on it.
     */
    private static final Set<Path> OURS = ConcurrentHashMap.newKeySet();

    static void hold(Path staging) {
        OURS.add(staging);
    }

    static void release(Path staging) {
        OURS.remove(staging);
    }

    static void tidy(Path target, String marker) throws IOException {
        List<Path> staged = named(target, stagingPrefix(target));
        for (Path folder : staged) {
            if (!OURS.contains(folder) && isAbandoned(folder.resolve(marker))) {
                OutputFolder.deleteTree(folder);
            }
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> whole = named(target, previousPrefix(target)).stream()
                    .filter(folder -> Files.isRegularFile(folder.resolve(marker), LinkOption.NOFOLLOW_LINKS))
                    .toList();
            if (whole.size() == 1) {
                Files.move(whole.get(0), target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /** The siblings of {@code target} named with {@code prefix} and a UUID, as this tool names them. */
    static List<Path> named(Path target, String prefix) throws IOException {
        try (var siblings = Files.list(target.getParent())) {
            return siblings.filter(sibling -> hasName(sibling.getFileName().toString(), prefix)).sorted().toList();
        }
    }

    private static boolean hasName(String name, String prefix) {
        if (!name.startsWith(prefix)) {
            return false;
        }
        try {
            String id = name.substring(prefix.length());
            return UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Whether no living process holds the marker. A staging folder without one was left by a build killed before
     * it wrote its marker, or while it removed the folder (the marker goes first): abandoned too. A build that has
     * just made its folder and not yet its marker loses it, and makes another (see {@link OutputFolder#open}).
     */
    private static boolean isAbandoned(Path marker) {
        if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
