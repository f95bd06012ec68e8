/**
 * Markdown with flexmark: the outline a page needs before rendering (headings, links, checklist items) and rendering
 * with links resolved.
 */
package dev.playbooks.markdown;
