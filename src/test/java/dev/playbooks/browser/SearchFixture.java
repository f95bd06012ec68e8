package dev.playbooks.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playbooks.TestSite;
import dev.playbooks.pipeline.BuildResult;
import java.nio.file.Path;

/**
 * A small bilingual site with a page for each thing search must get right: word forms (short and long endings),
 * accents, compounds joined, hyphenated and spaced, typos and Dutch spelling habits, prefixes, stop words and phrases
 * of them, and the ranking of exact over expanded matches and of titles over bodies.
 */
final class SearchFixture {
    private SearchFixture() {
    }

    static TestSite build(Path temp) {
        TestSite site = TestSite.create(temp);
        english(site);
        dutch(site);
        BuildResult result = site.build();
        assertTrue(result.succeeded(), () -> "build failed: " + result.problems());
        return site;
    }

    private static void page(TestSite site, String lang, String slug, String title, String body) {
        site.playbook(lang, slug, "title: \"" + title + "\"\nsummary: \"" + title + ", in short.\"", body);
    }

    private static void english(TestSite site) {
        page(site, "en", "empowerment", "Room to act", "## Why it matters\n\nEmpowerment grows when leaders step back.\n");
        page(site, "en", "micromanagement", "Letting go", "## Signs\n\nChecking every email is micromanagement.\n");
        page(site, "en", "handing-over", "Handing over", "## Practice\n\nDelegation needs a clear goal.\n");
        page(site, "en", "tasks", "Tasks", "## Practice\n\nDelegate one task a week.\n");
        page(site, "en", "feedback", "Feedback that helps", "## Listen\n\nAsk before you advise.\n");
        page(site, "en", "meetings", "Better meetings", "## Close\n\nEnd every meeting with feedback on it.\n");
        page(site, "en", "coaching", "Coaching", """
                Good coaching starts small.

                ## Conversations

                A coaching conversation starts with curiosity.

                ## Questions

                - [ ] Prepare three open questions
                """);
        page(site, "en", "roles", "Knowing your role", "## Scope\n\nRead your job description and take responsibility.\n");
        page(site, "en", "forward", "Looking ahead", "## Feed-forward\n\nAsk for feed-forward, all-in, before a review.\n");
    }

    private static void dutch(TestSite site) {
        page(site, "nl", "samenwerken", "Samen werken", "## Afspraken\n\nWe coördineren het werk elke week.\n");
        page(site, "nl", "ijver", "Met plezier", "## Aanpak\n\n\u0133verig werken loont, en elke bijdrage telt.\n");
        page(site, "nl", "ruimte", "Ruimte voor iedereen", "## Teams\n\nMedewerkers kiezen hun eigen aanpak.\n");
        page(site, "nl", "leiding", "Leiding geven", "## Rol\n\nEen medewerker vraagt om steun.\n");
        page(site, "nl", "klein-beginnen", "Klein beginnen", "## Begin\n\nZet kleine stapjes en vraag om feedback.\n");
        page(site, "nl", "meten", "Meten wat telt", """
                ## Onderzoek

                We meten de werknemersbetrokkenheid twee keer per jaar.
                """);
        page(site, "nl", "feedback-geven", "Feedback geven", "## Hoe\n\nVraag eerst wat de ander wil.\n");
        page(site, "nl", "rollen", "Je rol kennen", "## Omvang\n\nLees je functieomschrijving en wees verantwoordelijk.\n");
        page(site, "nl", "vooruit", "Vooruitkijken", "## Feedforward\n\nVraag om feedforward in een één-op-ééngesprek.\n");
    }
}
