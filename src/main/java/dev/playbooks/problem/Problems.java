package dev.playbooks.problem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems of one run from any number of threads, so that every problem is reported at once
 * instead of stopping at the first. The same problem found twice (one template error hit by every page) is kept
 * once.
 */
public final class Problems {
    private final Set<Problem> problems = new LinkedHashSet<>();

    public synchronized void add(Problem problem) {
        problems.add(problem);
    }

    public synchronized void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    public void error(String file, int line, int column, String message, String hint) {
        add(Problem.error(file, line, column, message, hint));
    }

    public void warning(String file, int line, int column, String message, String hint) {
        add(Problem.warning(file, line, column, message, hint));
    }

    public synchronized boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Every problem so far, sorted by file and place. */
    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(Problem.BY_PLACE);
        return copy;
    }

    /** Promotes warnings to errors, as {@code --strict} asks. */
    public synchronized void makeStrict() {
        List<Problem> strict = problems.stream().map(Problem::asError).toList();
        problems.clear();
        problems.addAll(strict);
    }

    public synchronized boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Whether the run must stop: any error, or under {@code --strict} any problem at all. */
    public synchronized boolean mustStop(boolean strict) {
        return strict ? !problems.isEmpty() : hasErrors();
    }
}
