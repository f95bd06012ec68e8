package dev.playbooks.markdown;

/**
 * A body the Markdown parser would take too long over (or recurse too deeply into), refused before it costs more:
 * at {@code line}, 0-based within the body, with what to change.
 */
public final class TooComplex extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final String hint;

    TooComplex(int line, String message, String hint) {
        super(message, null, false, false);
        this.line = line;
        this.hint = hint;
    }

    /** The 1-based line in the file, for a body that starts at 1-based {@code bodyLine}. */
    public int lineIn(int bodyLine) {
        return bodyLine + line;
    }

    public String hint() {
        return hint;
    }
}
