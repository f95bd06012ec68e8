package dev.playbooks.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Our cold build against Hugo's on the same synthetic site ({@link HugoSite}), per size: one untimed build of each,
 * then three of each in turns, so that a machine that slows down or speeds up during the run weighs on both alike.
 * Cold for both: a fresh process and an empty output folder; for Hugo also an empty cache folder. Ours gets its
 * class-data archive, as on an author's machine after the first run.
 */
final class HugoComparison {
    private static final int RUNS = 3;

    private HugoComparison() {
    }

    static void print(Path work, String[] sizes) throws IOException, InterruptedException {
        Optional<Path> hugo = HugoSite.program();
        if (hugo.isEmpty()) {
            System.out.printf(Locale.ROOT, "%nagainst Hugo: skipped, %s%n", HugoSite.HOW_TO_INSTALL);
            return;
        }
        System.out.printf(Locale.ROOT, "%nagainst %s, cold builds in turns, medians of %d:%n",
                HugoSite.version(hugo.get()).replaceFirst(" BuildDate.*", ""), RUNS);
        System.out.printf(Locale.ROOT, "%-10s %9s %9s %10s %15s %15s %10s %11s%n", "per lang", "ours (s)", "Hugo (s)",
                "ours/Hugo", "ours RSS (MiB)", "Hugo RSS (MiB)", "ours pages", "Hugo pages");
        for (String size : sizes) {
            Path ours = work.resolve("site-" + size);
            Path theirs = work.resolve("site-" + size + "-hugo");
            HugoSite.write(ours, theirs, Path.of(""));
            ours(ours);
            hugo(hugo.get(), theirs);
            List<Benchmark.Run> ourRuns = new ArrayList<>();
            List<Benchmark.Run> hugoRuns = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                ourRuns.add(ours(ours));
                hugoRuns.add(hugo(hugo.get(), theirs));
            }
            long ourMillis = median(ourRuns, Benchmark.Run::millis);
            long hugoMillis = median(hugoRuns, Benchmark.Run::millis);
            System.out.printf(Locale.ROOT, "%-10s %9.2f %9.2f %10.2f %15.0f %15.0f %10d %11d%n", size,
                    ourMillis / 1000.0, hugoMillis / 1000.0, (double) ourMillis / hugoMillis,
                    median(ourRuns, Benchmark.Run::peakKib) / 1024.0, median(hugoRuns, Benchmark.Run::peakKib) / 1024.0,
                    HugoSite.pagesWritten(ours.resolve("out")), HugoSite.pagesWritten(theirs.resolve("out")));
        }
    }

    /** Our build into an empty output folder, as Hugo's: nothing of the site before to replace or reuse. */
    private static Benchmark.Run ours(Path project) throws IOException, InterruptedException {
        HugoSite.deleteTree(project.resolve("out"));
        return Benchmark.build(project);
    }

    private static Benchmark.Run hugo(Path hugo, Path root) throws IOException, InterruptedException {
        Path out = root.resolve("out");
        Path cache = root.resolve("cache");
        HugoSite.deleteTree(out);
        HugoSite.deleteTree(cache);
        return Benchmark.measure(HugoSite.coldBuild(hugo, root, out, cache, "--quiet"));
    }

    private static long median(List<Benchmark.Run> runs, ToLongFunction<Benchmark.Run> value) {
        return runs.stream().mapToLong(value).sorted().toArray()[runs.size() / 2];
    }
}
