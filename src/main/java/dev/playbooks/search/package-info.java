/**
 * Each language's search index: stop words, stems (Lucene's Snowball stemmers), postings and text fragments for
 * snippets.
 */
package dev.playbooks.search;
