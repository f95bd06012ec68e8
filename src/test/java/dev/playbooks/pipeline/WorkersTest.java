package dev.playbooks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void aFailureIsThrownOnlyOnceEveryOtherItemIsDone() {
        AtomicBoolean slowOneFinished = new AtomicBoolean();
        try (Workers workers = new Workers()) {
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> workers.map(
                    List.of(0, 1, 2), item -> {
                        if (item == 0) {
                            throw new IllegalStateException("first");
                        }
                        if (item == 2) {
                            pause(300);
                            slowOneFinished.set(true);
                        }
                        return item;
                    }));
            assertEquals("first", thrown.getMessage());
            assertTrue(slowOneFinished.get(), "the caller may discard the output only when nothing writes to it");
        }
    }

    @Test
    void jobsThatWriteFilesRethrowTheirOwnIOException() {
        try (Workers workers = new Workers()) {
            IOException thrown = assertThrows(IOException.class, () -> workers.runAll(List.of(
                    () -> { },
                    () -> {
                        throw new IOException("disk full");
                    })));
            assertEquals("disk full", thrown.getMessage());
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
