package dev.playbooks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.i18n.Words;
import dev.playbooks.model.Language;
import dev.playbooks.model.SectionText;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the index script holds, read back as the browser reads it. */
class LanguageIndexTest {
    private static final Language ENGLISH = new Language("en");

    private static SearchPage trust() {
        return new SearchPage("trust", "Trust at work", "How trust grows.", List.of("Autonomy"), List.of(
                new SectionText("", "", "An intro about the team.", List.of()),
                new SectionText("why-trust", "Why trust matters", "Teams with trust deliver.", List.of()),
                new SectionText("checklist", "Checklist", "Before you start:", List.of("Ask the team one question"))));
    }

    private static SearchPage delegation() {
        return new SearchPage("delegation", "Delegation", "Handing over work.", List.of(), List.of(
                new SectionText("", "", "", List.of()),
                new SectionText("how", "How to delegate", "Trust, then verify. A b c.", List.of())));
    }

    private static String write(List<SearchPage> pages, List<Integer> order) throws IOException {
        LanguageIndex index = new LanguageIndex(ENGLISH, pages.size());
        order.forEach(position -> index.add(position, pages.get(position)));
        StringWriter out = new StringWriter();
        index.write(out, "index.html");
        return out.toString();
    }

    private static Map<String, Object> written() throws IOException {
        return IndexScript.object(write(List.of(trust(), delegation()), List.of(0, 1)));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return (List<T>) value;
    }

