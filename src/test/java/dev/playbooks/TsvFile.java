package dev.playbooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The test data files of tab-separated columns that name their place in failures: blank and # lines left out. */
public final class TsvFile {
    /** One line's columns, with its line number in the file. */
    public record Row(int line, String[] columns) {
    }

    private TsvFile() {
    }

    /** The rows of the file, each of exactly {@code columns} columns, else an error that names the line. */
    public static List<Row> rows(Path file, int columns) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] values = line.split("\t", -1);
                if (values.length != columns) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": expected " + columns
                            + " tab-separated columns");
                }
                rows.add(new Row(i + 1, values));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
