/**
 * Markdown with flexmark: the outline a page needs before rendering (headings, links, checklist items) and rendering
 * with links resolved, each language's quotation marks and apostrophes set in place of straight ones.
 */
package dev.playbooks.markdown;