    /** The postings of a word as "page:section:weight" strings, decoded as the browser decodes them. */
    private static List<String> postings(Map<String, Object> data, String word) {
        List<String> words = Arrays.asList(((String) data.get("words")).split(" "));
        int id = words.indexOf(word);
        assertTrue(id >= 0, word + " is in the vocabulary " + words);
        List<List<String>> pages = list(data.get("pages"));
        List<int[]> slots = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            for (int s = 0; s < 1 + (pages.get(p).size() - 2) / 2; s++) {
                slots.add(new int[] {p, s});
            }
        }
        List<String> found = new ArrayList<>();
        int slot = -1;
        for (int value : Varints.decode((String) list(data.get("postings")).get(id))) {
            slot += (value >>> 2) + 1;
            found.add(slots.get(slot)[0] + ":" + slots.get(slot)[1] + ":" + (value & 3));
        }
        return found;
    }

    @Test
    void postingsSayWhereAWordOccursAndAtWhichWeight() throws IOException {
        Map<String, Object> data = written();
        assertEquals(List.of("0:0:" + LanguageIndex.TITLE, "0:1:" + LanguageIndex.HEADING, "1:1:" + LanguageIndex.BODY),
                postings(data, "trust"), "title beats summary in the intro; the heading beats the body");
        assertEquals(List.of("0:0:" + LanguageIndex.BODY, "0:2:" + LanguageIndex.CHECKLIST), postings(data, "team"));
        assertEquals(List.of("0:0:" + LanguageIndex.HEADING), postings(data, "autonomy"), "tags weigh like the summary");
    }

    /** Pages set auto’s with the apostrophe the build puts in; a reader types auto's: both are the word autos. */
    @Test
    void aTypographicApostropheInAPageMeetsAStraightOneInAQuery() throws IOException {
        Language dutch = new Language("nl");
        LanguageIndex index = new LanguageIndex(dutch, 1);
        index.add(0, new SearchPage("parkeren", "Parkeren", "Waar de auto’s staan.", List.of(), List.of(
                new SectionText("", "", "’s Avonds staan de auto’s op hun ‘vaste’ plek.", List.of()))));
        StringWriter out = new StringWriter();
        index.write(out, "index.html");
        Map<String, Object> data = IndexScript.object(out.toString());
        assertEquals(List.of("autos"), new Words(dutch).of("auto's"));
        assertEquals(List.of("0:0:" + LanguageIndex.HEADING), postings(data, "autos"), "the summary weighs like a heading");
        assertFalse(postings(data, "vaste").isEmpty());
    }

    @Test
    void pagesCarryTheirSlugTitleAndSectionHeadingsInSiteOrder() throws IOException {
        List<List<String>> pages = list(written().get("pages"));
        assertEquals(List.of("trust", "Trust at work", "why-trust", "Why trust matters", "checklist", "Checklist"),
                pages.get(0));
        assertEquals(List.of("delegation", "Delegation", "how", "How to delegate"), pages.get(1));
    }

    @Test
    void theVocabularyIsSortedFoldedAndWithoutStopWordsOrSingleLetters() throws IOException {
        Map<String, Object> data = written();
        List<String> words = Arrays.asList(((String) data.get("words")).split(" "));
        assertEquals(words.stream().sorted().toList(), words);
        assertFalse(words.contains("the") || words.contains("an") || words.contains("with"), words::toString);
        assertFalse(words.contains("a") || words.contains("b"), words::toString);
        assertTrue(words.containsAll(List.of("trust", "teams", "delegate", "delegation", "verify")), words::toString);
        assertEquals(words.size(), list(data.get("postings")).size());
        assertTrue(((String) data.get("stop")).contains(" the "), "the browser learns the stop words");
        assertEquals("index.html", data.get("suffix"));
    }

    @Test
    void wordsOfOneStemAreGroupedWithTheStemsAReaderMayType() throws IOException {
        Map<String, Object> data = written();
        List<String> words = Arrays.asList(((String) data.get("words")).split(" "));
        Map<List<String>, List<String>> groups = groups(data, words);
        assertEquals(List.of("deleg"), groups.get(List.of("delegate", "delegation")), groups::toString);
        assertEquals(List.of("verifi"), groups.get(List.of("verify")), "a word whose stem differs is its own group");
        assertFalse(groups.containsKey(List.of("trust")), "a word that is its own stem needs no group");
    }

    /** Each group's words and stems, decoded as the browser decodes them. */
    private static Map<List<String>, List<String>> groups(Map<String, Object> data, List<String> words) {
        int[] values = Varints.decode((String) data.get("groups"));
        List<String> other = Arrays.asList(((String) data.get("stems")).split(" "));
        Map<List<String>, List<String>> groups = new java.util.LinkedHashMap<>();
        int first = -1;
        int o = 0;
        for (int v = 0; v < values.length; ) {
            first += values[v++] + 1;
            List<String> members = new ArrayList<>(List.of(words.get(first)));
            int id = first;
            for (int more = values[v++]; more > 0; more--) {
                id += values[v++] + 1;
                members.add(words.get(id));
            }
            List<String> stems = new ArrayList<>();
            for (int count = values[v++]; count > 0; count--) {
                int length = values[v++];
                stems.add(length > 0 ? words.get(first).substring(0, length) : other.get(o++));
            }
            groups.put(members, stems);
        }
        return groups;
    }

    @Test
    void theIndexIsTheSameWhateverOrderPagesRenderedIn() throws IOException {
        List<SearchPage> pages = List.of(trust(), delegation());
        assertEquals(write(pages, List.of(0, 1)), write(pages, List.of(1, 0)));
    }

    @Test
    void theFragmentHoldsTheSummaryAndEachSectionsTextAsInertData() {
        LanguageIndex index = new LanguageIndex(ENGLISH, 1);
        SearchPage page = new SearchPage("x", "X", "Quotes \" and </script> stay data.", List.of(), List.of(
                new SectionText("", "", "Intro", List.of()),
                new SectionText("a", "A", "Body", List.of("Item one", "Item two"))));
        String script = index.fragment(page);
        assertFalse(script.contains("</script>"), script);
        assertEquals(List.of("Quotes \" and </script> stay data.", "Intro", "Body\nItem one\nItem two"),
                IndexScript.data(script));
        assertTrue(script.startsWith("(window.playbooksSearchText = window.playbooksSearchText || {})[\"en/x\"]"));
    }
}
