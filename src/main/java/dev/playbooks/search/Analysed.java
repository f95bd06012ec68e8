package dev.playbooks.search;

import java.util.List;

/**
 * A page's words with where they occur ({@code places[i]}: section {@code >> 2}, weight {@code & 3}), not yet
 * numbered by any index. Kept between the runs of {@code serve}, so a page that did not change can join a new index
 * without being read again. {@code bodyWords} is the length of the page's body in words, as a reader counts them.
 */
public record Analysed(String slug, String title, List<String> headings, int sections, String[] words,
                       char[] places, int bodyWords) {
}
