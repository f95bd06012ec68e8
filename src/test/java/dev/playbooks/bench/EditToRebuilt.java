package dev.playbooks.bench;

import dev.playbooks.build.BuildOptions;
import dev.playbooks.build.BuildResult;
import dev.playbooks.build.LivePreview;
import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What an author waits for in {@code serve}, measured through the real server and file watcher: one English
 * playbook's text is edited on disk (so its Dutch translation goes stale too), and the clock runs until the
 * rebuild is done ({@code update}, as the build reports it) and until the open page's reload stream gets its
 * event (which adds the file watcher and its quiet time). The first edits warm the JVM up and are not counted.
 */
final class EditToRebuilt {
    private static final int WARM_UP = 5;
    private static final int EDITS = 15;

    private EditToRebuilt() {
    }

    static void measure(Path project, int perLanguage) throws IOException, InterruptedException {
        BlockingQueue<BuildResult> builds = new LinkedBlockingQueue<>();
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Path file = project.resolve("content/en").resolve(SyntheticSite.slug("en", perLanguage / 2) + ".md");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        BuildOptions options = BuildOptions.defaults(project).withOutput(project.resolve("serve"));
        try (LivePreview preview = LivePreview.start(options, InetAddress.getLoopbackAddress(), 0, builds::add)) {
            builds.take();
            HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(preview.address().resolve("/__playbooks/events")).build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
                        try (Stream<String> lines = response.body()) {
                            lines.forEach(events::add);
                        }
                    });
            events.poll(30, TimeUnit.SECONDS);
            List<Long> rebuilt = new ArrayList<>();
            List<Long> reloaded = new ArrayList<>();
            int pages = 0;
            for (int edit = 0; edit < WARM_UP + EDITS; edit++) {
                builds.clear();
                events.clear();
                long start = System.nanoTime();
                Files.writeString(file, original + "\nAn edit, number " + edit + ".\n", StandardCharsets.UTF_8);
                BuildResult result = builds.poll(30, TimeUnit.SECONDS);
                awaitReload(events);
                long total = (System.nanoTime() - start) / 1_000_000;
                if (result == null || !result.succeeded()) {
                    throw new IllegalStateException("the edit did not rebuild: " + result);
                }
                if (edit >= WARM_UP) {
                    rebuilt.add(result.millis());
                    reloaded.add(total);
                    pages = result.filesWritten();
                }
            }
            System.out.printf(Locale.ROOT, "%nedit one playbook of %d per language (%d %s written per edit):%n",
                    perLanguage, pages, pages == 1 ? "file" : "files");
            System.out.printf(Locale.ROOT, "  edit -> rebuilt     median %4d ms, slowest %4d ms%n",
                    median(rebuilt), Collections.max(rebuilt));
            System.out.printf(Locale.ROOT,
                    "  edit -> page told   median %4d ms, slowest %4d ms  (file watcher included)%n",
                    median(reloaded), Collections.max(reloaded));
        } finally {
            Files.writeString(file, original, StandardCharsets.UTF_8);
        }
    }

    private static void awaitReload(BlockingQueue<String> events) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String line = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line != null && line.startsWith("event: reload")) {
                return;
            }
        }
        throw new IllegalStateException("no reload event");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
