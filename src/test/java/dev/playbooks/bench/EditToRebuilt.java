package dev.playbooks.bench;

import dev.playbooks.ReloadListener;
import dev.playbooks.pipeline.BuildOptions;
import dev.playbooks.pipeline.BuildResult;
import dev.playbooks.serve.LivePreview;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

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
        Path file = project.resolve("content/en").resolve(SyntheticSite.slug("en", perLanguage / 2) + ".md");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        BuildOptions options = BuildOptions.defaults(project).withOutput(project.resolve("serve"));
        try (LivePreview preview = LivePreview.start(options, InetAddress.getLoopbackAddress(), 0, builds::add)) {
            builds.take();
            ReloadListener page = ReloadListener.open(preview.address());
            List<Long> rebuilt = new ArrayList<>();
            List<Long> reloaded = new ArrayList<>();
            int pages = 0;
            for (int edit = 0; edit < WARM_UP + EDITS; edit++) {
                builds.clear();
                long start = System.nanoTime();
                Files.writeString(file, original + "\nAn edit, number " + edit + ".\n", StandardCharsets.UTF_8);
                BuildResult result = builds.poll(30, TimeUnit.SECONDS);
                long told = page.reloadedAt(Duration.ofSeconds(30));
                if (result == null || !result.succeeded() || told < 0) {
                    throw new IllegalStateException("the edit did not rebuild: " + result);
                }
                if (edit >= WARM_UP) {
                    rebuilt.add(result.millis());
                    reloaded.add((told - start) / 1_000_000);
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

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
