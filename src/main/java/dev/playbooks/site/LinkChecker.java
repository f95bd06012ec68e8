package dev.playbooks.site;

import dev.playbooks.model.Heading;
import dev.playbooks.model.LinkRef;
import dev.playbooks.model.Outline;
import dev.playbooks.model.Playbook;
import dev.playbooks.model.SourceFile;
import dev.playbooks.problem.Problems;
import dev.playbooks.problem.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every relative link of a page made from Markdown: the playbook it names must be published, and the heading
 * it names must exist. Each broken link is reported at its place, with the nearest page or anchor as a hint.
 */
final class LinkChecker {
    /** What checking one playbook found: the playbooks its links lead to, and whether every link was sound. */
    record Checked(List<Playbook> targets, boolean sound) {
    }

    private final Map<Path, Playbook> published;
    private final Map<Path, Playbook> everyFile;
    private final Set<Path> unread;
    /** Per folder, the file each link path names: most links of a site name the same few hundred files. */
    private final Map<Path, Map<String, Path>> resolved = new HashMap<>();

    /**
     * @param published the site's pages by file; {@code everyFile} also holds the drafts left out of it, and
     *                  {@code unread} the files that exist but could not be read, whose links are not judged
     */
    LinkChecker(Map<Path, Playbook> published, Map<Path, Playbook> everyFile, Set<Path> unread) {
        this.published = published;
        this.everyFile = everyFile;
        this.unread = unread;
    }

    Checked check(Playbook playbook, Problems problems) {
        return check(playbook.source(), playbook.outline(), playbook, problems);
    }

    /**
     * Checks the links of any page made from a Markdown file: a playbook ({@code self}), or a page that is not one,
     * such as a home's introduction ({@code self} null).
     */
    Checked check(SourceFile from, Outline outline, Playbook self, Problems problems) {
        if (outline.links().isEmpty()) {
            return new Checked(List.of(), true);
        }
        Path source = from.path();
        Map<String, Path> files = resolved.computeIfAbsent(source.getParent(), folder -> new HashMap<>());
        List<Playbook> targets = new ArrayList<>();
        boolean sound = true;
        for (LinkRef link : outline.links()) {
            LinkTarget target = LinkTarget.of(link.destination());
            if (target.isSamePage()) {
                if (!target.fragment().isEmpty() && !outline.hasHeading(target.fragment())) {
                    reportMissingHeading(from, link, "this page", outline, target.fragment(), problems);
                    sound = false;
                }
                continue;
            }
            Playbook to = published.get(files.computeIfAbsent(target.path(), name -> target.file(source)));
            if (to == null && unread.contains(SourceFile.key(target.file(source)))) {
                sound = false;
                continue;
            }
            if (to == null) {
                reportMissingPage(from, link, target.file(source), problems);
                sound = false;
                continue;
            }
            if (!target.fragment().isEmpty() && !to.outline().hasHeading(target.fragment())) {
                reportMissingHeading(from, link, to == self ? "this page" : "'" + to.source().display() + "'",
                        to.outline(), target.fragment(), problems);
                sound = false;
            }
            targets.add(to);
        }
        return new Checked(targets, sound);
    }

    private static void reportMissingHeading(SourceFile from, LinkRef link, String page, Outline to, String fragment,
                                             Problems problems) {
        String nearest = Suggestions.nearest(fragment, to.headings().stream().map(Heading::id).toList());
        problems.error(from.display(), link.line(), link.column(),
                page + " has no heading with the anchor '#" + fragment + "'",
                nearest == null ? "link to one of its headings, or drop the #anchor"
                        : "did you mean '#" + nearest + "'?");
    }

    private void reportMissingPage(SourceFile from, LinkRef link, Path path, Problems problems) {
        String file = from.display();
        Optional<Playbook> draft = Optional.ofNullable(everyFile.get(path));
        if (draft.isPresent()) {
            problems.error(file, link.line(), link.column(),
                    "'" + link.destination() + "' links to a draft, which is not published",
                    "publish " + draft.get().source().display() + " (remove 'draft: true'), or remove the link");
            return;
        }
        List<String> names = published.values().stream()
                .filter(p -> p.language().equals(from.language()))
                .map(p -> p.slug() + ".md").toList();
        String nearest = Suggestions.nearest(path.getFileName().toString(), names);
        problems.error(file, link.line(), link.column(),
                "'" + link.destination() + "' links to a page that does not exist",
                nearest == null ? "link to an existing playbook's .md file in content/"
                        : "did you mean '" + nearest + "'?");
    }
}
