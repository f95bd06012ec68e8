package dev.playbooks.markdown;

import java.util.function.Supplier;

/**
 * flexmark has faults of its own that some inputs reach (fuzzing found its sequence builder refusing the ranges it
 * made itself). Such a failure belongs to the page that caused it: it becomes a {@link TooComplex} for that file,
 * reported like any other problem, instead of stopping the build as if the generator were broken.
 */
final class ParserFaults {
    private ParserFaults() {
    }

    static <T> T guard(Supplier<T> work) {
        try {
            return work.get();
        } catch (TooComplex refusal) {
            throw refusal;
        } catch (RuntimeException fault) {
            throw new TooComplex(0, "the Markdown parser failed on this page ("
                    + fault.getClass().getSimpleName() + ")",
                    "change the text that is unusual (stray control characters, unbalanced brackets or markers) "
                            + "until it passes; this is a fault in the parser, not a mistake of yours");
        }
    }
}
