package dev.playbooks.problem;

/** How bad a problem is; {@code --strict} promotes every warning to an error. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
