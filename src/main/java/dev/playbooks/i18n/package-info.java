/** Everything language-aware, with ICU4J: messages and plurals, dates, collation, slugs, word breaks and folding. */
package dev.playbooks.i18n;
