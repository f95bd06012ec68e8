package dev.playbooks.site;

import dev.playbooks.model.Heading;
import dev.playbooks.model.LinkRef;
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
 * Checks every relative link of a playbook: the page it names must be published, and the heading it names must
 * exist. Each broken link is reported at its place, with the nearest page or anchor as a hint.
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
        if (playbook.outline().links().isEmpty()) {
            return new Checked(List.of(), true);
        }
        Path source = playbook.source().path();
        Map<String, Path> files = resolved.computeIfAbsent(source.getParent(), folder -> new HashMap<>());
        List<Playbook> targets = new ArrayList<>();
        boolean sound = true;
        for (LinkRef link : playbook.outline().links()) {
            LinkTarget target = LinkTarget.of(link.destination());
            Playbook to = target.isSamePage() ? playbook
                    : published.get(files.computeIfAbsent(target.path(), name -> target.file(source)));
            if (to == null && unread.contains(SourceFile.key(target.file(source)))) {
                sound = false;
                continue;
            }
            if (to == null) {
                reportMissingPage(playbook, link, target.file(source), problems);
                sound = false;
                continue;
            }
            if (!target.fragment().isEmpty() && !to.outline().hasHeading(target.fragment())) {
                reportMissingHeading(playbook, link, to, target.fragment(), problems);
                sound = false;
            }
            targets.add(to);
        }
        return new Checked(targets, sound);
    }

    private static void reportMissingHeading(Playbook from, LinkRef link, Playbook to, String fragment,
                                             Problems problems) {
        String nearest = Suggestions.nearest(fragment, to.outline().headings().stream().map(Heading::id).toList());
        problems.error(from.source().display(), link.line(), link.column(),
                (to == from ? "this page" : "'" + to.source().display() + "'")
                        + " has no heading with the anchor '#" + fragment + "'",
                nearest == null ? "link to one of its headings, or drop the #anchor"
                        : "did you mean '#" + nearest + "'?");
    }

    private void reportMissingPage(Playbook from, LinkRef link, Path path, Problems problems) {
        String file = from.source().display();
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
