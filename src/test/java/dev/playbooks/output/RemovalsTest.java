package dev.playbooks.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RemovalsTest {
    private static final Path OLD = Path.of("target", ".site.old-1");
    private static final Duration LONG = Duration.ofSeconds(30);

    @Test
    void aRemovalInTheBackgroundRunsOnAThreadOfItsOwn() {
        List<Thread> removers = new CopyOnWriteArrayList<>();
        Removals removals = new Removals(folder -> removers.add(Thread.currentThread()));
        removals.inBackground(List.of(OLD));
        assertEquals(List.of(), removals.await(LONG));
        assertEquals(1, removers.size());
        assertNotSame(Thread.currentThread(), removers.get(0));
    }

    @Test
    void aFailedRemovalIsReportedOnceAndNeverThrown() {
        Removals removals = new Removals(folder -> {
            throw new AccessDeniedException(folder.resolve("locked.html").toString());
        });
        removals.inBackground(List.of(OLD));
        removals.now(List.of(Path.of("target", ".site.old-2")));
        List<String> failures = removals.await(LONG);
        assertEquals(2, failures.size(), failures::toString);
        assertTrue(failures.get(0).contains("locked.html") && failures.get(0).contains("next build"), failures::toString);
        assertEquals(List.of(), removals.await(LONG), "each failure is reported once");
    }

    @Test
    void waitingEndsAtTheLimitAndAFolderIsRemovedByOneThreadAtATime() throws InterruptedException {
        CountDownLatch stuck = new CountDownLatch(1);
        List<Path> removed = new CopyOnWriteArrayList<>();
        Removals removals = new Removals(folder -> {
            try {
                stuck.await(LONG.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            removed.add(folder);
        });
        removals.inBackground(List.of(OLD));
        removals.now(List.of(OLD));
        List<String> unfinished = removals.await(Duration.ofMillis(50));
        assertEquals(1, unfinished.size(), unfinished::toString);
        assertTrue(unfinished.get(0).contains("still going"), unfinished::toString);
        stuck.countDown();
        assertEquals(List.of(), removals.await(LONG));
        assertEquals(List.of(OLD), removed);
    }

    /** At exit, a removal still going is handed to a process of its own; waiting is then only for what it refused. */
    @Test
    void aFolderHandedOverIsNoLongerWaitedFor() {
        CountDownLatch stuck = new CountDownLatch(1);
        Removals removals = new Removals(folder -> {
            try {
                stuck.await(LONG.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Path refused = Path.of("target", ".site.old-2");
        removals.inBackground(List.of(OLD, refused));
        List<Path> taken = new CopyOnWriteArrayList<>();
        removals.handOver(folder -> folder.equals(OLD) && taken.add(folder));
        assertEquals(List.of(OLD), taken);
        List<String> unfinished = removals.await(Duration.ofMillis(50));
        assertEquals(1, unfinished.size(), unfinished::toString);
        assertTrue(unfinished.get(0).contains(refused.toString()), unfinished::toString);
        stuck.countDown();
        assertEquals(List.of(), removals.await(LONG));
    }
}
