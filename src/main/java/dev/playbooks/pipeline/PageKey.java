package dev.playbooks.pipeline;

import dev.playbooks.model.HomeIntro;
import dev.playbooks.model.Language;
import dev.playbooks.model.PageUrl;
import dev.playbooks.model.Playbook;
import dev.playbooks.site.TagLabel;
import java.util.Optional;

/**
 * Which page it is: everything its data is assembled from besides what it asks of the site. Each kind of page is a
 * record, so its fingerprint takes in whatever a kind is given, with no list kept by hand.
 */
sealed interface PageKey {
    record PlaybookPage(Playbook playbook) implements PageKey {
    }

    /** One page of a language's home; the introduction shows on the first. */
    record HomePage(Language language, Optional<HomeIntro> intro, Paging.Slice<Playbook> slice) implements PageKey {
    }

    record ChecklistsPage(Language language, Paging.Slice<Playbook> slice) implements PageKey {
    }

    record TagIndexPage(Language language) implements PageKey {
    }

    record TagPage(TagLabel tag, Paging.Slice<Playbook> slice) implements PageKey {
    }

    record NotFoundPage(Language language, PageUrl url) implements PageKey {
    }

    /** A language's page of search results: the same for every query, which the script reads from its address. */
    record SearchResultsPage(Language language) implements PageKey {
    }

    record RootPage() implements PageKey {
    }
}
