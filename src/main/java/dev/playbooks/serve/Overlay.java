package dev.playbooks.serve;

import dev.playbooks.problem.Problem;
import dev.playbooks.text.Controls;
import dev.playbooks.text.Markup;
import java.util.List;

/**
 * The page the browser shows instead of the site while the last build failed: every problem with its place, like
 * the terminal shows them. It loads the reload script, so it gives way to the page as soon as a build succeeds.
 */
final class Overlay {
    private Overlay() {
    }

    static String page(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        StringBuilder html = new StringBuilder(1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Build failed · playbooks</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(DevServer.OVERLAY_CSS).append("\">\n")
                .append("<script src=\"").append(DevServer.LIVE_SCRIPT).append("\" defer></script>\n")
                .append("</head>\n<body>\n<main class=\"playbooks-overlay\" role=\"alert\">\n")
                .append("<h1>The site could not be built</h1>\n")
                .append("<p>").append(errors).append(errors == 1 ? " error" : " errors")
                .append(". Fix it and save: this page reloads by itself.</p>\n<ol class=\"problems\">\n");
        // Problems quote the author's text, which may hold anything.
        for (Problem problem : problems) {
            html.append("<li class=\"").append(problem.severity().label()).append("\">")
                    .append("<code class=\"place\">").append(Markup.escape(Controls.visible(problem.place()))).append("</code> ")
                    .append("<span class=\"severity\">").append(problem.severity().label()).append("</span> ")
                    .append("<span class=\"message\">").append(Markup.escape(Controls.visible(problem.message()))).append("</span>");
            if (!problem.hint().isEmpty()) {
                html.append("<p class=\"hint\">hint: ").append(Markup.escape(Controls.visible(problem.hint()))).append("</p>");
            }
            html.append("</li>\n");
        }
        return html.append("</ol>\n</main>\n</body>\n</html>\n").toString();
    }
}
