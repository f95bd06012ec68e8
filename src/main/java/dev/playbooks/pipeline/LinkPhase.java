package dev.playbooks.pipeline;

import dev.playbooks.i18n.Messages;
import dev.playbooks.model.Language;
import dev.playbooks.model.Playbook;
import dev.playbooks.problem.Problem;
import dev.playbooks.problem.Severity;
import dev.playbooks.site.Site;
import dev.playbooks.site.SoundLinks;
import java.util.ArrayList;
import java.util.List;

/**
 * The link phase: one model of the whole site (URLs, translations and their freshness, tags and their pairs across
 * languages, links, backlinks),
 * linked again on every run, as that is the only honest way to find every link an edit broke in another file.
 */
final class LinkPhase {
    private LinkPhase() {
    }

    /**
     * @param sound the links the last linking found sound, which need not be checked again while nothing they need
     *              changed
     */
    static Site link(Run run, Loaded loaded, SoundLinks sound) {
        Site site = Site.link(new Site.Input(loaded.languages(), loaded.pages(),
                List.copyOf(loaded.homePages().values()), run.options.drafts(), loaded.project().rules(),
                loaded.project().tagPairs(), loaded.media().usable(), loaded.unread()), sound, run.problems);
        if (loaded.project().problems().stream().noneMatch(Problem::isError)) {
            // Audiences are checked against the UI strings, which must then have been read.
            checkAudiences(run, loaded, site);
        }
        reportStaleTranslations(run, site);
        return site;
    }

    /** Audiences are codes whose names live in the UI strings, so every language can show them. */
    private static void checkAudiences(Run run, Loaded loaded, Site site) {
        for (Language language : site.languages()) {
            Messages text = loaded.project().messages().get(language);
            for (Playbook playbook : site.playbooks(language)) {
                for (String audience : playbook.meta().audience()) {
                    if (!text.has("audience." + audience)) {
                        run.problems.error(playbook.source().display(), playbook.meta().lineOf("audience"), 1,
                                "unknown audience '" + audience + "'",
                                "use one of " + audiences(text) + ", or add 'audience." + audience
                                        + "' to every file in i18n/");
                    }
                }
            }
        }
    }

    private static String audiences(Messages text) {
        return text.keys().stream().filter(key -> key.startsWith("audience.")).sorted()
                .map(key -> key.substring("audience.".length())).toList().toString();
    }

    /**
     * A stale translation, or one whose checklist no longer lines up with its source's, is an error only under
     * {@code --fail-on-stale}; otherwise a notice for the author, which {@code --strict} leaves alone: a translation
     * that lags behind is a state of the site, not a mistake.
     */
    private static void reportStaleTranslations(Run run, Site site) {
        Severity severity = run.options.failOnStale() ? Severity.ERROR : Severity.WARNING;
        List<Problem> lagging = new ArrayList<>(site.freshness().staleTranslations(severity, site::isPublished));
        lagging.addAll(site.freshness().checklistMismatches(severity, site::isPublished));
        if (run.options.failOnStale()) {
            run.problems.addAll(lagging);
        } else {
            run.notices.addAll(lagging);
        }
    }
}
