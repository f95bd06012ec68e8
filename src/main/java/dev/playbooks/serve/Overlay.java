package dev.playbooks.serve;

import dev.playbooks.problem.Problem;
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
        for (Problem problem : problems) {
            html.append("<li class=\"").append(problem.severity().label()).append("\">")
                    .append("<code class=\"place\">").append(escape(problem.place())).append("</code> ")
                    .append("<span class=\"severity\">").append(problem.severity().label()).append("</span> ")
                    .append("<span class=\"message\">").append(escape(problem.message())).append("</span>");
            if (!problem.hint().isEmpty()) {
                html.append("<p class=\"hint\">hint: ").append(escape(problem.hint())).append("</p>");
            }
            html.append("</li>\n");
        }
        return html.append("</ol>\n</main>\n</body>\n</html>\n").toString();
    }

    /** Problems quote the author's text, which may hold anything. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
