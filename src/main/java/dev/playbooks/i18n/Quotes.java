package dev.playbooks.i18n;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;

/**
 * The quotation marks a language sets, from the Unicode CLDR's delimiters as ICU ships them: English “…” with ‘…’
 * for a quotation inside a quotation, Dutch ‘…’ with “…” inside, German „…“ with ‚…‘. A straight {@code "} pair
 * becomes the first pair, a straight {@code '} pair the second; an apostrophe is {@link #APOSTROPHE} in every
 * language.
 *
 * @param open       opens a quotation
 * @param close      closes it
 * @param innerOpen  opens a quotation inside a quotation
 * @param innerClose closes that
 */
public record Quotes(String open, String close, String innerOpen, String innerClose) {
    /** The apostrophe (U+2019) of {@code don’t}, {@code auto’s} and {@code ’s avonds}. */
    public static final String APOSTROPHE = "\u2019";

    /**
     * The marks CLDR gives the locale's language (its root's “…” and ‘…’ when it has none of its own). Where CLDR
     * gives one pair for both levels, as it does for Dutch (‘…’), a quotation inside a quotation could not be told
     * from its end: it takes the other common pair, “…” inside ‘…’ and ‘…’ inside anything else.
     */
    static Quotes of(ULocale locale) {
        LocaleData data = LocaleData.getInstance(locale);
        String open = data.getDelimiter(LocaleData.QUOTATION_START);
        String close = data.getDelimiter(LocaleData.QUOTATION_END);
        String innerOpen = data.getDelimiter(LocaleData.ALT_QUOTATION_START);
        String innerClose = data.getDelimiter(LocaleData.ALT_QUOTATION_END);
        if (innerOpen.equals(open) && innerClose.equals(close)) {
            boolean single = open.equals("\u2018");
            innerOpen = single ? "\u201C" : "\u2018";
            innerClose = single ? "\u201D" : "\u2019";
        }
        return new Quotes(open, close, innerOpen, innerClose);
    }
}
