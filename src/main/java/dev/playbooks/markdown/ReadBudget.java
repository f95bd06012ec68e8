package dev.playbooks.markdown;

/**
 * The body as the parser reads it, one character at a time, counting. flexmark reads most text a few times (5 to 12
 * reads per character on real pages), but some inputs make it rescan a paragraph from every bracket or backtick, which
 * grows with the square of the paragraph. A page gets {@value #BASE} reads plus {@value #PER_CHARACTER} per
 * character; past that the parse is abandoned with {@link TooComplex}, so no page costs more than a bounded, linear
 * amount of work, however it is written. Counting reads rather than time gives every machine the same answer.
 */
final class ReadBudget implements CharSequence {
    static final long BASE = 24_000_000;
    static final long PER_CHARACTER = 32;

    private final String text;
    /** The text's characters, which a read takes more cheaply than {@link String#charAt} when it is not Latin-1. */
    private final char[] chars;
    private final long limit;
    private long reads;

    ReadBudget(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
        this.limit = BASE + PER_CHARACTER * chars.length;
    }

    @Override
    public int length() {
        return chars.length;
    }

    @Override
    public char charAt(int index) {
        if (++reads > limit) {
            throw exhausted(index);
        }
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new Part(start, end);
    }

    @Override
    public String toString() {
        charge(text.length(), 0);
        return text;
    }

    private void charge(int count, int at) {
        reads += count;
        if (reads > limit) {
            throw exhausted(at);
        }
    }

    /** Names the paragraph the parser was in: the lines after the last blank line before {@code index}. */
    private TooComplex exhausted(int index) {
        int blank = text.lastIndexOf("\n\n", Math.max(0, Math.min(index, text.length() - 1)));
        int start = blank < 0 ? 0 : blank + 2;
        int line = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return new TooComplex(line, "this paragraph makes the Markdown parser read its text over and over (more than "
                + PER_CHARACTER + " times per character), so the page is not rendered",
                "it usually has many unclosed '[', '(' or '`': close them, escape them as \\[ \\( \\`, or split the "
                        + "paragraph with blank lines");
    }

    /** A view of part of the text that counts its reads against the whole. */
    private final class Part implements CharSequence {
        private final int start;
        private final int end;

        Part(int start, int end) {
            if (start < 0 || end > text.length() || start > end) {
                throw new IndexOutOfBoundsException(start + ".." + end);
            }
            this.start = start;
            this.end = end;
        }

        @Override
        public int length() {
            return end - start;
        }

        @Override
        public char charAt(int index) {
            return ReadBudget.this.charAt(start + index);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new Part(start + from, start + to);
        }

        @Override
        public String toString() {
            charge(end - start, start);
            return text.substring(start, end);
        }
    }
}
