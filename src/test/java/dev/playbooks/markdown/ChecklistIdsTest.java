package dev.playbooks.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.model.ChecklistItem;
import dev.playbooks.problem.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule a reader's ticks rely on: an item's id comes from its own words, and nothing else. */
class ChecklistIdsTest {
    private final MarkdownEngine engine = new MarkdownEngine(false);

    private List<String> ids(String body) {
        return engine.outline(body, 1, "x.md", new Problems()).checklist().stream().map(ChecklistItem::id).toList();
    }

    @Test
    void anIdIsTheFirstWordsOfTheStepFolded() {
        assertEquals(List.of("plan-een-check-in-with-your-team"), ids("- [ ] Plan één check-in with your team\n"));
        assertEquals(List.of("write-down-the-desired-result-the-deadline-and"),
                ids("- [ ] Write down the desired result, the deadline and the decisions that still need you\n"));
        assertEquals(List.of("step"), ids("- [ ] …\n"), "a step of no words still has an id");
    }

    @Test
    void insertingRemovingOrReorderingOtherStepsChangesNoId() {
        List<String> before = ids("- [ ] Ask one question\n- [ ] Share one goal\n- [ ] Agree on a check-in\n");
        List<String> after = ids("- [ ] A new first step\n- [ ] Agree on a check-in\n- [ ] Ask one question\n");
        assertTrue(after.contains(before.get(0)) && after.contains(before.get(2)));
        assertEquals(before.get(0), after.get(2));
    }

    @Test
    void punctuationCaseAndAccentsDoNotMakeAnotherStep() {
        assertEquals(ids("- [ ] Plan een check-in\n"), ids("- [ ] Plan één check-in!\n"));
        assertEquals(ids("- [ ] share ONE goal\n"), ids("- [ ] Share one goal.\n"));
    }

    @Test
    void aStepWrittenTwiceOnAPageGetsNumberedIdsAcrossItsChecklists() {
        assertEquals(List.of("ask-one-question", "share-one-goal", "ask-one-question-2"),
                ids("- [ ] Ask one question\n- [ ] Share one goal\n\n## Later\n\n- [ ] Ask one question!\n"));
    }

    @Test
    void aStepMovedToAnotherChecklistOfThePageKeepsItsId() {
        List<String> first = ids("- [ ] Ask one question\n- [ ] Share one goal\n\n## Later\n\n- [ ] Reflect\n");
        List<String> moved = ids("- [ ] Ask one question\n\n## Later\n\n- [ ] Reflect\n- [ ] Share one goal\n");
        assertEquals(first.get(1), moved.get(2));
    }

    @Test
    void theRenderedPageCarriesTheIdsItIsGiven() {
        String html = engine.renderWithText("- [ ] Eén vraag stellen\n- [ ] Eén doel delen\n", LinkTargets.NONE, null,
                List.of("ask-one-question", "share-one-goal")).html();
        assertTrue(html.contains("data-item=\"ask-one-question\"") && html.contains("data-item=\"share-one-goal\""),
                html);
        String own = engine.renderWithText("- [ ] Eén vraag stellen\n", LinkTargets.NONE).html();
        assertTrue(own.contains("data-item=\"een-vraag-stellen\""), own);
    }
}
