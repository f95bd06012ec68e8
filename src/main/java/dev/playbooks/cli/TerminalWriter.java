package dev.playbooks.cli;

import dev.playbooks.text.Controls;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Everything the command prints passes through here: a control character in a file name, a title or a YAML value
 * that a message quotes is shown as a backslash-u escape of its code, instead of moving the cursor, recolouring or
 * reordering what the author reads in the terminal. Line ends are left alone.
 */
final class TerminalWriter extends FilterWriter {
    TerminalWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (c != '\r' && Controls.isForbidden(c)) {
            out.write(String.format(Locale.ROOT, "\\u%04X", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(chars[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }
}
