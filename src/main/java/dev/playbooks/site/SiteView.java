package dev.playbooks.site;

import dev.playbooks.model.Language;
import dev.playbooks.model.Playbook;
import dev.playbooks.model.SourceFile;
import java.util.List;
import java.util.Optional;

/**
 * What a page may ask of the site while its data is assembled. Every answer is a value: playbooks, languages,
 * labels, numbers. Nothing else of the site reaches a page, so asking the same questions of the next version of
 * the site and getting the same answers proves that the page's data has not changed; {@code serve} relies on that.
 */
public interface SiteView {
    List<Language> languages();

    Language defaultLanguage();

    /** How many playbooks a language publishes. */
    int playbookCount(Language language);

    /** The published playbooks that link to this one, in the order they were found. */
    List<Playbook> backlinks(Playbook playbook);

    /** Up to {@code max} playbooks that share the most tags with this one. */
    List<Playbook> related(Playbook playbook, int max);

    /** The playbook before this one on its language's home page, if any. */
    Optional<Playbook> previous(Playbook playbook);

    /** The playbook after this one on its language's home page, if any. */
    Optional<Playbook> next(Playbook playbook);

    /** This playbook's version in another language, if the site publishes one. */
    Optional<Playbook> translation(Playbook playbook, Language language);

    /** The published playbook a relative link written in {@code from} leads to, if any. */
    Optional<Playbook> linkTarget(SourceFile from, String destination);

    /** The language of the source a stale translation has fallen behind; empty for every other playbook. */
    Optional<Language> staleSource(Playbook playbook);

    /** A tag as pages show it, looked up by any spelling of its name. */
    Optional<TagLabel> tagLabel(Language language, String name);

    /** Every tag of a language, as the language sorts them. */
    List<TagLabel> tagLabels(Language language);

    /**
     * The group of at most {@code size} playbooks, in home-page order, that this one belongs to: every playbook of its
     * language when there are no more than that, else one of the fixed runs of {@code size} the order falls into.
     */
    PlaybookGroup group(Playbook playbook, int size);

    /**
     * The tag of {@code language} that is the same topic as {@code tag}, if that language publishes one: the tag the
     * author paired it with, else the tag spelled alike.
     */
    Optional<TagLabel> tagIn(TagLabel tag, Language language);

    /**
     * The ids a playbook's checklist items carry, in page order. A translation whose checklist has as many items as
     * its source's takes the source's ids, item by item, so a tick follows the step from one language to the other;
     * any other playbook's items carry their own.
     */
    List<String> checklistIds(Playbook playbook);

    /** The images and files a playbook shows or offers that the site publishes, in the order it refers to them. */
    List<PublishedMedia> media(Playbook playbook);

    /** Playbooks that exist in other languages but not (yet) in this one, one version of each. */
    List<Playbook> untranslated(Language language);
}
