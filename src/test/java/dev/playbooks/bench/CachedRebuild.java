package dev.playbooks.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the build cache saves: per size, a cold build (no cache, no site before) and then, after one playbook's text
 * was edited, a build in a fresh process with the cache and the site that build left, in turns; the medians and
 * their ratio. The cached build's time includes removing the site it replaced, as the process waits for that. The edit is what
 * an author's next commit most often is: a sentence more in one playbook, no title, summary or tag changed.
 */
final class CachedRebuild {
    private static final int RUNS = 3;

    private CachedRebuild() {
    }

    static void print(Path work, String[] sizes) throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "%nwith the build cache, after editing one playbook's text, medians of %d:%n",
                RUNS);
        System.out.printf(Locale.ROOT, "%-10s %10s %13s %8s %15s%n", "per lang", "cold (s)", "cached (s)", "ratio",
                "cached RSS (MiB)");
        for (String size : sizes) {
            Path project = work.resolve("site-" + size);
            Path edited = project.resolve("content/en").resolve(SyntheticSite.slug("en", 0) + ".md");
            String original = Files.readString(edited, StandardCharsets.UTF_8);
            List<Benchmark.Run> cold = new ArrayList<>();
            List<Benchmark.Run> cached = new ArrayList<>();
            try {
                for (int i = 0; i < RUNS; i++) {
                    // Cold as a fresh checkout is: no cache, and no site before to replace.
                    HugoSite.deleteTree(project.resolve("out"));
                    cold.add(Benchmark.build(project));
                    Files.writeString(edited, original + "\nOne more sentence, the " + (i + 1) + ". edit.\n",
                            StandardCharsets.UTF_8);
                    cached.add(Benchmark.rebuild(project));
                }
            } finally {
                Files.writeString(edited, original, StandardCharsets.UTF_8);
            }
            long coldMillis = median(cold, false);
            long cachedMillis = median(cached, false);
            System.out.printf(Locale.ROOT, "%-10s %10.2f %13.2f %8.2f %15.0f%n", size, coldMillis / 1000.0,
                    cachedMillis / 1000.0, (double) cachedMillis / coldMillis, median(cached, true) / 1024.0);
        }
    }

    private static long median(List<Benchmark.Run> runs, boolean memory) {
        return runs.stream().mapToLong(run -> memory ? run.peakKib() : run.millis()).sorted()
                .toArray()[runs.size() / 2];
    }
}
