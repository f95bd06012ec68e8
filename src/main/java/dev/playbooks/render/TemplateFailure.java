package dev.playbooks.render;

import dev.playbooks.problem.Problem;

/** A mistake in a template, already turned into a problem that names the template's file, line and column. */
public final class TemplateFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    TemplateFailure(Problem problem) {
        super(problem.format(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
