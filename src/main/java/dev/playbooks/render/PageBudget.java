package dev.playbooks.render;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * What one page may cost its template: {@link #TIME} and {@link #MAX_CHARACTERS} of output. A page takes a
 * millisecond or two; a template that loops for ever is stopped by an interrupt (FreeMarker checks for one in every
 * loop and macro call, see {@link TemplateEngine}) and one that writes for ever by the size of what it wrote, and
 * either is a problem for the template instead of a build that never ends.
 */
final class PageBudget implements AutoCloseable {
    static final Duration TIME = Duration.ofSeconds(5);
    static final int MAX_CHARACTERS = 16 * 1024 * 1024;

    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "playbooks-template-budget");
        thread.setDaemon(true);
        return thread;
    });

    private final Thread worker = Thread.currentThread();
    private final ScheduledFuture<?> alarm;
    private boolean over;
    private boolean done;

    PageBudget() {
        alarm = WATCH.schedule(this::ring, TIME.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void ring() {
        if (!done) {
            over = true;
            worker.interrupt();
        }
    }

    synchronized boolean over() {
        return over;
    }

    /** Ends the budget; an interrupt meant for the template does not outlive it. */
    @Override
    public void close() {
        synchronized (this) {
            done = true;
        }
        alarm.cancel(false);
        if (over()) {
            Thread.interrupted();
        }
    }

    /** A page's text, held until the template is done, refused past {@link #MAX_CHARACTERS}. */
    static final class Output extends Writer {
        private final StringBuilder text = new StringBuilder(16 * 1024);

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            room(length);
            text.append(chars, offset, length);
        }

        /** Strings, which are most of what a template writes, go straight in, not through {@link Writer}'s copy. */
        @Override
        public void write(String string, int offset, int length) throws IOException {
            room(length);
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(String string) throws IOException {
            write(string, 0, string.length());
        }

        @Override
        public void write(int c) throws IOException {
            room(1);
            text.append((char) c);
        }

        @Override
        public Writer append(CharSequence chars) throws IOException {
            CharSequence written = chars == null ? "null" : chars;
            room(written.length());
            text.append(written);
            return this;
        }

        private void room(int length) throws TooLarge {
            if (text.length() + length > MAX_CHARACTERS) {
                throw new TooLarge();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        String text() {
            return text.toString();
        }
    }

    /** The page grew past its budget. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("the page is larger than " + MAX_CHARACTERS / (1024 * 1024) + " MiB", null);
        }
    }
}
