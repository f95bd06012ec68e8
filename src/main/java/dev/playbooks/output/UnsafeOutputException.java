package dev.playbooks.output;

import java.io.IOException;

/** The output folder asked for would put the author's files at risk; the message says why. */
public final class UnsafeOutputException extends IOException {
    private static final long serialVersionUID = 1L;

    public UnsafeOutputException(String message) {
        super(message);
    }
}
