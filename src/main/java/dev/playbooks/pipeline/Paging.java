package dev.playbooks.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits long lists (a home page or a tag with thousands of playbooks) into pages of a fixed size, so the cost
 * and size of each page stay the same whatever the size of the site. Where each page lives is
 * {@link dev.playbooks.site.SiteUrls#listPage}.
 */
final class Paging {
    static final int PAGE_SIZE = 60;

    private Paging() {
    }

    /** One page of a list: 1-based {@code number} of {@code count}. */
    record Slice<T>(List<T> items, int number, int count) {
        boolean isFirst() {
            return number == 1;
        }
    }

    /** The pages of a list; an empty list still has one (empty) page. */
    static <T> List<Slice<T>> slices(List<T> all, int size) {
        int count = Math.max(1, (all.size() + size - 1) / size);
        List<Slice<T>> slices = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            int from = (number - 1) * size;
            slices.add(new Slice<>(all.subList(from, Math.min(all.size(), from + size)), number, count));
        }
        return slices;
    }
}
