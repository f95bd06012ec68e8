package dev.playbooks.i18n;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.playbooks.model.Language;
import dev.playbooks.model.SectionText;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything that depends on a language's conventions: names, sorting, dates, word counts, quotation marks.
 * Thread-safe.
 */
public final class LanguageRules {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final Language language;
    private final ULocale locale;
    private final Collator collator;
    private final DateFormat longDate;
    private final BreakIterator wordPrototype;
    /** Language names are asked for on every page; ICU builds a title-case break iterator per call. */
    private final String nativeName;
    private final Quotes quotes;
    private final Map<Language, String> namesOfOthers = new ConcurrentHashMap<>();

    public LanguageRules(Language language) {
        this.language = language;
        this.locale = new ULocale(language.code());
        this.collator = Collator.getInstance(locale).freeze();
        this.longDate = DateFormat.getDateInstance(DateFormat.LONG, locale);
        // Front-matter dates are calendar days; formatting them in UTC keeps the day the author wrote.
        this.longDate.setTimeZone(UTC);
        this.wordPrototype = BreakIterator.getWordInstance(locale);
        this.nativeName = UCharacter.toTitleCase(locale, locale.getDisplayLanguage(locale), null,
                UCharacter.TITLECASE_NO_LOWERCASE);
        this.quotes = Quotes.of(locale);
    }

    public Language language() {
        return language;
    }

    /** The language's name in itself, capitalised as a label: "English", "Nederlands". */
    public String nativeName() {
        return nativeName;
    }

    /**
     * The language with its likeliest country, as Open Graph names locales: {@code nl_NL}, {@code en_US}. A site
     * says only "nl" or "en"; ICU's likely subtags know where each is mostly read.
     */
    public String territoryLocale() {
        ULocale likely = ULocale.addLikelySubtags(locale);
        return likely.getCountry().isEmpty() ? language.code() : language.code() + "_" + likely.getCountry();
    }

    /** Another language's name as this language writes it: "Engels" for English in Dutch. */
    public String nameOf(Language other) {
        return namesOfOthers.computeIfAbsent(other, o -> new ULocale(o.code()).getDisplayLanguage(locale));
    }

    /** The quotation marks the language sets: “…” in English, ‘…’ in Dutch. */
    public Quotes quotes() {
        return quotes;
    }

    /** Orders text the way readers of this language expect (accents, case and digits in their place). */
    public Comparator<String> textOrder() {
        return collator::compare;
    }

    /** "22 november 2026" in Dutch, "November 22, 2026" in English. */
    public String longDate(LocalDate date) {
        Date utcMidnight = Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        synchronized (longDate) {
            return longDate.format(utcMidnight);
        }
    }

    /** The words a reader reads in a page's sections: headings, running text and checklist items. */
    public int countWords(List<SectionText> sections) {
        int words = 0;
        for (SectionText section : sections) {
            words += countWords(section.heading()) + countWords(section.text());
            for (String item : section.checklist()) {
                words += countWords(item);
            }
        }
        return words;
    }

    /** Counts words as the language's word-break rules see them (numbers count, punctuation does not). */
    public int countWords(String text) {
        BreakIterator words = wordPrototype.clone();
        words.setText(text);
        int count = 0;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                count++;
            }
        }
        return count;
    }
}
