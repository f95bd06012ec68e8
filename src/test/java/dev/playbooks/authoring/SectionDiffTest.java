package dev.playbooks.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.playbooks.model.FrontMatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The changes between two versions of a source, grouped by the section a translator finds them in. */
class SectionDiffTest {
    private static final FrontMatter META = new FrontMatter("Trust", "How trust grows.", "trust", List.of("trust"),
            List.of(), Optional.empty(), false, 0, Map.of("title", 2, "summary", 3, "tags", 4));

    private static List<SourceChanges.Section> diff(String old, String now) {
        return SectionDiff.between(META, old, META, now, 10);
    }

    private static SourceChanges.Hunk hunk(int line, List<String> removed, List<String> added, List<String> words) {
        return new SourceChanges.Hunk(line, removed, added, words);
    }

    @Test
    void eachChangeIsUnderTheHeadingOfItsSectionAndUnchangedSectionsAreLeftOut() {
        String old = "Intro.\n\n## One\n\nFirst.\n\n## Two\n\nSecond.\n\n## Three\n\nThird.\n";
        String now = "Intro.\n\n## One\n\nFirst.\n\n## Two\n\nSecond, again.\n\n## Three\n\nThird.\nAnd more.\n";
        assertEquals(List.of(
                new SourceChanges.Section("## Two", List.of(hunk(18, List.of("Second."), List.of("Second, again."),
                        List.of("Second{+, again+}.")))),
                new SourceChanges.Section("## Three", List.of(hunk(23, List.of(), List.of("And more."), List.of())))),
                diff(old, now));
    }

    @Test
    void aHashInsideFencedCodeStartsNoSectionAndARemovedSectionIsNamedByItsHeading() {
        String old = "## Shell\n\n```\n# not a heading\necho one\n```\n\n## Gone\n\nBye.\n";
        String now = "## Shell\n\n```\n# not a heading\necho two\n```\n";
        List<SourceChanges.Section> sections = diff(old, now);
        assertEquals(List.of("## Shell", "## Gone"), sections.stream().map(SourceChanges.Section::name).toList());
        assertEquals(List.of("echo one"), sections.get(0).hunks().get(0).removed());
        assertEquals(1, sections.get(0).hunks().size(), "a blank line that went is no change to translate");
        assertEquals(List.of("## Gone", "", "Bye."), sections.get(1).hunks().get(0).removed());
    }

    @Test
    void translatedFieldsComeFirstAndOthersDoNotCount() {
        FrontMatter now = new FrontMatter("Trust at work", "How trust grows.", "trust", List.of("trust", "growth"),
                List.of("leaders"), Optional.empty(), true, 5, Map.of("title", 2, "summary", 3, "tags", 4));
        List<SourceChanges.Section> sections = SectionDiff.between(META, "Body.\n", now, "Body.\n", 6);
        assertEquals(List.of("title:", "tags:"), sections.stream().map(SourceChanges.Section::name).toList());
        assertEquals(hunk(4, List.of("trust"), List.of("trust, growth"), List.of("trust{+, growth+}")),
                sections.get(1).hunks().get(0));
    }

    @Test
    void anEditedLineShowsItsWordsInContextAndARewrittenOneDoesNot() {
        String paragraph = "Managers are not mind readers, so if you want to grow in a particular direction you "
                + "should say so, clearly and more than once, to the people who decide.";
        assertEquals("… grow in a particular direction{+,+} you should say so, …",
                WordDiff.marked(paragraph, paragraph.replace("direction you", "direction, you")));
        assertEquals("Trust at [-work-]{+the office+}", WordDiff.marked("Trust at work", "Trust at the office"));
        assertNull(WordDiff.marked("Keep one promise this week", "Say early when you cannot"));
    }
}
